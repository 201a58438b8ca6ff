-- Inbound 834 imports: one row per uploaded file. Like census_imports, plus what the file is (BGN08,
-- sponsor, group number), what it implied that the group lacked (`missing`) and what the import
-- created for it (`created`). group_id and coverage_period_id stay null until the import has created
-- them (a file whose group is created on import).
CREATE TABLE x12_imports (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid REFERENCES groups (id),
  coverage_period_id uuid REFERENCES coverage_periods (id),
  api_key_id uuid REFERENCES api_keys (id),
  state text NOT NULL CHECK (state IN ('queued', 'processing', 'completed', 'validated', 'failed')),
  dry_run boolean NOT NULL,
  create_missing boolean NOT NULL,
  action_code text NOT NULL,
  complete boolean NOT NULL,
  termination_date date,
  sponsor jsonb NOT NULL,
  carrier_group_number text,
  file_bytes bigint NOT NULL DEFAULT 0,
  members_total integer,
  members_done integer NOT NULL DEFAULT 0,
  families_created integer NOT NULL DEFAULT 0,
  families_changed integer NOT NULL DEFAULT 0,
  families_unchanged integer NOT NULL DEFAULT 0,
  families_terminated integer NOT NULL DEFAULT 0,
  to_create jsonb NOT NULL DEFAULT '{}',
  missing jsonb NOT NULL DEFAULT '{"group": null, "coverage_periods": [], "plans": []}',
  created jsonb NOT NULL DEFAULT '{"group": null, "coverage_periods": [], "plans": []}',
  error_count integer NOT NULL DEFAULT 0,
  errors jsonb NOT NULL DEFAULT '[]',
  message text,
  reference_number text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX x12_imports_group ON x12_imports (group_id, created_at);
CREATE INDEX x12_imports_organization ON x12_imports (organization_id, created_at);

ALTER TABLE x12_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON x12_imports USING (enroll_may_reach(organization_id, group_id));
