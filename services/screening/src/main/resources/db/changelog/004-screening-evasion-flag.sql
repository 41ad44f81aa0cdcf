--liquibase formatted sql

--changeset tollgate:screening-004-evasion-characters
--comment: a screening whose name hid behind invisible, bidirectional or confusable characters is flagged (issue 21)
ALTER TABLE screening ADD COLUMN evasion_characters BOOLEAN NOT NULL DEFAULT FALSE;
