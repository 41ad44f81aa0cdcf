--liquibase formatted sql

--changeset tollgate:reporting-002-fx-rate-import
--comment: every accepted reference-rate file: what it held, who imported it, when
CREATE TABLE fx_rate_import (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    sha256          CHAR(64)     NOT NULL,
    first_date      DATE         NOT NULL,
    last_date       DATE         NOT NULL,
    date_count      INT          NOT NULL,
    currencies      VARCHAR(1024) NOT NULL,
    rates_added     INT          NOT NULL,
    rates_unchanged INT          NOT NULL,
    imported_by     VARCHAR(128) NOT NULL,
    imported_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:reporting-002-fx-rate
--comment: daily reference rates as published: units of the currency per 1 EUR (EUR itself is 1); immutable once
--comment: stored, because filed reports were converted with them
CREATE TABLE fx_rate (
    rate_date     DATE           NOT NULL,
    currency      CHAR(3)        NOT NULL,
    units_per_eur DECIMAL(24,10) NOT NULL,
    import_id     BIGINT         NOT NULL,
    PRIMARY KEY (rate_date, currency),
    CONSTRAINT fk_fx_rate_import FOREIGN KEY (import_id) REFERENCES fx_rate_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:reporting-002-fx-conversion
--comment: derived from fx_rate for each reporting currency: amount in quote_currency = amount in currency * factor,
--comment: so a report converts each trade with one key lookup (computed in Java at 34 significant digits)
CREATE TABLE fx_conversion (
    quote_currency CHAR(3)        NOT NULL,
    rate_date      DATE           NOT NULL,
    currency       CHAR(3)        NOT NULL,
    factor         DECIMAL(38,20) NOT NULL,
    PRIMARY KEY (quote_currency, rate_date, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:reporting-002-report-run-list-versions
--comment: the list versions in force at the run's data cut-off, as stamped on the report
ALTER TABLE report_run ADD COLUMN list_versions TEXT NULL;
