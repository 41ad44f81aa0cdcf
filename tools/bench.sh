#!/usr/bin/env bash
# `make bench`: every benchmark, one table of figures, recorded in bench/results/<date>-<commit>.json (this run, with
# the machine description) and appended to bench/results/<date>-<commit>.jsonl (every run of that day and commit).
#  1. in-process (JUnit classes tagged "benchmark", excluded from `make test`): list parsing and import, matcher
#     JMH (screenings/s on one thread, Jaro-Winkler-scan ratio), index build time and heap, matching quality;
#     reporting: settlement-currency mix and exposure over 1,000,000 generated trades; the workbench pages (alert
#     queue, alert review, trade search and page, the form) over 100,000 trades and 1,000 open alerts;
#     and, in tests/system, re-screening 100,000 registered parties after the OFAC 2024-04-26 -> 05-03 update;
#  2. over HTTP with wrk: the database's own commit latency (idle: the floor under the screening tail), single
#     screening at 16 connections, /q/health/live on the same server (the ratio, and the machine's own tail), the
#     machine's CPU stalls (bench/tools/CpuStalls.java: time a busy thread loses its core, 1 and all cores busy),
#     batch screening under load (batches of 100 names at 16 connections), and one batch of 100,000 names;
#  3. trade registration over HTTP with wrk: trades with four parties each, against the screening service of step 2.
# The HTTP parts start their own screening (port 18081) and trade-registration (18082) services with throw-away
# schemas and remove them after. BENCH_SKIP_BUILD=1 uses the packages already built; BENCH_SKIP_INPROCESS=1,
# BENCH_SKIP_SCREENING_HTTP=1 and BENCH_SKIP_TRADE_HTTP=1 leave out parts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SHARED="${TOLLGATE_SHARED_DIR:-$ROOT/../shared}"
[ -d "$SHARED/lists" ] || { echo "bench needs the shared lists at $SHARED"; exit 1; }
mkdir -p bench/results .run/bench
export TOLLGATE_BENCH_RECORD=1
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo nocommit)
RESULTS="bench/results/$(date -u +%F)-$COMMIT.jsonl"
TABLE=.run/bench/table.txt
: > "$TABLE"
# the figures of this run are the lines it appends to the day's .jsonl; the end writes them with the machine as .json
LINES_BEFORE=$( [ -f "$RESULTS" ] && wc -l < "$RESULTS" || echo 0 )
DURATION="${BENCH_DURATION:-30s}"

record() { # benchmark figure value unit goal
  printf 'BENCH | %-28s | %-44s | %12.3f | %-10s | %s\n' "$1" "$2" "$3" "$4" "$5" | tee -a "$TABLE"
  # the 1-minute load average says whether other work shared the machine during the run
  printf '{"benchmark":"%s","figure":"%s","value":%s,"unit":"%s","goal":"%s","cores":%s,"load1":%s,"java":"%s","os":"Linux"}\n' \
    "$1" "$2" "$3" "$4" "$5" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)" "$(java -version 2>&1 | head -1 | tr -d '"')" >> "$RESULTS"
}

# A fresh JVM needs a minute or more of load before C2 has compiled the matcher (its biggest methods take seconds
# each on two busy cores): the rate of the first 10-second windows climbs from a quarter of its steady value. So
# warm up in 10-second windows (or as given) until two windows in a row do not beat the best by 5 % (at most
# BENCH_WARMUP_MAX windows, default 15), and measure the steady state after that. Trade registration warms up more
# slowly and more unevenly (two JVMs and the database), so it uses 20-second windows.
warm_up() { # name script url [window seconds]
  local best=0 flat=0 i out rate
  for i in $(seq 1 "${BENCH_WARMUP_MAX:-15}"); do
    # a new run id per window: trade Idempotency-Keys must not repeat (a repeat is a cheap replay, not a registration)
    out=$(RUN_ID="warm-$i-$(date +%s%N)" wrk -t2 -c16 -d"${4:-10}s" -s "$2" "$3")
    rate=$(echo "$out" | awk '/Requests\/sec/{print int($2)}')
    echo "   warm-up $1 window $i: ${rate:-0} req/s, errors $(echo "$out" | awk '/^ERRORS/{print $2}')"
    if [ "${rate:-0}" -gt $((best * 105 / 100)) ]; then flat=0; else flat=$((flat + 1)); fi
    if [ "${rate:-0}" -gt "$best" ]; then best=${rate:-0}; fi
    if [ "$flat" -ge 2 ]; then break; fi
  done
  return 0
}

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null 2>&1 || \
  { apt-get update -qq && apt-get install -y -qq wrk; }; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
