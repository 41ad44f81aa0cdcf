#!/bin/bash
# Grants the reporting user SELECT on exactly the views screening and trade-registration publish for it — nothing
# else in their schemas. Run after those services have migrated (their Liquibase changelogs create the views):
# compose runs it as the one-shot `grants` service once both are healthy, Kubernetes as the Job
# tollgate-reporting-grants, and `make container-smoke` after its containers are ready. Idempotent; waits up to
# TOLLGATE_GRANT_WAIT seconds [600] for every view, then fails naming the ones still missing.
#
# MySQL cannot grant on a view before it exists (ERROR 1146): granting SELECT ahead of time would also need CREATE
# on that name, which would let reporting create a table there. Hence this step after the owners' migrations.
#
# Settings (defaults in brackets): TOLLGATE_MYSQL_CLIENT [mysql -h$MYSQL_HOST -uroot, password in MYSQL_PWD],
# MYSQL_HOST [mysql], TOLLGATE_SCREENING_SCHEMA [screening], TOLLGATE_TRADE_SCHEMA [trade],
# TOLLGATE_REPORTING_DB_USER [tollgate_reporting], TOLLGATE_REPORTING_VIEWS [the six published views, as
# <owner>.<view> with owner screening or trade].
set -euo pipefail

VIEWS="${TOLLGATE_REPORTING_VIEWS:-trade.report_trade_v trade.report_alert_v trade.report_decision_v \
screening.report_screening_v screening.report_list_version_v screening.report_list_change_v}"
REPORTING_USER="${TOLLGATE_REPORTING_DB_USER:-tollgate_reporting}"
WAIT="${TOLLGATE_GRANT_WAIT:-600}"

sql() {
  # shellcheck disable=SC2086
  ${TOLLGATE_MYSQL_CLIENT:-mysql -h${MYSQL_HOST:-mysql} -uroot} --batch --skip-column-names "$@"
}

schema_of() {
  case "$1" in
    screening) echo "${TOLLGATE_SCREENING_SCHEMA:-screening}" ;;
    trade) echo "${TOLLGATE_TRADE_SCHEMA:-trade}" ;;
    *) echo "unknown view owner '$1' in TOLLGATE_REPORTING_VIEWS (screening or trade)" >&2; exit 2 ;;
  esac
}

deadline=$((SECONDS + WAIT))
while :; do
  missing=()
  for entry in $VIEWS; do
    schema="$(schema_of "${entry%%.*}")" view="${entry#*.}"
    found="$(sql -e "SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA='$schema' AND TABLE_NAME='$view'" \
      2>/dev/null || echo 0)"
    [ "$found" = 1 ] || missing+=("$schema.$view")
  done
  [ ${#missing[@]} -eq 0 ] && break
  if (( SECONDS >= deadline )); then
    echo "[tollgate] views still missing after ${WAIT}s: ${missing[*]} (has every owner service started and migrated?)" >&2
    exit 1
  fi
  sleep 3
done

for entry in $VIEWS; do
  schema="$(schema_of "${entry%%.*}")" view="${entry#*.}"
  sql -e "GRANT SELECT ON \`$schema\`.\`$view\` TO '$REPORTING_USER'@'%'"
done
echo "[tollgate] $REPORTING_USER may SELECT: $VIEWS"
