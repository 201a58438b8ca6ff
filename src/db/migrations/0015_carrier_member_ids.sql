-- The member ids carriers assign: one per member and carrier, kept from the carrier's result files and
-- from 834s imported into a coverage period of that carrier, and sent back in REF*ZZ of loop 2000 of
-- every later 834 to it. The latest id the carrier gave wins. group_id is the member's, for the
-- tenant policy (the group's owner and its grantees reach it, like the files it travels in).
CREATE TABLE carrier_member_ids (
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  member_id uuid NOT NULL REFERENCES members (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  carrier_member_id text NOT NULL CHECK (length(carrier_member_id) BETWEEN 1 AND 80),
  source text NOT NULL CHECK (source IN ('result', 'x12_import')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (carrier_id, member_id)
);
CREATE INDEX carrier_member_ids_member ON carrier_member_ids (member_id);

ALTER TABLE carrier_member_ids ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON carrier_member_ids USING (enroll_may_reach(organization_id, group_id));
