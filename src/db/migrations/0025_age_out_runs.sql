-- The daily age-out job (issue 15): one row per group and day, written in the transaction that ends
-- the coverage of the group's dependents past the age limit. The primary key makes the day's run
-- happen once: a second worker's insert waits for the first's transaction and then finds the row (a
-- run that crashed rolled back its row with its changes, so the next pass runs it again).
CREATE TABLE age_out_runs (
  group_id uuid NOT NULL REFERENCES groups (id),
  run_date date NOT NULL,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  -- Dependents whose coverage the run ended (age_out events recorded).
  dependents_aged_out integer NOT NULL DEFAULT 0,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (group_id, run_date)
);
CREATE INDEX age_out_runs_date ON age_out_runs (run_date);

ALTER TABLE age_out_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON age_out_runs USING (enroll_may_reach(organization_id, group_id));
