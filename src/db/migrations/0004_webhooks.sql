-- Webhooks: endpoints an organization registers, the events our changes cause (written in the same
-- transaction as the change), one delivery per endpoint and event, and every attempt at it. The worker
-- delivers outside any tenant, as the owner role; the API reads through tenant transactions.

-- UUIDv7 made in SQL (PostgreSQL 15 has no uuidv7()): delivery rows are made by the fan-out below,
-- and ids ordered by creation time keep cursor pagination in creation order.
CREATE FUNCTION enroll_uuid_v7() RETURNS uuid
  LANGUAGE sql VOLATILE
  AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
      PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
      52, 1), 53, 1), 'hex')::uuid
  $$;

CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  url text NOT NULL,
  description text NOT NULL DEFAULT '',
  events text[] NOT NULL,
  -- The signing secret must be used to sign, so it cannot be hashed: sealed like personal data.
  secret_sealed text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  disabled_reason text,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_organization ON webhook_endpoints (organization_id, id);

-- An event belongs to the organization that owns what changed; group_id says which group, so the
-- organizations granted that group hear about it too. The payload is thin: ids and statuses only.
CREATE TABLE events (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid REFERENCES groups (id),
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_organization ON events (organization_id, id);

-- One row per endpoint and event, owned by the endpoint's organization. Leased like file_deliveries.
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT enroll_uuid_v7(),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id uuid NOT NULL REFERENCES events (id),
  event_type text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);

CREATE TABLE webhook_delivery_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  attempted_at timestamptz NOT NULL DEFAULT now(),
  http_status integer,
  latency_ms integer NOT NULL,
  error text
);
CREATE INDEX webhook_delivery_attempts_delivery ON webhook_delivery_attempts (delivery_id, id);

-- Recording an event and fanning it out to the subscribed endpoints, in the caller's transaction.
-- SECURITY DEFINER because a grantee's change (a broker editing a granted group's subscriber) must
-- reach the owner's endpoints, which row-level security rightly hides from the grantee. The function
-- checks the caller may reach what the event is about; outside any tenant (the worker) it may.
CREATE FUNCTION enroll_record_event(
  p_event_id uuid, p_organization_id uuid, p_group_id uuid, p_type text, p_payload jsonb, p_created_at timestamptz, p_endpoint_id uuid
) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    fanned integer;
  BEGIN
    IF enroll_current_organization() IS NOT NULL AND NOT enroll_may_reach(p_organization_id, p_group_id) THEN
      RAISE EXCEPTION 'enroll: an event about what this organization does not reach' USING ERRCODE = '42501';
    END IF;
    INSERT INTO events (id, organization_id, group_id, type, payload, created_at)
      VALUES (p_event_id, p_organization_id, p_group_id, p_type, p_payload, p_created_at);
    INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_id, event_type)
      SELECT e.organization_id, e.id, p_event_id, p_type
      FROM webhook_endpoints e
      WHERE CASE
        -- A test ping goes to the one endpoint tested, whatever it subscribes to.
        WHEN p_endpoint_id IS NOT NULL THEN e.id = p_endpoint_id AND e.organization_id = p_organization_id
          AND (enroll_current_organization() IS NULL OR e.organization_id = enroll_current_organization())
        ELSE e.enabled AND p_type = ANY (e.events)
          AND (e.organization_id = p_organization_id
            OR (p_group_id IS NOT NULL AND e.organization_id IN (
              SELECT g.grantee_organization_id FROM access_grants g WHERE g.group_id = p_group_id AND g.revoked_at IS NULL)))
      END
      ORDER BY e.id;
    GET DIAGNOSTICS fanned = ROW_COUNT;
    RETURN fanned;
  END
  $$;

-- Events and deliveries are written only by enroll_record_event and the worker: read-only for the app.
REVOKE INSERT, UPDATE, DELETE ON events, webhook_deliveries, webhook_delivery_attempts FROM enroll_app;

ALTER TABLE webhook_endpoints ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook_endpoints USING (organization_id = enroll_current_organization());
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON events USING (organization_id = enroll_current_organization());
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook_deliveries USING (organization_id = enroll_current_organization());
ALTER TABLE webhook_delivery_attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook_delivery_attempts USING (organization_id = enroll_current_organization());
