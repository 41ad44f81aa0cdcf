--liquibase formatted sql

--changeset tollgate:trade-009-workbench-indexes
--comment: the workbench's trade search: by status or corridor newest first, and by reference prefix, without a sort of every match
CREATE INDEX ix_trade_status_id ON trade (status, id);
CREATE INDEX ix_trade_corridor_id ON trade (corridor, id);
CREATE INDEX ix_trade_reference ON trade (reference);
