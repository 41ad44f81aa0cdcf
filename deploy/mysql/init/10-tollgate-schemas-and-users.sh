#!/bin/bash
# Creates the three schemas and one least-privilege user per service, each allowed into its own schema only.
#
# The mysql image runs it once, as root, when its data volume is empty (mounted at /docker-entrypoint-initdb.d by
# deploy/compose.yaml and by the StatefulSet in deploy/k8s). `make container-smoke` runs the same script against
# a local server with throw-away names (TOLLGATE_MYSQL_CLIENT and the *_SCHEMA / *_DB_USER variables).
#
# reporting's SELECT on the views published by screening and trade-registration is NOT granted here: MySQL refuses a
# GRANT on a view that does not exist yet (ERROR 1146) unless the grant includes CREATE, and the views are created by
# those services' own migrations at their first start. deploy/mysql/grant-reporting-views.sh grants them afterwards.
#
# Passwords come from the environment only:
#   TOLLGATE_SCREENING_DB_PASSWORD, TOLLGATE_TRADE_DB_PASSWORD, TOLLGATE_REPORTING_DB_PASSWORD     (required)
# Names (defaults in brackets):
#   TOLLGATE_SCREENING_SCHEMA [screening], TOLLGATE_TRADE_SCHEMA [trade], TOLLGATE_REPORTING_SCHEMA [reporting]
#   TOLLGATE_SCREENING_DB_USER [tollgate_screening], TOLLGATE_TRADE_DB_USER [tollgate_trade],
#   TOLLGATE_REPORTING_DB_USER [tollgate_reporting]
set -euo pipefail

: "${TOLLGATE_SCREENING_DB_PASSWORD:?TOLLGATE_SCREENING_DB_PASSWORD is required}"
: "${TOLLGATE_TRADE_DB_PASSWORD:?TOLLGATE_TRADE_DB_PASSWORD is required}"
: "${TOLLGATE_REPORTING_DB_PASSWORD:?TOLLGATE_REPORTING_DB_PASSWORD is required}"

# Executable, so the mysql image's entrypoint runs it in its own shell (a sourced script would bring `set -u` into
# the entrypoint); there the root password is already set and the server listens on its socket only.
if [ -n "${MYSQL_ROOT_PASSWORD:-}" ] && [ -z "${MYSQL_PWD:-}" ]; then
  export MYSQL_PWD="$MYSQL_ROOT_PASSWORD"
fi

# the entrypoint's own client function when sourced after all; otherwise a mysql command line
sql() {
  if declare -F docker_process_sql > /dev/null; then
    docker_process_sql
  else
    # shellcheck disable=SC2086
    ${TOLLGATE_MYSQL_CLIENT:-mysql -uroot}
  fi
}

quote() { printf "%s" "${1//\'/\'\'}"; }

# What a service needs in its own schema: its data, and Liquibase's DDL (tables, indexes, foreign keys, the views
# it publishes). Nothing on any other schema, no global privilege.
OWNER_PRIVILEGES="SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, CREATE TEMPORARY TABLES"

owner() { # schema user password
  cat <<SQL
CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '$2'@'%' IDENTIFIED BY '$(quote "$3")';
GRANT $OWNER_PRIVILEGES ON \`$1\`.* TO '$2'@'%';
SQL
}

{
  owner "${TOLLGATE_SCREENING_SCHEMA:-screening}" "${TOLLGATE_SCREENING_DB_USER:-tollgate_screening}" \
        "$TOLLGATE_SCREENING_DB_PASSWORD"
  owner "${TOLLGATE_TRADE_SCHEMA:-trade}" "${TOLLGATE_TRADE_DB_USER:-tollgate_trade}" "$TOLLGATE_TRADE_DB_PASSWORD"
  owner "${TOLLGATE_REPORTING_SCHEMA:-reporting}" "${TOLLGATE_REPORTING_DB_USER:-tollgate_reporting}" \
        "$TOLLGATE_REPORTING_DB_PASSWORD"
  echo "FLUSH PRIVILEGES;"
} | sql

echo "[tollgate] schemas and service users created"
