#!/usr/bin/env bash
# `make container-smoke`: the three services as real containers on this machine, end to end, then cleaned up.
#
#  1. base image: a jlink'd JRE imported into Podman (tools/container/base-image.sh; cached by content hash)
#  2. JVM images: each service's own src/main/docker/Dockerfile.jvm, built by `podman build` with that base
#  3. a throw-away database setup on the MySQL/MariaDB at TOLLGATE_DB_HOST:TOLLGATE_DB_PORT [127.0.0.1:3306],
#     made by deploy/mysql/init/10-tollgate-schemas-and-users.sh: three schemas t_smoke_<id>_* and one
#     least-privilege user per service
#  4. the containers, one after the other, on the host network (ports below): each must reach /q/health/ready
#     and answer an authenticated call — screening imports a list and matches a Cyrillic name; trade-registration
#     registers a trade, screened through the screening container; reporting tells who the caller is and its
#     database user reads trade's published view (granted by deploy/mysql/grant-reporting-views.sh) but not
#     trade's tables
#  5. image sizes and start times printed and written to .run/container-smoke/summary.txt
#  6. containers, schemas and users removed (also on failure); the images stay, so the next run is faster
#
# Settings: SMOKE_SCREENING_PORT, SMOKE_TRADE_PORT, SMOKE_REPORTING_PORT (default: three free ports from 28081 up),
# SMOKE_KEEP=1 keeps containers and database for inspection, SMOKE_READY_TIMEOUT [180] seconds per service.
# Needs podman and runc (apt-get install podman runc), Java 17 with jlink/jmods, a built project (built if missing).
#
# This sandbox's Podman needs: the runc runtime (crun refuses its hybrid cgroups), cgroupfs, a file events
# backend, and explicit ulimits at or below the current hard limits (raising RLIMIT_NOFILE/NPROC is refused).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | sed -n 1p)"
DB_HOST="${TOLLGATE_DB_HOST:-127.0.0.1}"
DB_PORT="${TOLLGATE_DB_PORT:-3306}"
DB_ROOT_USER="${TOLLGATE_DB_USER:-root}"
READY_TIMEOUT="${SMOKE_READY_TIMEOUT:-180}"
OUT="$ROOT/.run/container-smoke"
PODMAN=(podman --runtime runc --cgroup-manager cgroupfs --events-backend file)
RUN_FLAGS=(--network host --ulimit "nofile=16384:16384" --ulimit "nproc=8192:8192")
ID="$(date +%s | tail -c 6)$RANDOM"
CONTAINERS=()
mkdir -p "$OUT"
: > "$OUT/summary.txt"

