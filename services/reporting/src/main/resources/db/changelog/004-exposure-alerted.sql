--liquibase formatted sql

--changeset tollgate:reporting-004-exposure-alerted-trade
--comment: the alerts the exposure report's program breakdown counts (raised, not released as a false positive), one
--comment: row per alerted trade and listed entity, with what the report filters and values them by (trade date,
--comment: corridor, rail, the trade's status, its amount and currency, converted when read). Kept up to date with
--comment: exposure_month: the rows of every trade registered or re-decided, or with an alert raised or decided, since
--comment: the last refresh are rebuilt from the trade views; the entities' programs are read from screening's views
--comment: when the report runs, so a list import needs no rebuild
CREATE TABLE exposure_alerted_trade (
    trade_id     BIGINT         NOT NULL,
    entity_id    BIGINT         NOT NULL,
    trade_date   DATE           NOT NULL,
    corridor     VARCHAR(5)     NOT NULL,
    payment_rail VARCHAR(16)    NOT NULL,
    status       VARCHAR(24)    NOT NULL,
    currency     CHAR(3)        NOT NULL,
    amount       DECIMAL(19,4)  NOT NULL,
    PRIMARY KEY (trade_id, entity_id),
    KEY ix_exposure_alerted_trade_date (trade_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:reporting-004-exposure-refresh-alerted
--comment: whether exposure_alerted_trade has been built in full once (an existing summary gets it at its next refresh)
ALTER TABLE exposure_refresh ADD COLUMN alerted_built BOOLEAN NOT NULL DEFAULT FALSE;
