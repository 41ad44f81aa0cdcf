#!/usr/bin/env bash
# A PNG of the reporting dashboard as a signed-in auditor sees it, taken by headless Chromium over WebDriver
# (Debian's chromium and chromium-driver; bash, curl, jq, Java 17 for the dev-only token):
#   tools/demo/screenshot.sh docs/img/dashboard-demo.png ['/?from=2021-12-01&to=2023-11-30'] [width height scale]
# REPORTING_URL (default http://127.0.0.1:$TOLLGATE_REPORTING_PORT, else 8083) says where reporting is. The page is
# rendered at width x height CSS pixels and written at that times scale (default 1280 x 2300 at 0.7).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:?say where to write the PNG}"
PAGE="${2:-/?from=2021-12-01&to=2023-11-30}"
WIDTH="${3:-1280}"; HEIGHT="${4:-2300}"; SCALE="${5:-0.7}"
REPORTING_URL="${REPORTING_URL:-http://127.0.0.1:${TOLLGATE_REPORTING_PORT:-8083}}"
for tool in chromium chromedriver jq curl; do command -v "$tool" >/dev/null || { echo "screenshot: $tool is needed (apt-get install -y chromium chromium-driver jq curl)" >&2; exit 1; }; done

PORT=$(( 20000 + RANDOM % 20000 ))
PROFILE=$(mktemp -d)
chromedriver --port="$PORT" > "$PROFILE/chromedriver.log" 2>&1 &
DRIVER=$!
trap 'kill "$DRIVER" 2>/dev/null; rm -rf "$PROFILE"' EXIT
WD="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fsS "$WD/status" 2>/dev/null | jq -e .value.ready >/dev/null 2>&1 && break; sleep 0.2; done

caps=$(jq -n --arg profile "$PROFILE/profile" --arg size "$WIDTH,$HEIGHT" --arg scale "$SCALE" '{capabilities: {alwaysMatch:
  {browserName: "chrome", "goog:chromeOptions": {binary: "/usr/bin/chromium", args: ["--headless", "--no-sandbox",
  "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync", "--disable-dev-shm-usage",
  "--hide-scrollbars", ("--user-data-dir=" + $profile), ("--window-size=" + $size),
  ("--force-device-scale-factor=" + $scale)]}}}}')
SESSION=$(curl -fsS -H 'Content-Type: application/json' -d "$caps" "$WD/session" | jq -r .value.sessionId)
wd() { curl -fsS -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$WD/session/$SESSION$2"; }

TOKEN=$(java "$ROOT/libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java" auditor demo-auditor 3600)
wd POST /url "{\"url\": \"$REPORTING_URL/login\"}" >/dev/null
# the session cookie POST /login would set (see docs/reporting.md)
wd POST /cookie "$(jq -n --arg t "$TOKEN" '{cookie: {name: "tollgate_token", value: $t, path: "/", httpOnly: true}}')" >/dev/null
wd POST /url "$(jq -n --arg u "$REPORTING_URL$PAGE" '{url: $u}')" >/dev/null
mkdir -p "$(dirname "$OUT")"
wd GET /screenshot | jq -r .value | base64 -d > "$OUT"
wd DELETE "" >/dev/null || true
echo "screenshot: $OUT ($(wc -c < "$OUT") bytes) of $REPORTING_URL$PAGE"
