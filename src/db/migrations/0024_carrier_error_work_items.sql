-- Carrier errors as work items (issue 13): each error of a coverage period — a family the carrier
-- rejected (file_delivery_subscribers, result rejected) or one we could not write into a file
-- (transmission_failures) — has an id, can be commented, resolved and reopened. The error rows stay
-- where they are; a rejected family's row gets its error id when the rejection is recorded, and the
-- work-item state lives apart (no row = open), so the write paths of files and answers are unchanged
-- but for that id.
ALTER TABLE file_delivery_subscribers ADD COLUMN error_id uuid;
UPDATE file_delivery_subscribers SET error_id = gen_random_uuid() WHERE result = 'rejected';
CREATE UNIQUE INDEX file_delivery_subscribers_error ON file_delivery_subscribers (error_id) WHERE error_id IS NOT NULL;
CREATE INDEX transmission_failures_subscriber ON transmission_failures (subscriber_id);

CREATE TABLE carrier_error_resolutions (
  error_id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  status text NOT NULL CHECK (status IN ('open', 'resolved')),
  resolution text CHECK (resolution IN ('fixed_here', 'carrier_will_fix', 'dismissed')),
  resolution_note text,
  resolved_at timestamptz,
  -- 'system': the family synced with the carrier later (the carrier accepted a newer file).
  resolved_by text CHECK (resolved_by IN ('user', 'system')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE carrier_error_comments (
  id uuid PRIMARY KEY,
  error_id uuid NOT NULL,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  api_key_id uuid,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX carrier_error_comments_error ON carrier_error_comments (error_id, id);

ALTER TABLE carrier_error_resolutions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON carrier_error_resolutions USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE carrier_error_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON carrier_error_comments USING (enroll_may_reach(organization_id, group_id));

-- Resend (issue 13): a file built again for a rejected or failed one names the file it replaces.
ALTER TABLE file_deliveries ADD COLUMN resent_from_id uuid REFERENCES file_deliveries (id);
