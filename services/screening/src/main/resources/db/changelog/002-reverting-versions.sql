--liquibase formatted sql

--changeset tollgate:screening-002-list-version-content-not-unique
--comment: a publication equal to an older version (a list reverted) is a new version with its own delta,
--comment: so the content hash is no longer unique per source; identical-to-current is checked by the service
ALTER TABLE list_version DROP INDEX ux_list_version_content;
CREATE INDEX ix_list_version_content ON list_version (source_id, sha256);
