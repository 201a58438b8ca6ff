-- The family's synced copy lives with each carrier's status (carrier_statuses.synced_record, migration
-- 0014); the family-level column has been written NULL and read by nothing since.
ALTER TABLE subscriber_statuses DROP COLUMN synced_record;
