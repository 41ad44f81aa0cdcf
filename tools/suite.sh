#!/usr/bin/env bash
# Starts and stops the whole suite on one machine: `run` (foreground), `up` (background), `down`.
# Uses the MySQL at TOLLGATE_DB_HOST:TOLLGATE_DB_PORT (default 127.0.0.1:3306); when none answers there, starts
# the embedded MariaDB (tools/embedded-db, data under .run/db/). Logs and pids live under .run/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUN="$ROOT/.run"
DB_HOST="${TOLLGATE_DB_HOST:-127.0.0.1}"
DB_PORT="${TOLLGATE_DB_PORT:-3306}"
# the ports the services listen on: the same variables their application.properties read
SERVICES=(screening:${TOLLGATE_SCREENING_PORT:-8081} trade-registration:${TOLLGATE_TRADE_PORT:-8082} reporting:${TOLLGATE_REPORTING_PORT:-8083})
# on those ports: trade-registration calls screening there, and the dashboard links to trade-registration's pages there
export TOLLGATE_SCREENING_URL="${TOLLGATE_SCREENING_URL:-http://127.0.0.1:${TOLLGATE_SCREENING_PORT:-8081}}"
export TOLLGATE_TRADE_PUBLIC_URL="${TOLLGATE_TRADE_PUBLIC_URL:-http://127.0.0.1:${TOLLGATE_TRADE_PORT:-8082}}"
READY_TIMEOUT="${TOLLGATE_READY_TIMEOUT:-180}"
mkdir -p "$RUN/logs" "$RUN/pids"

log() { printf '[tollgate] %s\n' "$*"; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

build_if_needed() {
  local missing=0
  for s in "${SERVICES[@]}"; do
    [ -f "services/${s%%:*}/target/quarkus-app/quarkus-run.jar" ] || missing=1
  done
  [ -f tools/embedded-db/target/tollgate-embedded-db-0.1.0-SNAPSHOT.jar ] || missing=1
  if [ "$missing" = 1 ]; then
    log "building (first run): ./mvnw -DskipTests install"
    ./mvnw -B -ntp -q -DskipTests install
  fi
}

ensure_database() {
  if port_open "$DB_HOST" "$DB_PORT"; then
    log "using the MySQL at $DB_HOST:$DB_PORT"
    return
  fi
  if [ "$DB_HOST" != "127.0.0.1" ] && [ "$DB_HOST" != "localhost" ]; then
    log "no MySQL answers at $DB_HOST:$DB_PORT and it is not local: start it or unset TOLLGATE_DB_HOST"; exit 1
  fi
  log "no MySQL at $DB_HOST:$DB_PORT: starting the embedded MariaDB (data in .run/db)"
  nohup java -cp "tools/embedded-db/target/classes:tools/embedded-db/target/lib/*" \
    io.tollgate.tools.EmbeddedDatabase "$DB_PORT" "$RUN/db" > "$RUN/logs/embedded-db.log" 2>&1 &
  echo $! > "$RUN/pids/embedded-db.pid"
  for _ in $(seq 1 240); do
    if grep -q "embedded MariaDB ready" "$RUN/logs/embedded-db.log" 2>/dev/null; then return; fi
    alive "$RUN/pids/embedded-db.pid" || { log "the embedded MariaDB failed; see .run/logs/embedded-db.log"; tail -20 "$RUN/logs/embedded-db.log"; exit 1; }
    sleep 0.5
  done
  log "the embedded MariaDB did not start in 120 s; see .run/logs/embedded-db.log"; exit 1
}

# trade registration's background work (pending retries, re-screening on list change) needs a token with the
# `service` role; local runs mint a dev-only one (30 days) unless one is given or a real key is configured
service_token() {
  if [ -n "${TOLLGATE_TRADE_SERVICE_TOKEN:-}" ] || [ -n "${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}" ]; then
    printf '%s' "${TOLLGATE_TRADE_SERVICE_TOKEN:-}"; return
  fi
  java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java service trade-registration 2592000
}

start_services() {
  local token; token="$(service_token)"
  for s in "${SERVICES[@]}"; do
    local name="${s%%:*}"
    if alive "$RUN/pids/$name.pid"; then log "$name already running"; continue; fi
    # something else on the port would answer the readiness check in our place
    if port_open 127.0.0.1 "${s##*:}"; then
      log "port ${s##*:} for $name is taken by another process: stop it or choose other ports (TOLLGATE_SCREENING_PORT, TOLLGATE_TRADE_PORT, TOLLGATE_REPORTING_PORT)"; stop_all; exit 1
    fi
    # local runs trust the committed dev-only key (see dev-only-keys/README.md); production sets its own
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$ROOT/dev-only-keys/publicKey.pem}" \
      TOLLGATE_TRADE_SERVICE_TOKEN="$token" \
      nohup java ${TOLLGATE_JAVA_OPTS:--Xmx1g} -jar "services/$name/target/quarkus-app/quarkus-run.jar" \
      > "$RUN/logs/$name.log" 2>&1 &
    echo $! > "$RUN/pids/$name.pid"
  done
}

wait_ready() {
  local start=$SECONDS
  for s in "${SERVICES[@]}"; do
    local name="${s%%:*}" port="${s##*:}"
    until curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; do
      alive "$RUN/pids/$name.pid" || { log "$name exited; last lines of .run/logs/$name.log:"; tail -30 "$RUN/logs/$name.log"; stop_all; exit 1; }
      if (( SECONDS - start > READY_TIMEOUT )); then log "$name not ready after ${READY_TIMEOUT}s"; stop_all; exit 1; fi
      sleep 0.5
    done
  done
  log "ready in $((SECONDS - start)) s:"
  for s in "${SERVICES[@]}"; do
    printf '  %-20s http://127.0.0.1:%s   (API docs: http://127.0.0.1:%s/q/swagger-ui)\n' "${s%%:*}" "${s##*:}" "${s##*:}"
  done
  log "tokens for local use: make token ROLE=screener USER=alice"
  log "no list is loaded until you import one: curl -H \"Authorization: Bearer \$(make -s token ROLE=list-admin)\" --data-binary @sdn.csv http://127.0.0.1:${SERVICES[0]##*:}/api/v1/lists/ofac-sdn/imports"
}

stop_pid() {
  local file="$1"
  [ -f "$file" ] || return 0
  local pid; pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_all() {
  for s in "${SERVICES[@]}"; do stop_pid "$RUN/pids/${s%%:*}.pid"; done
  stop_pid "$RUN/pids/embedded-db.pid"
}

case "${1:-}" in
  up)
    build_if_needed; ensure_database; start_services; wait_ready ;;
  run)
    build_if_needed; ensure_database; start_services
    trap 'echo; log "stopping"; stop_all; exit 0' INT TERM
    wait_ready
    log "running in the foreground; Ctrl-C stops everything"
    while true; do
      for s in "${SERVICES[@]}"; do
        alive "$RUN/pids/${s%%:*}.pid" || { log "${s%%:*} exited; see .run/logs/${s%%:*}.log"; stop_all; exit 1; }
      done
      sleep 2
    done ;;
  down)
    stop_all; log "stopped" ;;
  *)
    echo "usage: $0 run|up|down"; exit 2 ;;
esac