echo "== build"
./mvnw -B -ntp -q -DskipTests install
fi

echo "== in-process benchmarks"
if [ -z "${BENCH_SKIP_INPROCESS:-}" ]; then
./mvnw -B -ntp test -pl services/screening,services/reporting,services/trade-registration -Dtest='*Benchmark' -Dtollgate.test.groups=benchmark -Dtollgate.test.excluded-groups=none \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee .run/bench/maven.log | grep --line-buffered -E '^BENCH \|' | tee -a "$TABLE" || true
grep -q "BUILD SUCCESS" .run/bench/maven.log || { echo "in-process benchmarks failed: see .run/bench/maven.log"; exit 1; }
./mvnw -B -ntp verify -pl tests/system -Dit.test='*BenchmarkIT' -Dtollgate.test.groups=benchmark \
  -Dtollgate.test.excluded-groups=none -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 | tee .run/bench/maven-system.log \
  | grep --line-buffered -E '^BENCH \|' | tee -a "$TABLE" || true
grep -q "BUILD SUCCESS" .run/bench/maven-system.log || { echo "system benchmarks failed: see .run/bench/maven-system.log"; exit 1; }
fi

echo "== HTTP benchmarks"
PORT=18081
SCHEMA="bench_screening_$(date +%s)"
export TOLLGATE_SCREENING_PORT=$PORT TOLLGATE_SCREENING_SCHEMA=$SCHEMA TOLLGATE_REFRESH_ENABLED=false
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/dev-only-keys/publicKey.pem"
java -Xmx2g -jar services/screening/target/quarkus-app/quarkus-run.jar > .run/bench/screening.log 2>&1 &
PID=$!
TRADE_PID=""
TRADE_SCHEMA="bench_trade_$(date +%s)"
cleanup() {
  [ -n "$TRADE_PID" ] && { kill "$TRADE_PID" 2>/dev/null || true; wait "$TRADE_PID" 2>/dev/null || true; }
  kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true
  for db in "$SCHEMA" "$TRADE_SCHEMA"; do
    mysql -h "${TOLLGATE_DB_HOST:-127.0.0.1}" -P "${TOLLGATE_DB_PORT:-3306}" -u "${TOLLGATE_DB_USER:-root}" \
      -e "DROP DATABASE IF EXISTS \`$db\`" 2>/dev/null || true
  done
}
trap cleanup EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
ADMIN=$(java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java list-admin bench)
TOKEN=$(java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java screener bench)
imp() { curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" --data-binary "@$2" "http://127.0.0.1:$PORT/api/v1/lists/$1/imports"; }
imp ofac-sdn "$SHARED/lists/ofac/2024-05-03/sdn.csv"
imp ofac-consolidated "$SHARED/lists/ofac/non-sdn-2025/CONS_ENHANCED.ZIP"
imp un "$SHARED/lists/un/UN_consolidated.xml"
imp us-csl "$SHARED/lists/us-csl/consolidated-2022.csv.gz"
imp bis-dpl "$SHARED/lists/bis-dpl/dpl.txt"
for _ in $(seq 1 120); do
  n=$(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"name":"probe"}' \
      "http://127.0.0.1:$PORT/api/v1/screenings" | grep -o '"listVersions":{[^}]*}' | grep -o ':' | wc -l || true)
  [ "${n:-0}" -ge 6 ] && break; sleep 0.5
