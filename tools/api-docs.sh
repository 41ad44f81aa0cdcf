#!/usr/bin/env bash
# make api-docs: build the three services (each writes target/openapi/openapi.yaml, SmallRye OpenAPI's
# store-schema-directory) and copy their documents to docs/api/<service>.yaml. Commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -DskipTests package -pl services/screening,services/trade-registration,services/reporting -am
for s in screening trade-registration reporting; do
  cp services/$s/target/openapi/openapi.yaml docs/api/$s.yaml
  echo "docs/api/$s.yaml"
done
git status --short docs/api
