--liquibase formatted sql

-- Reporting's read-only contract on screenings and list versions. Reporting reads these views only (the deploy
-- grants SELECT on them and nothing else in this schema); base tables may change, these may not without a new version.
-- No subquery in a select list: MySQL would stop merging the view into the query that reads it.

--changeset tollgate:screening-003-report-screening-v runOnChange:true
--comment: every stored screening: when, by whom, what kind of query, threshold, hits; never the screened name
CREATE OR REPLACE VIEW report_screening_v AS
SELECT s.id            AS screening_id,
       s.requested_by  AS requested_by,
       s.requested_at  AS requested_at,
       s.query_type    AS query_type,
       s.threshold     AS threshold,
       s.hit_count     AS hit_count,
       s.best_score    AS best_score,
       s.batch_id      AS batch_id,
       s.list_versions AS list_versions
FROM screening s;

--changeset tollgate:screening-003-report-list-version-v runOnChange:true
--comment: every imported list version with its counts and delta sizes; is_current: the version screening uses now
CREATE OR REPLACE VIEW report_list_version_v AS
SELECT v.id                      AS version_id,
       v.source_id               AS source_id,
       v.sha256                  AS sha256,
       v.format                  AS format,
       v.previous_version_id     AS previous_version_id,
       v.entity_count            AS entity_count,
       v.added_count             AS added_count,
       v.removed_count           AS removed_count,
       v.changed_count           AS changed_count,
       v.imported_by             AS imported_by,
       v.imported_at             AS imported_at,
       v.shrink_guard_overridden AS shrink_guard_overridden,
       CASE WHEN s.current_version_id = v.id THEN TRUE ELSE FALSE END AS is_current
FROM list_version v
LEFT JOIN list_source s ON s.source_id = v.source_id;

--changeset tollgate:screening-003-report-list-change-v runOnChange:true
--comment: the record-level delta of every version (ADDED, CHANGED, REMOVED) with the entity's type, primary name and
--comment: sanctions programs (a JSON array, from the entity's latest stored content); content_hash is the hash a
--comment: screening hit (and so a trade alert) carries, which ties an alert to the version that introduced that content
CREATE OR REPLACE VIEW report_list_change_v AS
SELECT c.id               AS change_id,
       c.version_id       AS version_id,
       c.source_id        AS source_id,
       c.entity_id        AS entity_id,
       c.source_entity_id AS source_entity_id,
       c.change_type      AS change_type,
       c.changed_fields   AS changed_fields,
       c.previous_hash    AS previous_hash,
       c.content_hash     AS content_hash,
       e.entity_type      AS entity_type,
       e.primary_name     AS primary_name,
       JSON_EXTRACT(e.content, '$.programs') AS entity_programs
FROM list_change c
JOIN listed_entity e ON e.id = c.entity_id;

--changeset tollgate:screening-003-list-change-entity-index
--comment: reporting joins trade alerts (entity id, content hash) to the change that introduced that content
CREATE INDEX ix_list_change_entity ON list_change (entity_id, content_hash);
