--liquibase formatted sql

--changeset tollgate:reporting-001-report-run
--comment: every report produced, so a filed report can be reproduced and proven unchanged
CREATE TABLE report_run (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    report_name   VARCHAR(64)  NOT NULL,
    parameters    TEXT         NOT NULL,
    data_cutoff   DATETIME(6)  NOT NULL,
    row_count     INT          NOT NULL,
    content_sha256 CHAR(64)    NOT NULL,
    format        VARCHAR(16)  NOT NULL,
    requested_by  VARCHAR(128) NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_report_run_name_time (report_name, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
