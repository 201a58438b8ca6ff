-- Renewal (issue 15): the next plan year's coverage period made from this one, with its plans mapped
-- old -> new, and every current election rolled forward (passive renewal) by a job in the database,
-- one transaction per chunk of families. A family that already has coverage in the new period (its
-- own open-enrollment election) is left as it is. The renewal row holds the mapping and the counts.
CREATE TABLE renewals (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  from_coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  api_key_id uuid,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'processing', 'completed', 'failed')),
  -- [{from_plan_id, to_plan_id | null}]: where each old plan's elections go (null: not renewed).
  plan_mapping jsonb NOT NULL,
  families_total integer NOT NULL DEFAULT 0,
  families_renewed integer NOT NULL DEFAULT 0,
  families_skipped integer NOT NULL DEFAULT 0,
  coverages_renewed integer NOT NULL DEFAULT 0,
  coverages_not_renewed integer NOT NULL DEFAULT 0,
  -- Keyset cursor: the last subscriber a committed chunk renewed; a rerun resumes after it.
  last_subscriber_id uuid,
  message text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  UNIQUE (from_coverage_period_id)
);
ALTER TABLE renewals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON renewals USING (enroll_may_reach(organization_id, group_id));

ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_kind_check;
ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_kind_check CHECK (kind IN ('census', 'x12', 'renewal'));
