--liquibase formatted sql

--changeset tollgate:trade-003-alert-decision
--comment: every decision on an alert, with who took it in which role and why (four eyes: two rows per release)
CREATE TABLE alert_decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    alert_id    BIGINT        NOT NULL,
    outcome     VARCHAR(24)   NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    decided_by  VARCHAR(128)  NOT NULL,
    decided_as  VARCHAR(24)   NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_alert_decision_alert (alert_id, id),
    CONSTRAINT fk_alert_decision_alert FOREIGN KEY (alert_id) REFERENCES trade_alert (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
