#!/usr/bin/env bash
# `make demo LISTS=<folder>`: with the suite up (`make up`), imports the real lists from <folder> (the layout of
# ../shared/lists: ofac/2024-05-03/sdn.csv, un/UN_consolidated.xml), registers the issue's scenario trades
# (tools/demo/trades/*.json) and prints each outcome with its reasons; the held trade is released by an analyst and a
# different supervisor, then the same party trades again. Then the demonstration history: the official rates of
# 2021-12 .. 2023-11 (tools/demo/rates/, and the Bank of Russia's own day files from FX, default <folder>/../fx, when
# present) and two years of corridor trades (tools/demo/DemoHistory.java, seeded: the same every run, DEMO-H- references).
# Needs curl, jq and Java 17 (the dev-only tokens, the trade generator).
# TRADE_URL / SCREENING_URL / REPORTING_URL override where the services are (default: the TOLLGATE_*_PORT variables
# `make up` reads, else 8081-8083).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
LISTS="${1:-${LISTS:-}}"
TRADE_URL="${TRADE_URL:-http://127.0.0.1:${TOLLGATE_TRADE_PORT:-8082}}"
SCREENING_URL="${SCREENING_URL:-http://127.0.0.1:${TOLLGATE_SCREENING_PORT:-8081}}"
REPORTING_URL="${REPORTING_URL:-http://127.0.0.1:${TOLLGATE_REPORTING_PORT:-8083}}"
TRADES="$ROOT/tools/demo/trades"
FX="${FX:-$LISTS/../fx}"

die() { echo "demo: $*" >&2; exit 1; }
[ -n "$LISTS" ] || die "say where the list files are: make demo LISTS=../shared/lists"
[ -f "$LISTS/ofac/2024-05-03/sdn.csv" ] || die "no $LISTS/ofac/2024-05-03/sdn.csv (expected the layout of ../shared/lists)"
command -v jq >/dev/null || die "jq is needed (apt-get install jq)"
for url in "$SCREENING_URL" "$TRADE_URL" "$REPORTING_URL"; do
  curl -fsS "$url/q/health/ready" >/dev/null 2>&1 || die "nothing ready at $url: start the suite with make up"
done

token() { java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java "$1" "$2" 3600; }
ADMIN=$(token list-admin demo-admin)
SCREENER=$(token screener demo)
CLERK=$(token trade-clerk clara)
ANALYST=$(token analyst anna)
SUPERVISOR=$(token supervisor sam)
AUDITOR=$(token auditor,analyst audrey)
RATES_ADMIN=$(token supervisor sofia)
RUN="demo-$(date +%s)"

import() { # source file
  local code
  code=$(curl -sS -o /tmp/tollgate-demo-import.json -w '%{http_code}' -H "Authorization: Bearer $ADMIN" \
    --data-binary "@$2" "$SCREENING_URL/api/v1/lists/$1/imports")
  case "$code" in
    201) echo "  $1: imported $(jq -r '"version \(.id), \(.entities.total) entities, +\(.delta.added) -\(.delta.removed) ~\(.delta.changed)"' /tmp/tollgate-demo-import.json)";;
    200) echo "  $1: already imported (version $(jq -r .id /tmp/tollgate-demo-import.json))";;
    *) die "import of $2 as $1: HTTP $code $(cat /tmp/tollgate-demo-import.json)";;
  esac
}

echo "== lists from $LISTS"
import ofac-sdn "$LISTS/ofac/2024-05-03/sdn.csv"
want=ofac-sdn
if [ -f "$LISTS/un/UN_consolidated.xml" ]; then import un "$LISTS/un/UN_consolidated.xml"; want=ofac-sdn,un; fi
for _ in $(seq 1 120); do # the match index is swapped in a moment after the import (503 until a list is served)
  served=$(curl -fsS -H "Authorization: Bearer $SCREENER" -H 'Content-Type: application/json' -d '{"name":"probe"}' \
    "$SCREENING_URL/api/v1/screenings" 2>/dev/null | jq -r '.listVersions | keys | join(",")' 2>/dev/null || true)
  [ "$served" = "$want" ] && break; sleep 0.5
done
echo "  served: $served"

show() { # trade JSON on stdin
  jq -r '"   status: \(.status)" + (if .reportDueDate then "   (OFAC report due \(.reportDueDate))" else "" end),
         (.reasons[] | "   - \(.outcome | . + " " * (9 - length)) \(.kind) \(.ruleId // ""): \(.explanation)"),
         (.alerts[] | "   * alert \(.id) [\(.status)] \(.subjectName) ~ \(.source) \(.sourceId) \(.primaryName) (score \(.score))")'
}

register() { # file -> prints, stores the answer in $LAST
  local body
  body=$(jq --arg run "$RUN" '.reference += "-" + $run' "$TRADES/$1")
  LAST=$(curl -fsS -H "Authorization: Bearer $CLERK" -H "Idempotency-Key: $RUN-$1" -H 'Content-Type: application/json' \
    -d "$body" "$TRADE_URL/api/v1/trades")
  echo
  echo "== ${1%.json}: $(jq -r '"\(.reference)  \(.corridor) \(.currency) \(.amount) over \(.paymentRail)"' <<<"$LAST")"
  show <<<"$LAST"
}

