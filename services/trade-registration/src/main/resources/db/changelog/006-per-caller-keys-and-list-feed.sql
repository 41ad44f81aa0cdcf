--liquibase formatted sql

--changeset tollgate:trade-006-idempotency-key-per-caller
--comment: an Idempotency-Key belongs to the caller who sent it: two clerks may use the same key for different trades
ALTER TABLE idempotency_key DROP PRIMARY KEY, ADD PRIMARY KEY (created_by, idem_key);

--changeset tollgate:trade-006-job-lease
--comment: which replica runs a background job now; a lease expires (database clock) so a crashed holder does not block the others
CREATE TABLE job_lease (
    job_name     VARCHAR(64)  NOT NULL,
    holder       VARCHAR(128) NULL,
    lease_until  DATETIME(6)  NULL,
    acquired_at  DATETIME(6)  NULL,
    PRIMARY KEY (job_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO job_lease (job_name) VALUES ('list-change-rescreening');

--changeset tollgate:trade-006-list-feed-cursor
--comment: how far trade registration has followed the screening service's list change feed (re-screening done up to here)
CREATE TABLE list_feed_cursor (
    feed_name    VARCHAR(64)  NOT NULL,
    position     BIGINT       NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    last_summary VARCHAR(2000) NULL,
    PRIMARY KEY (feed_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO list_feed_cursor (feed_name, position, updated_at) VALUES ('screening-list-changes', 0, UTC_TIMESTAMP(6));

--changeset tollgate:trade-006-trade-registered-index
--comment: re-screening looks up the trades registered in the last N days
CREATE INDEX ix_trade_registered ON trade (registered_at);
