--liquibase formatted sql

--changeset tollgate:trade-004-alert-subject-hash
--comment: fingerprint of the screened party data, so a released false positive is not raised again until either side changes
ALTER TABLE trade_alert ADD COLUMN subject_hash CHAR(64) NULL;
CREATE INDEX ix_trade_alert_subject ON trade_alert (subject_hash, entity_id);