done
if [ -z "${BENCH_SKIP_SCREENING_HTTP:-}" ]; then
java bench/tools/QueryBodies.java "$SHARED" 20000 .run/bench/bodies.ndjson
java bench/tools/QueryBodies.java "$SHARED" 100000 .run/bench/batch.ndjson
export BODIES="$ROOT/.run/bench/bodies.ndjson" TOKEN

# the database's own floor under the screening tail: one connection committing one audit-sized row at a time, on a
# machine otherwise idle (every acknowledged screening waits for its group's commit)
java -cp "$(ls services/screening/target/quarkus-app/lib/main/com.mysql.mysql-connector-j-*.jar | head -1)" \
  bench/tools/CommitLatency.java "jdbc:mysql://${TOLLGATE_DB_HOST:-127.0.0.1}:${TOLLGATE_DB_PORT:-3306}/$SCHEMA" \
  "${TOLLGATE_DB_USER:-root}" "${TOLLGATE_DB_PASSWORD:-}" 10 > .run/bench/commit-latency.txt
record database "commit of one audit-sized row, p99 (idle)" "$(awk '/^COMMIT_P99_MS/{print $2}' .run/bench/commit-latency.txt)" "ms" ""
record database "commit of one audit-sized row, p99.9 (idle)" "$(awk '/^COMMIT_P999_MS/{print $2}' .run/bench/commit-latency.txt)" "ms" ""

# warm up the JIT until the rate stops rising, then measure
warm_up screening bench/wrk/screening.lua "http://127.0.0.1:$PORT"
wrk -t2 -c16 -d"$DURATION" --latency -s bench/wrk/screening.lua "http://127.0.0.1:$PORT" > .run/bench/wrk-screening.txt
wrk -t2 -c16 -d"$DURATION" -s bench/wrk/health.lua "http://127.0.0.1:$PORT/q/health/live" > .run/bench/wrk-health.txt
rps=$(awk '/Requests\/sec/{print $2}' .run/bench/wrk-screening.txt)
p99=$(awk '/^P99_MS/{print $2}' .run/bench/wrk-screening.txt)
p50=$(awk '/^P50_MS/{print $2}' .run/bench/wrk-screening.txt)
errs=$(awk '/^ERRORS/{print $2}' .run/bench/wrk-screening.txt)
hrps=$(awk '/Requests\/sec/{print $2}' .run/bench/wrk-health.txt)
record http-screening "single screening req/s, 16 connections" "$rps" "req/s" ">= 2000"
record http-screening "single screening p50 latency" "$p50" "ms" ""
record http-screening "single screening p99 latency" "$p99" "ms" "<= 10"
record http-screening "non-2xx or socket errors" "${errs:-0}" "count" "0"
record http-screening "/q/health/live req/s (same server)" "$hrps" "req/s" ""
# the same server's trivial endpoint under the same 16 connections: the tail the machine itself adds (scheduling of
# wrk, the event loops and everything else on two cores), whatever the endpoint does
record http-screening "/q/health/live p99 latency (same server)" "$(awk '/^P99_MS/{print $2}' .run/bench/wrk-health.txt)" "ms" ""
record http-screening "screening / health-live ratio" "$(awk -v a="$rps" -v b="$hrps" 'BEGIN{print a/b}')" "x" ""
# and the machine's floor below that: time a spinning thread loses its core (hypervisor, kernel), with one core busy
# and with every core busy, measured straight after the windows above (the machine's mood changes over minutes)
NCPU=$(nproc)
java -XX:+UseSerialGC bench/tools/CpuStalls.java 10 1 "$NCPU" > .run/bench/cpu-stalls.txt
stall() { awk -v k="STALLS_$1" '$1==k{print $2}' .run/bench/cpu-stalls.txt; }
record machine "stalls of a busy thread, 1 core busy: longest" "$(stall 1T_MAX_MS)" "ms" ""
record machine "stalls, all $NCPU cores busy: longest" "$(stall "${NCPU}T_MAX_MS")" "ms" ""
record machine "stalls, all $NCPU cores busy: count over 5 ms" "$(stall "${NCPU}T_OVER_5MS")" "count" ""
record machine "stalls, all $NCPU cores busy: time lost" "$(stall "${NCPU}T_LOST_PCT")" "%" ""

