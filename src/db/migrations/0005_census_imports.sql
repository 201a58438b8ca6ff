-- Census imports: one row per uploaded file, its state, progress, what it changed and every rejected
-- row (row number, column, typed error).
CREATE TABLE census_imports (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  api_key_id uuid REFERENCES api_keys (id),
  state text NOT NULL CHECK (state IN ('queued', 'processing', 'completed', 'validated', 'failed')),
  dry_run boolean NOT NULL,
  complete boolean NOT NULL,
  termination_date date,
  file_bytes bigint NOT NULL DEFAULT 0,
  rows_total integer,
  rows_done integer NOT NULL DEFAULT 0,
  families_created integer NOT NULL DEFAULT 0,
  families_changed integer NOT NULL DEFAULT 0,
  families_unchanged integer NOT NULL DEFAULT 0,
  families_terminated integer NOT NULL DEFAULT 0,
  error_count integer NOT NULL DEFAULT 0,
  errors jsonb NOT NULL DEFAULT '[]',
  message text,
  reference_number text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX census_imports_group ON census_imports (group_id, created_at);

ALTER TABLE census_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON census_imports USING (enroll_may_reach(organization_id, group_id));
