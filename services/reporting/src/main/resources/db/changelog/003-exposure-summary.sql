--liquibase formatted sql

--changeset tollgate:reporting-003-exposure-month
--comment: exposure per month, corridor, rail and status, already converted into each reporting currency: the exposure
--comment: report over whole months reads these few thousand rows instead of a million trades. Kept up to date from
--comment: the trade views before each such report (exposure_refresh); exact, because each affected month is rebuilt
CREATE TABLE exposure_month (
    quote_currency      CHAR(3)        NOT NULL,
    month               DATE           NOT NULL,
    corridor            VARCHAR(5)     NOT NULL,
    payment_rail        VARCHAR(16)    NOT NULL,
    status              VARCHAR(24)    NOT NULL,
    trades              BIGINT         NOT NULL,
    value               DECIMAL(48,20) NOT NULL,
    trades_without_rate BIGINT         NOT NULL,
    PRIMARY KEY (quote_currency, month, corridor, payment_rail, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:reporting-003-exposure-refresh
--comment: how far exposure_month is up to date: the time of the last refresh and the reporting currencies it covers
CREATE TABLE exposure_refresh (
    id           INT           NOT NULL,
    refreshed_at DATETIME(6)   NULL,
    currencies   VARCHAR(255)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO exposure_refresh (id, refreshed_at, currencies) VALUES (1, NULL, NULL);

--changeset tollgate:reporting-003-exposure-dirty-month
--comment: months whose rates changed (marked by the rate import, in its transaction): rebuilt at the next refresh
CREATE TABLE exposure_dirty_month (
    month DATE NOT NULL,
    PRIMARY KEY (month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
