-- Status per carrier: a family's carrier-facing status is kept for each coverage period (one carrier's
-- file) it has coverage in, with that carrier's errors and the synced copy it accepted. The family's
-- own status (subscriber_statuses) is derived from these: synced only when every carrier it has
-- coverage with has accepted its latest change, errors when any carrier rejected it.
CREATE TABLE carrier_statuses (
  subscriber_id uuid NOT NULL REFERENCES members (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  status text NOT NULL CHECK (status IN ('pending', 'submitted', 'synced', 'errors')),
  status_at timestamptz NOT NULL DEFAULT now(),
  errors jsonb NOT NULL DEFAULT '[]',
  -- The subscriber as the API shows it, as it stood in the file this carrier accepted (SSNs masked).
  synced_record jsonb,
  synced_at timestamptz,
  PRIMARY KEY (subscriber_id, coverage_period_id)
);
ALTER TABLE carrier_statuses ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON carrier_statuses USING (enroll_may_reach(organization_id, group_id));

-- The subscriber as the API showed it when the file was built: what becomes the synced copy.
ALTER TABLE file_delivery_subscribers ADD COLUMN subscriber_view jsonb;

-- Families on file before this migration: their one status stands for each carrier they have coverage
-- with (the old synced copy was the 834's record, not the API's shape, so it is not carried over).
INSERT INTO carrier_statuses (subscriber_id, coverage_period_id, carrier_id, organization_id, group_id, status, status_at, errors)
SELECT DISTINCT s.subscriber_id, c.coverage_period_id, p.carrier_id, s.organization_id, s.group_id, s.status, s.status_at, s.errors
FROM subscriber_statuses s
JOIN coverages c ON c.subscriber_id = s.subscriber_id AND c.superseded_at IS NULL
JOIN coverage_periods p ON p.id = c.coverage_period_id;
UPDATE subscriber_statuses SET synced_record = NULL;

-- A 997 (functional acknowledgement) is read by its own rules, and recorded as what it is.
ALTER TABLE inbound_files DROP CONSTRAINT inbound_files_kind_check;
ALTER TABLE inbound_files ADD CONSTRAINT inbound_files_kind_check CHECK (kind IN ('999', '997', 'ta1', 'results', 'unknown'));
