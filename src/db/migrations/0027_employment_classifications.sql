-- Benefit classes and eligibility rules (issue 15, item 1).
-- employment_classifications: a group's classes (Ideon's employment classifications).
-- subscriber_classifications: which class a subscriber is in, from which day: effective-dated history,
-- never updated in place (a change of class is a new row; the row in force on day D is the latest
-- with effective_date <= D).
-- eligibility_rules: per coverage period and class (class NULL: the period's default rule, for
-- subscribers whose class has no rule of its own), the plans the class may elect, the minimum weekly
-- hours and the waiting period after the date of hire.
CREATE TABLE employment_classifications (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  external_identifier text NOT NULL,
  carrier_identifier text,
  description text,
  type text,
  start_date date,
  end_date date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (group_id, external_identifier),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE subscriber_classifications (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  subscriber_id uuid NOT NULL REFERENCES members (id),
  employment_classification_id uuid NOT NULL REFERENCES employment_classifications (id),
  effective_date date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- One class per subscriber and day: a second assignment on the same day replaces nothing, it is refused.
  UNIQUE (subscriber_id, effective_date)
);

CREATE TABLE eligibility_rules (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  employment_classification_id uuid REFERENCES employment_classifications (id),
  -- NULL: any plan of the period; otherwise the only plans the class may elect.
  plan_ids jsonb,
  minimum_hours_per_week numeric CHECK (minimum_hours_per_week BETWEEN 0 AND 168),
  waiting_period_type text CHECK (waiting_period_type IN ('first_of_month_after', 'date_of_hire', 'after_days')),
  waiting_period_days integer CHECK (waiting_period_days BETWEEN 0 AND 730),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One rule per period and class, and one default rule per period.
CREATE UNIQUE INDEX eligibility_rules_period_class ON eligibility_rules (coverage_period_id, employment_classification_id) WHERE employment_classification_id IS NOT NULL;
CREATE UNIQUE INDEX eligibility_rules_period_default ON eligibility_rules (coverage_period_id) WHERE employment_classification_id IS NULL;

ALTER TABLE employment_classifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON employment_classifications USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE subscriber_classifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON subscriber_classifications USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE eligibility_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON eligibility_rules USING (enroll_may_reach(organization_id, group_id));
