-- A family's status rows and carrier outbox rows name their subscriber with its organization and
-- group: one foreign key over the three (the subscriber of that organization and group) instead of
-- one per column. Stronger — a row can no longer name a subscriber of another organization or group,
-- which row-level security, reading organization_id, relies on — and one check per row instead of
-- three, on the tables every family change and every import chunk writes.
CREATE UNIQUE INDEX members_family_key ON members (id, organization_id, group_id);

ALTER TABLE subscriber_statuses
  DROP CONSTRAINT subscriber_statuses_subscriber_id_fkey,
  DROP CONSTRAINT subscriber_statuses_organization_id_fkey,
  DROP CONSTRAINT subscriber_statuses_group_id_fkey,
  ADD CONSTRAINT subscriber_statuses_family_fkey FOREIGN KEY (subscriber_id, organization_id, group_id) REFERENCES members (id, organization_id, group_id);

ALTER TABLE carrier_statuses
  DROP CONSTRAINT carrier_statuses_subscriber_id_fkey,
  DROP CONSTRAINT carrier_statuses_organization_id_fkey,
  DROP CONSTRAINT carrier_statuses_group_id_fkey,
  ADD CONSTRAINT carrier_statuses_family_fkey FOREIGN KEY (subscriber_id, organization_id, group_id) REFERENCES members (id, organization_id, group_id);

ALTER TABLE carrier_outbox
  DROP CONSTRAINT carrier_outbox_subscriber_id_fkey,
  DROP CONSTRAINT carrier_outbox_organization_id_fkey,
  DROP CONSTRAINT carrier_outbox_group_id_fkey,
  ADD CONSTRAINT carrier_outbox_family_fkey FOREIGN KEY (subscriber_id, organization_id, group_id) REFERENCES members (id, organization_id, group_id);
