--liquibase formatted sql

--changeset tollgate:trade-008-partial-birth-dates
--comment: a party's birth date as the clerk gave it: YYYY, YYYY-MM or YYYY-MM-DD (clerks and lists often know only the year); stored dates keep their YYYY-MM-DD text. No report view reads it.
ALTER TABLE trade_party MODIFY birth_date VARCHAR(10) NULL;
