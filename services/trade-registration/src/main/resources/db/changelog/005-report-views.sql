--liquibase formatted sql

--changeset tollgate:trade-005-report-trade-v runOnChange:true
--comment: reporting's read-only contract on trades (corridor, currency, rail, status, amounts); base tables may change, this may not
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
       t.decided_at              AS decided_at,
       (SELECT COUNT(*) FROM trade_party p WHERE p.trade_id = t.id) AS party_count,
       (SELECT COUNT(*) FROM trade_alert a WHERE a.trade_id = t.id) AS alert_count
FROM trade t;

--changeset tollgate:trade-005-report-alert-v runOnChange:true
--comment: alerts with their timings (raised, first decision, closed) and outcome
CREATE OR REPLACE VIEW report_alert_v AS
SELECT a.id         AS alert_id,
       a.trade_id   AS trade_id,
       a.source     AS source,
       a.source_id  AS source_id,
       a.score      AS score,
       a.status     AS status,
       a.created_at AS raised_at,
       (SELECT MIN(d.decided_at) FROM alert_decision d WHERE d.alert_id = a.id) AS first_decided_at,
       CASE WHEN a.status IN ('FALSE_POSITIVE', 'TRUE_MATCH')
            THEN (SELECT MAX(d.decided_at) FROM alert_decision d WHERE d.alert_id = a.id) END AS closed_at,
       (SELECT COUNT(*) FROM alert_decision d WHERE d.alert_id = a.id) AS decision_count
FROM trade_alert a;

--changeset tollgate:trade-005-report-decision-v runOnChange:true
--comment: every decision on a trade, with the rule-table and list versions it used
CREATE OR REPLACE VIEW report_decision_v AS
SELECT d.id              AS decision_id,
       d.trade_id        AS trade_id,
       d.status          AS status,
       d.report_due_date AS report_due_date,
       d.decided_by      AS decided_by,
       d.decided_at      AS decided_at,
       d.rule_versions   AS rule_versions,
       d.list_versions   AS list_versions
FROM trade_decision d;
