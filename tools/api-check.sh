#!/usr/bin/env bash
# make api-check: the committed API documents (docs/api/<service>.yaml) are the ones the code builds, pass Redocly's
# recommended rules with 0 errors and 0 warnings, break nothing unannounced against the previous committed version,
# and type a TypeScript integrator's script (openapi-typescript + tsc). docs/api/README.md explains each step.
#   API_CHECK_BUILD=1   build the services first (default: only when a service's target/openapi is missing;
#                        CI runs this after `make test`, which built them)
#   API_BASE=<commit>   compare against this commit's documents (default: the merge-base with main, or HEAD~1 on main)
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICES=(screening trade-registration reporting)
API=tools/api
fail=0

if [[ ! -x $API/node_modules/.bin/redocly || $API/package-lock.json -nt $API/node_modules/.package-lock.json ]]; then
  echo "[api-check] installing the pinned tools (tools/api/package-lock.json)"
  npm ci --prefix $API --no-audit --no-fund --loglevel=error
fi

need_build=${API_CHECK_BUILD:-0}
for s in "${SERVICES[@]}"; do [[ -f services/$s/target/openapi/openapi.yaml ]] || need_build=1; done
if [[ $need_build == 1 ]]; then
  echo "[api-check] building the services to get their documents"
  ./mvnw -B -ntp -q -DskipTests package -pl services/screening,services/trade-registration,services/reporting -am
fi

echo "[api-check] 1. the committed documents are the built ones"
for s in "${SERVICES[@]}"; do
  if ! diff -q services/$s/target/openapi/openapi.yaml docs/api/$s.yaml > /dev/null 2>&1; then
    echo "  docs/api/$s.yaml differs from what the code builds (run: make api-docs, then commit):"
    diff -u docs/api/$s.yaml services/$s/target/openapi/openapi.yaml | head -40 || true
    fail=1
  else
    echo "  docs/api/$s.yaml: current"
  fi
done

echo "[api-check] 2. Redocly CLI, recommended rules ($API/redocly.yaml): 0 errors, 0 warnings"
for s in "${SERVICES[@]}"; do
  out=$(cd $API && npx --no-install redocly lint ../../docs/api/$s.yaml --config redocly.yaml --format=json 2>/dev/null || true)
  errors=$(jq '.totals.errors' <<< "$out"); warnings=$(jq '.totals.warnings' <<< "$out")
  echo "  docs/api/$s.yaml: $errors errors, $warnings warnings"
  if [[ $errors != 0 || $warnings != 0 ]]; then
    jq -r '.problems[] | "    \(.severity) \(.ruleId): \(.message) at \(.location[0].pointer)"' <<< "$out"
    fail=1
  fi
done

echo "[api-check] 3. breaking changes against the previous committed documents"
base=${API_BASE:-}
if [[ -z $base ]]; then
  if [[ $(git rev-parse --abbrev-ref HEAD) == main ]]; then base=HEAD~1; else base=$(git merge-base HEAD main 2>/dev/null || echo HEAD~1); fi
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for s in "${SERVICES[@]}"; do
  if git show "$base:docs/api/$s.yaml" > "$tmp/$s.yaml" 2>/dev/null; then
    echo "  docs/api/$s.yaml against $base:"
    node $API/breaking.mjs "$tmp/$s.yaml" docs/api/$s.yaml docs/api/BREAKING.md | sed 's/^/    /' || fail=1
  else
    echo "  docs/api/$s.yaml: no version at $base to compare with"
  fi
done

echo "[api-check] 4. TypeScript: openapi-typescript types from the documents type-check $API/check.ts"
mkdir -p $API/generated
for s in "${SERVICES[@]}"; do
  (cd $API && npx --no-install openapi-typescript ../../docs/api/$s.yaml -o generated/$s.d.ts --silent) || fail=1
done
(cd $API && npx --no-install tsc -p tsconfig.json) && echo "  check.ts: types" || fail=1

if [[ $fail != 0 ]]; then echo "[api-check] FAILED"; exit 1; fi
echo "[api-check] OK"