decide() { # token alert decision
  curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"decision\": \"$3\", \"reason\": \"demo: not the listed person (different person, checked documents)\"}" \
    "$TRADE_URL/api/v1/alerts/$2/decisions" | jq -r '"   \(.decisions[-1].decidedBy) as \(.decisions[-1].decidedAs): \(.decisions[-1].decision) -> alert \(.alert.status), trade \(.tradeStatus)"'
}

for f in "$TRADES"/*.json; do
  name=$(basename "$f")
  [ "$name" = 05-lavrov-second-trade.json ] && continue
  register "$name"
  if [ "$name" = 04-lavrov-held.json ]; then
    id=$(jq -r .id <<<"$LAST")
    LAVROV_TRADE=$id LAVROV_ALERT=$(jq -r '.alerts[0].id // empty' <<<"$LAST")
    echo "   four eyes: analyst anna, then supervisor sam, decide every alert FALSE_POSITIVE"
    for alert in $(jq -r '.alerts[].id' <<<"$LAST"); do decide "$ANALYST" "$alert" FALSE_POSITIVE; done
    for alert in $(jq -r '.alerts[].id' <<<"$LAST"); do decide "$SUPERVISOR" "$alert" FALSE_POSITIVE; done
    echo "   trade $id is now: $(curl -fsS -H "Authorization: Bearer $AUDITOR" "$TRADE_URL/api/v1/trades/$id" | jq -r .status)"
    register 05-lavrov-second-trade.json
  fi
done
echo
echo "Every trade's audit trail: curl -H \"Authorization: Bearer \$(make -s token ROLE=auditor)\" $TRADE_URL/api/v1/trades/<id>/audit"
echo "Screening down -> PENDING_SCREENING -> decided when it is back: see tests/system (TradeScenariosIT)."

rates() { # file content-type
  local code
  code=$(curl -sS -o /tmp/tollgate-demo-rates.json -w '%{http_code}' -H "Authorization: Bearer $RATES_ADMIN" \
    -H "Content-Type: $2" --data-binary "@$1" "$REPORTING_URL/api/v1/fx-rates")
  case "$code" in
    201|200) echo "  $(basename "$1"): $(jq -r '"\(.layouts | join(",")) layout, \(.sources | join(",")), \(.firstDate) .. \(.lastDate): \(.ratesAdded) new, \(.ratesUnchanged) stored already"' /tmp/tollgate-demo-rates.json)";;
    *) die "rate import of $1: HTTP $code $(cat /tmp/tollgate-demo-rates.json)";;
  esac
}

echo
echo "== DEMONSTRATION DATA: official rates 2021-12 .. 2023-11 (tools/demo/rates/PROVENANCE.txt)"
for f in "$ROOT"/tools/demo/rates/*.csv; do rates "$f" text/csv; done
days=()
for f in "$FX"/cbr/XML_daily_2021-12-*.xml "$FX"/cbr/XML_daily_2022-*.xml "$FX"/cbr/XML_daily_2023-*.xml; do
  [ -f "$f" ] && days+=("$(basename "$f")")
done
if [ ${#days[@]} -gt 0 ]; then # the Bank of Russia's own day files, as published, in one zip
  rm -f /tmp/tollgate-demo-cbr.zip
  (cd "$FX/cbr" && jar --create --no-manifest --file /tmp/tollgate-demo-cbr.zip "${days[@]}")
  rates /tmp/tollgate-demo-cbr.zip application/zip
else
  echo "  (no Bank of Russia day files under $FX/cbr: the rouble converts through the dollar rate alone)"
fi

echo
echo "== DEMONSTRATION DATA: two years of corridor trades (tools/demo/DemoHistory.java, references DEMO-H-)"
CLERK_TOKEN="$CLERK" ANALYST_TOKEN="$ANALYST" SUPERVISOR_TOKEN="$SUPERVISOR" \
  java "$ROOT/tools/demo/DemoHistory.java" register "$TRADE_URL"

echo
echo "Demo done in ${SECONDS} s. Open in a browser; sign in by pasting a dev-only token (make -s token ROLE=<role> USER=<name>):"
echo "  alert queue (analyst, supervisor):        $TRADE_URL/"
echo "  the held Lavrov trade, released by anna and sam, and its alert:"
echo "                                             $TRADE_URL/trades/${LAVROV_TRADE:-} (the audit trail: ROLE=auditor)"
echo "                                             $TRADE_URL/alerts/${LAVROV_ALERT:-}"
echo "  trades (clerk, analyst, supervisor, auditor): $TRADE_URL/trades   register one (trade-clerk): $TRADE_URL/trades/new"
echo "  screening (screener) and lists:            $SCREENING_URL/   $SCREENING_URL/lists"
echo "  the dashboard over the demonstration's two years (auditor, supervisor):"
echo "                                             $REPORTING_URL/?from=2021-12-01&to=2023-11-30"
