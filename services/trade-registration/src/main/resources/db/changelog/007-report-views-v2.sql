--liquibase formatted sql

-- Version 2 of reporting's read-only contract on trades. Reporting reads these three views only (the deploy grants
-- SELECT on them and nothing else here), so every column it needs is published here.
-- Why v2: a subquery in a view's select list stops MySQL from merging the view into the query that reads it, so each
-- report would first copy every trade into a temporary table (see the MySQL manual, "View Processing Algorithms").
-- v2 has no select-list subqueries. Changes against 005: report_trade_v drops party_count and alert_count (alerts per
-- trade: report_alert_v); report_alert_v adds the listed entity and the first and last decision; report_decision_v
-- adds the reasons. 005 must never change again: its runOnChange would put the v1 views back over these.

--changeset tollgate:trade-007-report-trade-v runOnChange:true
--comment: trades as reporting sees them: corridor, currency, amount, rail, status, deadlines
CREATE OR REPLACE VIEW report_trade_v AS
SELECT t.id                      AS trade_id,
       t.reference               AS reference,
       t.trade_date              AS trade_date,
       t.corridor                AS corridor,
       t.origin_country          AS origin_country,
       t.origin_subdivision      AS origin_subdivision,
       t.destination_country     AS destination_country,
       t.destination_subdivision AS destination_subdivision,
       t.currency                AS currency,
       t.amount                  AS amount,
       t.payment_rail            AS payment_rail,
       t.status                  AS status,
       t.report_due_date         AS report_due_date,
       t.registered_at           AS registered_at,
       t.decided_at              AS decided_at
FROM trade t;

--changeset tollgate:trade-007-report-alert-v runOnChange:true
--comment: alerts with the listed entity (id and content hash as screened), first and last decision, closing time and
--comment: decision count; the per-alert aggregate is a derived table, which keeps the view mergeable
CREATE OR REPLACE VIEW report_alert_v AS
SELECT a.id                  AS alert_id,
       a.trade_id            AS trade_id,
       a.entity_id           AS entity_id,
       a.entity_content_hash AS entity_content_hash,
       a.source              AS source,
       a.source_id           AS source_id,
       a.score               AS score,
       a.status              AS status,
       a.created_at          AS raised_at,
       f.decided_at          AS first_decided_at,
       f.decided_by          AS first_decided_by,
       f.decided_as          AS first_decided_as,
       f.outcome             AS first_outcome,
       l.decided_at          AS last_decided_at,
       l.decided_by          AS last_decided_by,
       l.decided_as          AS last_decided_as,
       l.outcome             AS last_outcome,
       CASE WHEN a.status IN ('FALSE_POSITIVE', 'TRUE_MATCH') THEN l.decided_at END AS closed_at,
       COALESCE(s.decision_count, 0) AS decision_count
FROM trade_alert a
LEFT JOIN (SELECT alert_id, COUNT(*) AS decision_count, MIN(id) AS first_id, MAX(id) AS last_id
           FROM alert_decision GROUP BY alert_id) s ON s.alert_id = a.id
LEFT JOIN alert_decision f ON f.id = s.first_id
LEFT JOIN alert_decision l ON l.id = s.last_id;

--changeset tollgate:trade-007-report-decision-v runOnChange:true
--comment: every decision on a trade, with its reasons (JSON) and the rule-table and list versions it used
CREATE OR REPLACE VIEW report_decision_v AS
SELECT d.id              AS decision_id,
       d.trade_id        AS trade_id,
       d.status          AS status,
       d.report_due_date AS report_due_date,
       d.decided_by      AS decided_by,
       d.decided_at      AS decided_at,
       d.rule_versions   AS rule_versions,
       d.list_versions   AS list_versions,
       d.reasons         AS reasons
FROM trade_decision d;

--changeset tollgate:trade-007-report-indexes
--comment: covering indexes for reporting's aggregates over millions of trades: the settlement-currency mix scans
--comment: (trade_date, currency, ...) in order, exposure groups along (corridor, payment_rail, status, ...); both are
--comment: answered from the index alone, without touching the rows
CREATE INDEX ix_trade_report_date ON trade (trade_date, currency, registered_at, corridor, payment_rail, status, amount);
CREATE INDEX ix_trade_report_dims ON trade (corridor, payment_rail, status, trade_date, currency, registered_at, amount);
-- (registered_at is indexed by 006 already: ix_trade_registered)
-- reporting keeps a monthly exposure summary up to date from the trades registered or re-decided since its last look
CREATE INDEX ix_trade_decided ON trade (decided_at);
CREATE INDEX ix_trade_decision_status ON trade_decision (status, decided_at);
