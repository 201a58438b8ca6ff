-- Foundation: organizations, API keys, the audit log, idempotency records, and the role and
-- row-level security that confine every tenant transaction to its own organization.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'enroll_app') THEN
    CREATE ROLE enroll_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database of the same cluster created it at the same moment
END $$;

-- The connecting user must be able to SET ROLE enroll_app (a superuser can anyway).
DO $$
BEGIN
  EXECUTE format('GRANT enroll_app TO %I', current_user);
EXCEPTION WHEN others THEN
  NULL;
END $$;

GRANT USAGE ON SCHEMA public TO enroll_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO enroll_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO enroll_app;

CREATE FUNCTION enroll_current_organization() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('enroll.organization_id', true), '')::uuid $$;

CREATE TABLE organizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('employer', 'broker', 'administrator', 'partner', 'platform')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name));

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  -- The public part of the key, used to find it; the secret is kept only as a SHA-256 hash.
  prefix text NOT NULL UNIQUE,
  secret_hash text NOT NULL,
  scopes text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_organization ON api_keys (organization_id);

CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  api_key_id uuid REFERENCES api_keys (id),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  resource_type text NOT NULL,
  resource_id text NOT NULL,
  action text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_events_organization ON audit_events (organization_id, id);

CREATE TABLE idempotency_keys (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  response_status integer NOT NULL,
  response_body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, key)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON organizations, api_keys, idempotency_keys TO enroll_app;
-- The audit log is append-only for the application.
GRANT SELECT, INSERT ON audit_events TO enroll_app;
REVOKE UPDATE, DELETE ON audit_events FROM enroll_app;

ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON organizations USING (id = enroll_current_organization());
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON api_keys USING (organization_id = enroll_current_organization());
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON audit_events USING (organization_id = enroll_current_organization());
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON idempotency_keys USING (organization_id = enroll_current_organization());
