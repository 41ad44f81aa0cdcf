#!/usr/bin/env bash
# Runs the benchmarks (JUnit classes tagged "benchmark", excluded from `make test`), prints one table of
# figures and records them in bench/results/<date>-<commit>.jsonl with the machine description.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
log=$(mktemp)
./mvnw -B -ntp -DskipTests -q install -pl libs/platform,libs/test-support
./mvnw -B -ntp test -pl services/screening -Dtollgate.test.groups=benchmark -Dtollgate.test.excluded-groups=none \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$log" | grep --line-buffered -E '^BENCH \||Tests run:|ERROR' || true
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
printf '%-6s| %-28s | %-44s | %12s | %-10s | %s\n' "" benchmark figure value unit goal
grep -E '^BENCH \|' "$log" || { echo "no figures: see $log"; exit 1; }
echo "recorded in bench/results/$(date -u +%F)-$(git rev-parse --short HEAD 2>/dev/null || echo nocommit).jsonl"
