--liquibase formatted sql

--changeset tollgate:screening-001-list-source
--comment: one row per list the suite screens against, with its refresh state
CREATE TABLE list_source (
    source_id             VARCHAR(64)   NOT NULL,
    current_version_id    BIGINT        NULL,
    refresh_url           VARCHAR(1024) NULL,
    etag                  VARCHAR(512)  NULL,
    last_modified         VARCHAR(128)  NULL,
    last_refresh_at       DATETIME(6)   NULL,
    last_refresh_outcome  VARCHAR(32)   NULL,
    last_refresh_detail   VARCHAR(2048) NULL,
    PRIMARY KEY (source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:screening-001-list-version
--comment: an immutable, imported version of one list
CREATE TABLE list_version (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    source_id             VARCHAR(64)   NOT NULL,
    sha256                CHAR(64)      NOT NULL,
    format                VARCHAR(64)   NOT NULL,
    previous_version_id   BIGINT        NULL,
    entity_count          INT           NOT NULL,
    person_count          INT           NOT NULL,
    organization_count    INT           NOT NULL,
    vessel_count          INT           NOT NULL,
    aircraft_count        INT           NOT NULL,
    unknown_count         INT           NOT NULL,
    added_count           INT           NOT NULL,
    removed_count         INT           NOT NULL,
    changed_count         INT           NOT NULL,
    parse_statistics      TEXT          NOT NULL,
    imported_by           VARCHAR(128)  NOT NULL,
    imported_at           DATETIME(6)   NOT NULL,
    origin                VARCHAR(1024) NOT NULL,
    shrink_guard_overridden BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    UNIQUE KEY ux_list_version_content (source_id, sha256),
    KEY ix_list_version_source (source_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:screening-001-listed-entity
--comment: the current state of every entity ever listed, keyed by (source, source id); removed ones stay, flagged
CREATE TABLE listed_entity (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    source_id             VARCHAR(64)   NOT NULL,
    source_entity_id      VARCHAR(191)  NOT NULL,
    entity_type           VARCHAR(16)   NOT NULL,
    primary_name          VARCHAR(1024) NOT NULL,
    content_hash          CHAR(64)      NOT NULL,
    listed                BOOLEAN       NOT NULL,
    first_version_id      BIGINT        NOT NULL,
    last_changed_version_id BIGINT      NOT NULL,
    removed_version_id    BIGINT        NULL,
    content               MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_listed_entity_source (source_id, source_entity_id),
    KEY ix_listed_entity_listed (listed, source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:screening-001-list-change
--comment: the record-level delta of each version; its id is the cursor of the change feed
CREATE TABLE list_change (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version_id            BIGINT        NOT NULL,
    source_id             VARCHAR(64)   NOT NULL,
    entity_id             BIGINT        NOT NULL,
    source_entity_id      VARCHAR(191)  NOT NULL,
    change_type           VARCHAR(16)   NOT NULL,
    changed_fields        VARCHAR(1024) NULL,
    previous_hash         CHAR(64)      NULL,
    content_hash          CHAR(64)      NULL,
    previous_content      MEDIUMTEXT    NULL,
    PRIMARY KEY (id),
    KEY ix_list_change_version (version_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:screening-001-list-import-attempt
--comment: every import and refresh attempt, accepted or rejected, with who asked and why it was refused
CREATE TABLE list_import_attempt (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    source_id             VARCHAR(64)   NOT NULL,
    sha256                CHAR(64)      NULL,
    outcome               VARCHAR(32)   NOT NULL,
    detail                VARCHAR(2048) NULL,
    version_id            BIGINT        NULL,
    forced                BOOLEAN       NOT NULL DEFAULT FALSE,
    origin                VARCHAR(1024) NOT NULL,
    requested_by          VARCHAR(128)  NOT NULL,
    requested_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_list_import_attempt_source (source_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:screening-001-screening
--comment: every screening, stored for audit: request, normalised form, list versions, caller, time
CREATE TABLE screening (
    id                    CHAR(36)      NOT NULL,
    requested_by          VARCHAR(128)  NOT NULL,
    requested_at          DATETIME(6)   NOT NULL,
    query_name            VARCHAR(1024) NOT NULL,
    query_type            VARCHAR(16)   NOT NULL,
    request               TEXT          NOT NULL,
    normalized            TEXT          NOT NULL,
    threshold             DECIMAL(6,4)  NOT NULL,
    list_versions         VARCHAR(2048) NOT NULL,
    hit_count             INT           NOT NULL,
    best_score            DECIMAL(6,4)  NULL,
    batch_id              CHAR(36)      NULL,
    PRIMARY KEY (id),
    KEY ix_screening_time (requested_at),
    KEY ix_screening_batch (batch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset tollgate:screening-001-screening-hit
--comment: the hits of a screening with their scores and explanations, best first
CREATE TABLE screening_hit (
    screening_id          CHAR(36)      NOT NULL,
    hit_rank              SMALLINT      NOT NULL,
    entity_id             BIGINT        NOT NULL,
    source_id             VARCHAR(64)   NOT NULL,
    source_entity_id      VARCHAR(191)  NOT NULL,
    entity_content_hash   CHAR(64)      NOT NULL,
    score                 DECIMAL(6,4)  NOT NULL,
    matched_name          VARCHAR(1024) NOT NULL,
    explanation           TEXT          NOT NULL,
    PRIMARY KEY (screening_id, hit_rank),
    KEY ix_screening_hit_entity (entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
