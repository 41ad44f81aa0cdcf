--liquibase formatted sql

--changeset tollgate:reporting-005-fx-quote
--comment: rates as each source publishes them: on rate_date, one base_currency is worth rate quote_currency according
--comment: to source (ECB: base EUR; the Bank of Russia, CBR: quote RUB; any other official source in the plain layout).
--comment: Immutable once stored: reports were converted with them. Replaces fx_rate (units per EUR, the ECB's only);
--comment: the rates stored there were all read from the ECB layout and are attributed to the ECB
CREATE TABLE fx_quote (
    rate_date      DATE           NOT NULL,
    source         VARCHAR(32)    NOT NULL,
    base_currency  CHAR(3)        NOT NULL,
    quote_currency CHAR(3)        NOT NULL,
    rate           DECIMAL(30,14) NOT NULL,
    import_id      BIGINT         NOT NULL,
    PRIMARY KEY (rate_date, source, base_currency, quote_currency),
    CONSTRAINT fk_fx_quote_import FOREIGN KEY (import_id) REFERENCES fx_rate_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO fx_quote (rate_date, source, base_currency, quote_currency, rate, import_id)
    SELECT rate_date, 'ECB', 'EUR', currency, units_per_eur, import_id FROM fx_rate;
DROP TABLE fx_rate;

--changeset tollgate:reporting-005-fx-rate-import-layout
--comment: which layouts and sources an accepted file held
ALTER TABLE fx_rate_import ADD COLUMN layouts VARCHAR(64) NOT NULL DEFAULT 'ECB';
ALTER TABLE fx_rate_import ADD COLUMN sources VARCHAR(1024) NOT NULL DEFAULT 'ECB';

--changeset tollgate:reporting-005-fx-conversion-route
--comment: where each factor came from: the sources of the rates combined, in route order from the currency to the
--comment: reporting currency, and the currencies the route passed through (existing factors were all the ECB's, through
--comment: the euro); the index finds the latest day within a maximum age with one dive (rate policy last-published)
ALTER TABLE fx_conversion ADD COLUMN sources VARCHAR(255) NOT NULL DEFAULT 'ECB';
ALTER TABLE fx_conversion ADD COLUMN via VARCHAR(64) NOT NULL DEFAULT '';
UPDATE fx_conversion SET via = 'EUR' WHERE currency <> 'EUR' AND quote_currency <> 'EUR';
CREATE INDEX ix_fx_conversion_lookup ON fx_conversion (quote_currency, currency, rate_date);

--changeset tollgate:reporting-005-report-run-rate-sources
--comment: the rates a run converted with (currency, sources, route, days), as stamped on the report
ALTER TABLE report_run ADD COLUMN rate_sources TEXT NULL;

--changeset tollgate:reporting-005-exposure-refresh-rate-policy
--comment: the rate policy exposure_month was converted under (a different configured policy rebuilds it)
ALTER TABLE exposure_refresh ADD COLUMN rate_policy VARCHAR(32) NULL;
