--liquibase formatted sql

--changeset tollgate:trade-001-audit-event
--comment: the append-only audit trail of every trade (OFAC recordkeeping: 10 years)
CREATE TABLE audit_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    trade_id        BIGINT       NULL,
    event_type      VARCHAR(64)  NOT NULL,
    actor           VARCHAR(128) NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    retention_class VARCHAR(32)  NOT NULL,
    details         MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_trade (trade_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