# batch screening under load: 16 connections, each sending NDJSON batches of 100 names
wrk -t2 -c16 -d"$DURATION" --timeout 10s --latency -s bench/wrk/batch.lua "http://127.0.0.1:$PORT" > .run/bench/wrk-batch.txt
brps=$(awk '/Requests\/sec/{print $2}' .run/bench/wrk-batch.txt)
record http-screening "batch load: names/s (batches of 100, 16 conn.)" "$(awk -v r="$brps" 'BEGIN{print r*100}')" "names/s" ""
record http-screening "batch load: p99 per batch of 100" "$(awk '/^P99_MS/{print $2}' .run/bench/wrk-batch.txt)" "ms" ""
record http-screening "batch load: non-2xx or socket errors" "$(awk '/^ERRORS/{print $2}' .run/bench/wrk-batch.txt)" "count" "0"

start=$(date +%s.%N)
lines=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
  --data-binary @.run/bench/batch.ndjson "http://127.0.0.1:$PORT/api/v1/screenings/batch" | wc -l)
end=$(date +%s.%N)
record http-screening "batch of 100,000 names ($lines answers)" "$(awk -v s="$start" -v e="$end" 'BEGIN{print e-s}')" "s" "<= 30"

fi

if [ -z "${BENCH_SKIP_TRADE_HTTP:-}" ]; then
echo "== trade registration over HTTP"
TPORT=18082
TOLLGATE_TRADE_PORT=$TPORT TOLLGATE_TRADE_SCHEMA=$TRADE_SCHEMA TOLLGATE_SCREENING_URL="http://127.0.0.1:$PORT" \
  TOLLGATE_TRADE_SERVICE_TOKEN="$(java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java service bench 86400)" \
  java -Xmx1g -jar services/trade-registration/target/quarkus-app/quarkus-run.jar > .run/bench/trade-registration.log 2>&1 &
TRADE_PID=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$TPORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
java bench/tools/TradeBodies.java "$SHARED" 20000 .run/bench/trades.ndjson
CLERK=$(java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java trade-clerk bench)
# warm up the JIT until the rate stops rising, then measure (unique Idempotency-Key per request: every request
# registers a trade)
export BODIES="$ROOT/.run/bench/trades.ndjson" TOKEN="$CLERK"
warm_up trades bench/wrk/trades.lua "http://127.0.0.1:$TPORT" 20
BODIES="$ROOT/.run/bench/trades.ndjson" TOKEN="$CLERK" RUN_ID="run-$(date +%s)" \
  wrk -t2 -c16 -d"$DURATION" --timeout 10s --latency -s bench/wrk/trades.lua "http://127.0.0.1:$TPORT" > .run/bench/wrk-trades.txt
trps=$(awk '/Requests\/sec/{print $2}' .run/bench/wrk-trades.txt)
record http-trades "trades/s (4 parties each), 16 connections" "$trps" "trades/s" ">= 300"
record http-trades "trade registration p50 latency" "$(awk '/^P50_MS/{print $2}' .run/bench/wrk-trades.txt)" "ms" ""
record http-trades "trade registration p99 latency" "$(awk '/^P99_MS/{print $2}' .run/bench/wrk-trades.txt)" "ms" "<= 100"
record http-trades "non-2xx or socket errors" "$(awk '/^ERRORS/{print $2}' .run/bench/wrk-trades.txt)" "count" "0"
fi
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
printf '%-6s| %-28s | %-44s | %12s | %-10s | %s\n' "" benchmark figure value unit goal
cat "$TABLE"
java bench/tools/ResultsJson.java "$RESULTS" "$LINES_BEFORE" "${RESULTS%.jsonl}.json" "$COMMIT"
echo "recorded in ${RESULTS%.jsonl}.json (this run, with the machine) and $RESULTS (every run of the day;"
echo "in-process figures also carry heap and JVM details)"
