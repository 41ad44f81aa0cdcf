--liquibase formatted sql

--changeset tollgate:trade-002-trade
--comment: a registered trade; status and report due date follow its latest decision
CREATE TABLE trade (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    reference               VARCHAR(128)   NOT NULL,
    trade_date              DATE           NOT NULL,
    amount                  DECIMAL(19,4)  NOT NULL,
    currency                CHAR(3)        NOT NULL,
    payment_rail            VARCHAR(16)    NOT NULL,
    origin_country          CHAR(2)        NOT NULL,
    origin_subdivision      VARCHAR(6)     NULL,
    destination_country     CHAR(2)        NOT NULL,
    destination_subdivision VARCHAR(6)     NULL,
    corridor                VARCHAR(5)     NOT NULL,
    status                  VARCHAR(24)    NOT NULL,
    report_due_date         DATE           NULL,
    registered_by           VARCHAR(128)   NOT NULL,
    registered_at           DATETIME(6)    NOT NULL,
    decided_at              DATETIME(6)    NULL,
    screening_attempts      INT            NOT NULL DEFAULT 0,
    next_screening_at       DATETIME(6)    NULL,
    last_screening_error    VARCHAR(512)   NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_trade_status_next (status, next_screening_at),
    KEY ix_trade_date (trade_date),
    KEY ix_trade_corridor (corridor, trade_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:trade-002-party
CREATE TABLE trade_party (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    trade_id    BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    role        VARCHAR(24)  NOT NULL,
    name        VARCHAR(512) NOT NULL,
    party_type  VARCHAR(16)  NOT NULL,
    country     CHAR(2)      NULL,
    birth_date  DATE         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_trade_party_position (trade_id, seq),
    CONSTRAINT fk_trade_party_trade FOREIGN KEY (trade_id) REFERENCES trade (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:trade-002-party-identifier
CREATE TABLE party_identifier (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    party_id        BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    identifier_type VARCHAR(24)  NOT NULL,
    id_value        VARCHAR(256) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_party_identifier_value (identifier_type, id_value),
    CONSTRAINT fk_party_identifier_party FOREIGN KEY (party_id) REFERENCES trade_party (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:trade-002-party-owner
CREATE TABLE party_owner (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    party_id    BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    name        VARCHAR(512)  NOT NULL,
    owner_type  VARCHAR(16)   NOT NULL,
    percentage  DECIMAL(7,4)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_owner_party FOREIGN KEY (party_id) REFERENCES trade_party (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:trade-002-goods
CREATE TABLE trade_goods (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    trade_id    BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    hs_code     VARCHAR(12)   NOT NULL,
    description VARCHAR(512)  NOT NULL,
    quantity    DECIMAL(19,4) NOT NULL,
    line_value  DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_trade_goods_hs (hs_code),
    CONSTRAINT fk_trade_goods_trade FOREIGN KEY (trade_id) REFERENCES trade (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:trade-002-alert
--comment: a potential match an analyst has to decide; version: optimistic lock, so concurrent decisions conflict
CREATE TABLE trade_alert (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    trade_id            BIGINT        NOT NULL,
    party_position      INT           NOT NULL,
    owner_position      INT           NULL,
    subject_name        VARCHAR(512)  NOT NULL,
    screening_id        VARCHAR(64)   NOT NULL,
    entity_id           BIGINT        NOT NULL,
    source              VARCHAR(48)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    primary_name        VARCHAR(512)  NOT NULL,
    matched_name        VARCHAR(512)  NULL,
    score               DECIMAL(6,5)  NOT NULL,
    entity_content_hash VARCHAR(128)  NULL,
    explanation         MEDIUMTEXT    NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_trade_alert_trade (trade_id),
    KEY ix_trade_alert_status (status, created_at),
    CONSTRAINT fk_trade_alert_trade FOREIGN KEY (trade_id) REFERENCES trade (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:trade-002-decision
--comment: every decision on a trade, with its reasons, the rule table versions and the list versions used
CREATE TABLE trade_decision (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    trade_id        BIGINT       NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    reasons         MEDIUMTEXT   NOT NULL,
    rule_versions   TEXT         NOT NULL,
    list_versions   TEXT         NOT NULL,
    screening_ids   MEDIUMTEXT   NOT NULL,
    report_due_date DATE         NULL,
    decided_by      VARCHAR(128) NOT NULL,
    decided_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_trade_decision_trade (trade_id, id),
    CONSTRAINT fk_trade_decision_trade FOREIGN KEY (trade_id) REFERENCES trade (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:trade-002-idempotency-key
--comment: Idempotency-Key of POST /trades: the same key and body give the original trade back
CREATE TABLE idempotency_key (
    idem_key     VARCHAR(128) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    trade_id     BIGINT       NOT NULL,
    created_by   VARCHAR(128) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (idem_key),
    CONSTRAINT fk_idempotency_key_trade FOREIGN KEY (trade_id) REFERENCES trade (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
