-- A pipeline that never stalls: each carrier and coverage period is a queue of its own that backs off
-- on its own schedule when its files cannot be built (bad carrier or period settings), and a family
-- whose loops cannot be written is taken out of the file with its errors recorded here, so the rest
-- of the batch is sent.

-- One row per coverage period the worker has served: when it last built a file (queues are served
-- least recently built first, so a backlog takes turns with everyone else) and, while its files cannot
-- be built, how often that failed, why, and when to try again.
CREATE TABLE transmission_queues (
  coverage_period_id uuid PRIMARY KEY REFERENCES coverage_periods (id),
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  last_built_at timestamptz,
  failures integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  errors jsonb NOT NULL DEFAULT '[]',
  failed_at timestamptz
);
CREATE INDEX transmission_queues_carrier ON transmission_queues (carrier_id);
CREATE INDEX transmission_queues_group ON transmission_queues (group_id);

-- Families the worker could not put into a file, with the typed errors that say what to correct.
CREATE TABLE transmission_failures (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  subscriber_id uuid NOT NULL REFERENCES members (id),
  errors jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transmission_failures_period ON transmission_failures (coverage_period_id, created_at);

ALTER TABLE transmission_queues ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON transmission_queues USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE transmission_failures ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON transmission_failures USING (enroll_may_reach(organization_id, group_id));
