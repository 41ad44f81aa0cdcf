#!/usr/bin/env bash
# Checks what `make native-sources` generated (services/*/target/native-sources/): that the native-image step would be
# given the class-path resources and reflection registrations each service needs at run time. Nothing here compiles a
# native executable (no GraalVM/Mandrel on these machines); a resource or a registration missing from the image is
# what makes a native executable fail where the JVM build works, and that is what this finds without one.
#
# Usage: tools/native-check.sh [service ...]   (default: screening trade-registration reporting)
set -euo pipefail
cd "$(dirname "$0")/.."
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(screening trade-registration reporting)
exec python3 tools/native-check/check.py "${services[@]}"
