-- Reconciliation (issue 13): a carrier's full file compared with what we hold for a coverage period,
-- nothing applied. A run (reconciliations) finds differences; each difference is a work item
-- (discrepancies), one per coverage period and key (type, member, line, field), kept across runs: a
-- later run that no longer finds it resolves it, one that finds a dismissed one leaves it resolved.
-- What each run found, with the values it saw, is reconciliation_findings.
CREATE TABLE reconciliations (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  api_key_id uuid,
  source text NOT NULL CHECK (source IN ('x12_834')),
  status text NOT NULL CHECK (status IN ('completed')),
  as_of date NOT NULL,
  file_reference text,
  members_in_file integer NOT NULL,
  counts jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reconciliations_period ON reconciliations (coverage_period_id, id);

CREATE TABLE discrepancies (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  key text NOT NULL,
  type text NOT NULL,
  member_id uuid,
  subscriber_id uuid,
  carrier_member text,
  line text,
  field text,
  our_value text,
  carrier_value text,
  last_file_delivery_id uuid,
  status text NOT NULL CHECK (status IN ('open', 'resolved')),
  resolution text CHECK (resolution IN ('fixed_here', 'carrier_will_fix', 'dismissed', 'no_longer_found')),
  resolution_note text,
  resolved_at timestamptz,
  first_reconciliation_id uuid NOT NULL REFERENCES reconciliations (id),
  last_reconciliation_id uuid NOT NULL REFERENCES reconciliations (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (coverage_period_id, key)
);
CREATE INDEX discrepancies_period_status ON discrepancies (coverage_period_id, status, id);

CREATE TABLE reconciliation_findings (
  reconciliation_id uuid NOT NULL REFERENCES reconciliations (id),
  discrepancy_id uuid NOT NULL REFERENCES discrepancies (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  our_value text,
  carrier_value text,
  PRIMARY KEY (reconciliation_id, discrepancy_id)
);

CREATE TABLE discrepancy_comments (
  id uuid PRIMARY KEY,
  discrepancy_id uuid NOT NULL REFERENCES discrepancies (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  api_key_id uuid,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX discrepancy_comments_discrepancy ON discrepancy_comments (discrepancy_id, id);

ALTER TABLE reconciliations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON reconciliations USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE discrepancies ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON discrepancies USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE reconciliation_findings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON reconciliation_findings USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE discrepancy_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON discrepancy_comments USING (enroll_may_reach(organization_id, group_id));