log() { printf '[container-smoke] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
mysql_root() { MYSQL_PWD="${TOLLGATE_DB_PASSWORD:-}" mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_ROOT_USER" "$@"; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p="$1"; while ! port_free "$p"; do p=$((p + 1)); done; echo "$p"; }
token() { java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java "$1" "$2" 3600; }

command -v podman > /dev/null || fail "podman is not installed (apt-get install -y podman runc)"
command -v runc > /dev/null || fail "runc is not installed (apt-get install -y runc)"
command -v mysql > /dev/null || fail "the mysql client is needed (apt-get install -y mariadb-client)"
mysql_root -e 'SELECT 1' > /dev/null 2>&1 || fail "no MySQL/MariaDB answers at $DB_HOST:$DB_PORT as $DB_ROOT_USER"

SCREENING_PORT="${SMOKE_SCREENING_PORT:-$(free_port 28081)}"
TRADE_PORT="${SMOKE_TRADE_PORT:-$(free_port $((SCREENING_PORT + 1)))}"
REPORTING_PORT="${SMOKE_REPORTING_PORT:-$(free_port $((TRADE_PORT + 1)))}"
for p in "$SCREENING_PORT" "$TRADE_PORT" "$REPORTING_PORT"; do port_free "$p" || fail "port $p is taken"; done

SCREENING_SCHEMA="t_smoke_${ID}_screening" TRADE_SCHEMA="t_smoke_${ID}_trade" REPORTING_SCHEMA="t_smoke_${ID}_reporting"
SCREENING_USER="smoke_${ID}_s" TRADE_USER="smoke_${ID}_t" REPORTING_USER="smoke_${ID}_r"
SCREENING_PW="s-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
TRADE_PW="t-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
REPORTING_PW="r-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

cleanup() {
  local rc=$?
  if [ "${SMOKE_KEEP:-0}" = 1 ]; then
    log "SMOKE_KEEP=1: left containers ${CONTAINERS[*]:-none} and schemas t_smoke_${ID}_*"
    exit "$rc"
  fi
  for c in "${CONTAINERS[@]}"; do
    "${PODMAN[@]}" logs "$c" > "$OUT/$c.log" 2>&1 || true
    "${PODMAN[@]}" rm -f -t 5 "$c" > /dev/null 2>&1 || true
  done
  mysql_root -e "DROP DATABASE IF EXISTS \`$SCREENING_SCHEMA\`; DROP DATABASE IF EXISTS \`$TRADE_SCHEMA\`;
    DROP DATABASE IF EXISTS \`$REPORTING_SCHEMA\`; DROP USER IF EXISTS '$SCREENING_USER'@'%';
    DROP USER IF EXISTS '$TRADE_USER'@'%'; DROP USER IF EXISTS '$REPORTING_USER'@'%';" > /dev/null 2>&1 || true
  log "cleaned up (containers, schemas, users; container logs in .run/container-smoke/)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- 1. build what is missing -------------------------------------------------------------------------------
missing=()
for s in screening trade-registration reporting; do
  [ -f "services/$s/target/quarkus-app/quarkus-run.jar" ] || missing+=("services/$s")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "building ${missing[*]}"
  ./mvnw -B -ntp -q -pl "$(IFS=,; echo "${missing[*]}")" -am package -DskipTests
fi

t0=$SECONDS
BASE="$(tools/container/base-image.sh)"
log "base image $BASE ($((SECONDS - t0)) s)"

# ---- 2. images from the services' own Dockerfile.jvm ---------------------------------------------------------
declare -A IMAGE BUILD_S
for s in screening trade-registration reporting; do
  IMAGE[$s]="localhost/tollgate/$s:$VERSION-jvm"
  t0=$SECONDS
  previous="$("${PODMAN[@]}" image inspect -f '{{.Id}}' "${IMAGE[$s]}" 2>/dev/null || true)"
  "${PODMAN[@]}" build -q --build-arg "BASE_IMAGE=$BASE" -f "services/$s/src/main/docker/Dockerfile.jvm" \
    -t "${IMAGE[$s]}" "services/$s" > /dev/null || fail "podman build of $s"
  BUILD_S[$s]=$((SECONDS - t0))
  # the image this tag named before (an older build) would otherwise pile up untagged run after run
  if [ -n "$previous" ] && [ "$previous" != "$("${PODMAN[@]}" image inspect -f '{{.Id}}' "${IMAGE[$s]}")" ]; then
    "${PODMAN[@]}" rmi "$previous" > /dev/null 2>&1 || true
  fi
  log "image ${IMAGE[$s]} built in ${BUILD_S[$s]} s"
done

# ---- 3. schemas and least-privilege users, by the same script the mysql image runs --------------------------
TOLLGATE_MYSQL_CLIENT="mysql -h $DB_HOST -P $DB_PORT -u $DB_ROOT_USER" MYSQL_PWD="${TOLLGATE_DB_PASSWORD:-}" \
TOLLGATE_SCREENING_SCHEMA="$SCREENING_SCHEMA" TOLLGATE_TRADE_SCHEMA="$TRADE_SCHEMA" \
TOLLGATE_REPORTING_SCHEMA="$REPORTING_SCHEMA" TOLLGATE_SCREENING_DB_USER="$SCREENING_USER" \
TOLLGATE_TRADE_DB_USER="$TRADE_USER" TOLLGATE_REPORTING_DB_USER="$REPORTING_USER" \
TOLLGATE_SCREENING_DB_PASSWORD="$SCREENING_PW" TOLLGATE_TRADE_DB_PASSWORD="$TRADE_PW" \
TOLLGATE_REPORTING_DB_PASSWORD="$REPORTING_PW" \
  deploy/mysql/init/10-tollgate-schemas-and-users.sh > /dev/null
log "schemas t_smoke_${ID}_{screening,trade,reporting} and their users created"

# ---- 4. containers -----------------------------------------------------------------------------------------
declare -A READY_S STARTED_S
start() { # service port schema-env schema user password [extra -e ...]
  local s="$1" port="$2" schema_env="$3" schema="$4" user="$5" pw="$6"; shift 6
  local name="tollgate-smoke-$ID-$s" port_env
  case "$s" in
    screening) port_env=TOLLGATE_SCREENING_PORT ;;
    trade-registration) port_env=TOLLGATE_TRADE_PORT ;;
    reporting) port_env=TOLLGATE_REPORTING_PORT ;;
  esac
  local t0; t0=$(date +%s.%N)
  "${PODMAN[@]}" run -d --name "$name" "${RUN_FLAGS[@]}" \
    -e "$port_env=$port" -e "$schema_env=$schema" \
    -e "TOLLGATE_DB_HOST=$DB_HOST" -e "TOLLGATE_DB_PORT=$DB_PORT" -e "TOLLGATE_DB_USER=$user" \
    -e "TOLLGATE_DB_PASSWORD=$pw" -e "TOLLGATE_DB_POOL_MAX=4" -e "JAVA_OPTS=-Xmx512m" \
    -e "MP_JWT_VERIFY_PUBLICKEY_LOCATION=/etc/tollgate/jwt/publicKey.pem" \
    -v "$ROOT/dev-only-keys/publicKey.pem:/etc/tollgate/jwt/publicKey.pem:ro" \
    "$@" "${IMAGE[$s]}" > /dev/null || fail "podman run $s"
  CONTAINERS+=("$name")
  until curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; do
    if [ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" != true ]; then
      "${PODMAN[@]}" logs "$name" 2>&1 | tail -30 >&2
      fail "$s exited before it was ready"
    fi
    if (( $(date +%s) - ${t0%.*} > READY_TIMEOUT )); then
      "${PODMAN[@]}" logs "$name" 2>&1 | tail -30 >&2
      fail "$s not ready after $READY_TIMEOUT s"
    fi
    sleep 0.2
  done
  READY_S[$s]="$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')"
  STARTED_S[$s]="$("${PODMAN[@]}" logs "$name" 2>&1 | sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' | head -1)"
  log "$s ready on :$port in ${READY_S[$s]} s (Quarkus: started in ${STARTED_S[$s]:-?} s)"
}

ADMIN="$(token list-admin smoke-admin)" SCREENER="$(token screener,auditor smoke-screener)"
CLERK="$(token trade-clerk smoke-clerk)" AUDITOR="$(token auditor smoke-auditor)"

start screening "$SCREENING_PORT" TOLLGATE_SCREENING_SCHEMA "$SCREENING_SCHEMA" "$SCREENING_USER" "$SCREENING_PW" \
  -e TOLLGATE_REFRESH_ENABLED=false
code="$(curl -s -o "$OUT/import.json" -w '%{http_code}' -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' \
  --data-binary @services/screening/src/test/resources/fixtures/custom/internal-watchlist.csv \
  "http://127.0.0.1:$SCREENING_PORT/api/v1/lists/custom-smoke/imports")"
[ "$code" = 201 ] || fail "screening: list import answered $code: $(cat "$OUT/import.json")"
matched=""
for _ in $(seq 1 120); do
  curl -s -H "Authorization: Bearer $SCREENER" -H 'Content-Type: application/json' \
    -d '{"name": "Иван Сидоренко", "type": "person"}' "http://127.0.0.1:$SCREENING_PORT/api/v1/screenings" \
    > "$OUT/screening.json" || true
  if grep -q '"primaryName":"Ivan Petrovich Sidorenko"' "$OUT/screening.json"; then matched=yes; break; fi
  sleep 0.5
done
[ -n "$matched" ] || fail "screening: no hit for Иван Сидоренко: $(cat "$OUT/screening.json")"
log "screening: imported a list and matched 'Иван Сидоренко' to Ivan Petrovich Sidorenko"

start trade-registration "$TRADE_PORT" TOLLGATE_TRADE_SCHEMA "$TRADE_SCHEMA" "$TRADE_USER" "$TRADE_PW" \
  -e "TOLLGATE_SCREENING_URL=http://127.0.0.1:$SCREENING_PORT"
ref="SMOKE-$ID"
code="$(curl -s -o "$OUT/trade.json" -w '%{http_code}' -H "Authorization: Bearer $CLERK" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $ref" -d @- "http://127.0.0.1:$TRADE_PORT/api/v1/trades" <<EOF
{"reference": "$ref", "tradeDate": "2026-11-20", "amount": "125000.00", "currency": "RUB", "paymentRail": "MIR",
 "origin": {"country": "RU"}, "destination": {"country": "VE"},
 "goods": [{"hsCode": "100199", "description": "wheat", "quantity": 500, "value": "125000.00"}],
 "parties": [{"role": "BUYER", "name": "Ivan Sidorenko", "type": "person", "country": "RU", "identifiers": [],
              "owners": []}]}
EOF
)"
[ "$code" = 201 ] || fail "trade-registration: registering a trade answered $code: $(cat "$OUT/trade.json")"
status="$(python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])' < "$OUT/trade.json")"
[ -n "$status" ] && [ "$status" != PENDING_SCREENING ] \
  || fail "trade-registration: the trade was not screened through the screening container: $(cat "$OUT/trade.json")"
log "trade-registration: registered $ref, screened through the screening container: $status"

# reporting's SELECT on the views this build's changelogs publish (all six once every owner publishes its views)
published() { # owner -> "owner.view ..." for the views its changelogs create
  cat "services/$1/src/main/resources/db/changelog/"*.sql | grep -o 'CREATE OR REPLACE VIEW [a-z_]*' \
    | awk -v o="$2" '{print o "." $5}' || true
}
views="$(published trade-registration trade) $(published screening screening)"
TOLLGATE_MYSQL_CLIENT="mysql -h $DB_HOST -P $DB_PORT -u $DB_ROOT_USER" MYSQL_PWD="${TOLLGATE_DB_PASSWORD:-}" \
TOLLGATE_SCREENING_SCHEMA="$SCREENING_SCHEMA" TOLLGATE_TRADE_SCHEMA="$TRADE_SCHEMA" \
TOLLGATE_REPORTING_DB_USER="$REPORTING_USER" TOLLGATE_REPORTING_VIEWS="$views" TOLLGATE_GRANT_WAIT=30 \
  deploy/mysql/grant-reporting-views.sh > /dev/null
rows="$(MYSQL_PWD="$REPORTING_PW" mysql -h "$DB_HOST" -P "$DB_PORT" -u "$REPORTING_USER" -N -e \
  "SELECT COUNT(*) FROM \`$TRADE_SCHEMA\`.report_trade_v WHERE reference = '$ref'")" \
  || fail "the reporting user cannot read $TRADE_SCHEMA.report_trade_v"
[ "$rows" = 1 ] || fail "the reporting user sees $rows rows of the smoke trade in report_trade_v"
if MYSQL_PWD="$REPORTING_PW" mysql -h "$DB_HOST" -P "$DB_PORT" -u "$REPORTING_USER" -N \
     -e "SELECT COUNT(*) FROM \`$TRADE_SCHEMA\`.trade" > /dev/null 2>&1; then
  fail "the reporting user can read trade's base table: it must see the published views only"
fi
log "reporting's database user reads the published views ($(echo $views | wc -w)) and not trade's tables"

start reporting "$REPORTING_PORT" TOLLGATE_REPORTING_SCHEMA "$REPORTING_SCHEMA" "$REPORTING_USER" "$REPORTING_PW"
body="$(curl -fsS -H "Authorization: Bearer $AUDITOR" "http://127.0.0.1:$REPORTING_PORT/api/v1/me")" \
  || fail "reporting: GET /api/v1/me failed"
grep -q '"user":"smoke-auditor"' <<< "$body" || fail "reporting: /api/v1/me answered $body"
log "reporting: GET /api/v1/me knows smoke-auditor"

# ---- 5. figures -------------------------------------------------------------------------------------------
{
  echo "container smoke $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-20s %10s %12s %14s %16s\n' image "size (MB)" "build (s)" "ready (s)" "Quarkus start (s)"
  printf '%-20s %10s %12s %14s %16s\n' "base (jlink JRE)" \
    "$(( $("${PODMAN[@]}" image inspect -f '{{.Size}}' "$BASE") / 1000000 ))" - - -
  for s in screening trade-registration reporting; do
    printf '%-20s %10s %12s %14s %16s\n' "$s" "$(( $("${PODMAN[@]}" image inspect -f '{{.Size}}' "${IMAGE[$s]}") / 1000000 ))" \
      "${BUILD_S[$s]}" "${READY_S[$s]}" "${STARTED_S[$s]:-?}"
  done
} | tee "$OUT/summary.txt"
echo "container-smoke: 3 passed, 0 failed"
