-- The enrollment domain: groups and who may reach them, carriers, coverage periods and plans,
-- members (subscribers and dependents), qualifying life events, plan elections, effective-dated
-- coverages, and acknowledgements.
--
-- Rows of a group belong to the group's owner (organization_id) and carry group_id, so that a
-- broker or administrator granted the group reaches them through the policy below.

CREATE TABLE groups (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  external_identifier text NOT NULL,
  name text NOT NULL,
  employer jsonb NOT NULL,
  primary_location jsonb NOT NULL,
  secondary_locations jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'terminated')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organization_id, external_identifier)
);

CREATE TABLE access_grants (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id), -- the group's owner, who granted it
  group_id uuid NOT NULL REFERENCES groups (id),
  grantee_organization_id uuid NOT NULL REFERENCES organizations (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE UNIQUE INDEX access_grants_active ON access_grants (group_id, grantee_organization_id) WHERE revoked_at IS NULL;
CREATE INDEX access_grants_grantee ON access_grants (grantee_organization_id) WHERE revoked_at IS NULL;

-- The caller reaches a group's rows when it owns the group or holds a live grant for it.
CREATE FUNCTION enroll_may_reach(owner uuid, group_id uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT owner = enroll_current_organization()
      OR EXISTS (
        SELECT 1 FROM access_grants g
        WHERE g.group_id = enroll_may_reach.group_id
          AND g.grantee_organization_id = enroll_current_organization()
          AND g.revoked_at IS NULL)
  $$;

CREATE TABLE carriers (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  payer_identifier text NOT NULL,
  interchange jsonb NOT NULL,
  connection jsonb NOT NULL,
  line_of_coverage_codes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE coverage_periods (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  carrier_group_number text NOT NULL,
  coverage_start_date date NOT NULL,
  coverage_end_date date NOT NULL,
  open_enrollment_start_date date,
  open_enrollment_end_date date,
  termination_rule text NOT NULL DEFAULT 'end_of_month' CHECK (termination_rule IN ('end_of_month', 'event_date')),
  birth_enrollment_window_days integer NOT NULL DEFAULT 60 CHECK (birth_enrollment_window_days BETWEEN 0 AND 366),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (coverage_end_date >= coverage_start_date)
);
CREATE INDEX coverage_periods_group ON coverage_periods (group_id);

CREATE TABLE plans (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  external_identifier text NOT NULL,
  description text NOT NULL,
  product_line text NOT NULL,
  product_type text,
  plan_identifier text,
  voluntary boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (coverage_period_id, external_identifier)
);

-- Subscribers and dependents are members; a dependent points at its subscriber.
CREATE TABLE members (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  subscriber_id uuid REFERENCES members (id),
  subscriber_relationship text NOT NULL,
  external_identifier text NOT NULL,
  location_id text,
  first_name text NOT NULL,
  middle_name text,
  last_name text NOT NULL,
  suffix text,
  ssn_sealed text,           -- AES-256-GCM, never plain
  ssn_last4 text,
  gender text,
  birth_date date,
  marital_status text,
  residential_address jsonb,
  mailing_address jsonb,
  emails jsonb NOT NULL DEFAULT '[]',
  phone_numbers jsonb NOT NULL DEFAULT '[]',
  employment_details jsonb,
  handicapped boolean,
  tobacco_use boolean,
  removed_on date,           -- a dependent no longer attached to the subscriber
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((subscriber_id IS NULL) = (subscriber_relationship = 'self'))
);
CREATE UNIQUE INDEX members_subscriber_external ON members (group_id, external_identifier) WHERE subscriber_id IS NULL;
CREATE UNIQUE INDEX members_dependent_external ON members (subscriber_id, external_identifier) WHERE subscriber_id IS NOT NULL;
CREATE INDEX members_subscriber ON members (subscriber_id);

-- The carrier-facing status of a subscriber (and its family): pending → submitted → synced | errors.
CREATE TABLE subscriber_statuses (
  subscriber_id uuid PRIMARY KEY REFERENCES members (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  status text NOT NULL CHECK (status IN ('pending', 'submitted', 'synced', 'errors')),
  status_at timestamptz NOT NULL DEFAULT now(),
  errors jsonb NOT NULL DEFAULT '[]',
  synced_record jsonb
);
CREATE INDEX subscriber_statuses_group ON subscriber_statuses (group_id, status);

CREATE TABLE qualifying_life_events (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  subscriber_id uuid NOT NULL REFERENCES members (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  event text NOT NULL,
  event_date date NOT NULL,
  eligibility_start_date date,
  external_identifier text,
  member_id uuid REFERENCES members (id),
  plan_elections jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'submitted', 'synced', 'errors')),
  status_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX qualifying_life_events_subscriber ON qualifying_life_events (subscriber_id, created_at);

CREATE TABLE plan_elections (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  qualifying_life_event_id uuid NOT NULL REFERENCES qualifying_life_events (id),
  subscriber_id uuid NOT NULL REFERENCES members (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  product_line text NOT NULL,
  plan_id uuid REFERENCES plans (id),
  type text NOT NULL CHECK (type IN ('election', 'waiver')),
  waiver_reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_elections_subscriber ON plan_elections (subscriber_id, coverage_period_id, product_line);

-- Effective-dated coverage. A row is never rewritten: a change supersedes it (superseded_at) and
-- inserts its successor (replaces_id). The current view is `superseded_at IS NULL`; who was covered
-- on date D is a range query on it, and every earlier version stays for the record.
CREATE TABLE coverages (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  subscriber_id uuid NOT NULL REFERENCES members (id),
  member_id uuid NOT NULL REFERENCES members (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  plan_id uuid NOT NULL REFERENCES plans (id),
  product_line text NOT NULL,
  status text NOT NULL CHECK (status IN ('employer_sponsored', 'cobra')),
  start_date date NOT NULL,
  end_date date,
  volume numeric,
  plan_election_id uuid REFERENCES plan_elections (id),
  qualifying_life_event_id uuid REFERENCES qualifying_life_events (id),
  replaces_id uuid REFERENCES coverages (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  superseded_at timestamptz,
  superseded_by_event_id uuid REFERENCES qualifying_life_events (id)
);
CREATE INDEX coverages_current ON coverages (subscriber_id, product_line) WHERE superseded_at IS NULL;
CREATE INDEX coverages_member ON coverages (member_id);

-- One reference number for a submission, one per person and one per coverage item in it.
CREATE TABLE acknowledgements (
  reference_number text PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid REFERENCES groups (id),
  submission_reference text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('submission', 'person', 'coverage')),
  resource_type text NOT NULL,
  resource_id uuid NOT NULL,
  member_id uuid,
  product_line text,
  action text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX acknowledgements_submission ON acknowledgements (submission_reference);

-- Row-level security: owned-by-organization tables, and group tables reachable through grants.
ALTER TABLE carriers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON carriers USING (organization_id = enroll_current_organization());
-- A carrier is also readable (never writable) by whoever reaches a group with a coverage period on it:
-- building that group's 834 needs the carrier's envelope settings. The API's queries still show
-- carriers only to their owner.
CREATE POLICY reached_through_coverage_period ON carriers FOR SELECT USING (EXISTS (
  SELECT 1 FROM coverage_periods p WHERE p.carrier_id = carriers.id AND enroll_may_reach(p.organization_id, p.group_id)));

ALTER TABLE access_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON access_grants
  USING (organization_id = enroll_current_organization() OR grantee_organization_id = enroll_current_organization())
  WITH CHECK (organization_id = enroll_current_organization());

ALTER TABLE groups ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON groups USING (enroll_may_reach(organization_id, id));

ALTER TABLE coverage_periods ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON coverage_periods USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plans USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON members USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE subscriber_statuses ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON subscriber_statuses USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE qualifying_life_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON qualifying_life_events USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE plan_elections ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plan_elections USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE coverages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON coverages USING (enroll_may_reach(organization_id, group_id));

-- An acknowledgement is the submitter's: a grantee sees the ones it made in the groups it reaches.
ALTER TABLE acknowledgements ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON acknowledgements USING (organization_id = enroll_current_organization());
