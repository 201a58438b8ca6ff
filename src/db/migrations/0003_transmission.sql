-- Carrier transmission: the outbox of changes bound for carriers, the files (deliveries) built from
-- it with their persisted control numbers, the members each file carried, and the carrier's inbound
-- answers. The worker runs outside any tenant (it serves every organization), so these tables are
-- read by the API through tenant transactions and written by the worker as the owner role.

-- One row per change to a family that a carrier must hear about, written in the same transaction as
-- the change. A delivery claims rows by setting delivery_id.
CREATE TABLE carrier_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  subscriber_id uuid NOT NULL REFERENCES members (id),
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  qualifying_life_event_id uuid REFERENCES qualifying_life_events (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  delivery_id uuid
);
CREATE INDEX carrier_outbox_unclaimed ON carrier_outbox (carrier_id, coverage_period_id, id) WHERE delivery_id IS NULL;
CREATE INDEX carrier_outbox_subscriber ON carrier_outbox (subscriber_id, id);

-- Control numbers are persisted per carrier and only ever increase: ISA13, GS06 and ST02 of a file
-- are fixed when the file is built, so a retried send reuses them.
CREATE TABLE carrier_control_numbers (
  carrier_id uuid PRIMARY KEY REFERENCES carriers (id),
  last_interchange bigint NOT NULL DEFAULT 0,
  last_group bigint NOT NULL DEFAULT 0,
  last_transaction_set bigint NOT NULL DEFAULT 0
);

CREATE TABLE file_deliveries (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  coverage_period_id uuid NOT NULL REFERENCES coverage_periods (id),
  kind text NOT NULL CHECK (kind IN ('change', 'full')),
  status text NOT NULL CHECK (status IN ('ready', 'sent', 'acknowledged', 'rejected', 'completed', 'failed')),
  file_name text NOT NULL,
  content_sealed text NOT NULL,       -- the 834 holds SSNs: sealed at rest like every SSN
  interchange_control_number bigint NOT NULL,
  group_control_number bigint NOT NULL,
  transaction_set_control_number bigint NOT NULL,
  member_count integer NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text,
  errors jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  acknowledged_at timestamptz,
  UNIQUE (carrier_id, interchange_control_number)
);
CREATE INDEX file_deliveries_due ON file_deliveries (next_attempt_at) WHERE status = 'ready';
CREATE INDEX file_deliveries_period ON file_deliveries (coverage_period_id, created_at);

-- The subscribers (families) a file carried, with the record as sent: kept as the synced copy when
-- the carrier accepts it.
CREATE TABLE file_delivery_subscribers (
  delivery_id uuid NOT NULL REFERENCES file_deliveries (id),
  subscriber_id uuid NOT NULL REFERENCES members (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  group_id uuid NOT NULL REFERENCES groups (id),
  record jsonb NOT NULL,
  result text CHECK (result IN ('accepted', 'rejected')),
  errors jsonb NOT NULL DEFAULT '[]',
  result_at timestamptz,
  PRIMARY KEY (delivery_id, subscriber_id)
);
CREATE INDEX file_delivery_subscribers_subscriber ON file_delivery_subscribers (subscriber_id);

-- What came back from carriers, recorded once by name; processed_at is set in the transaction that
-- applies it, so a crash mid-way re-applies nothing twice.
CREATE TABLE inbound_files (
  id uuid PRIMARY KEY,
  carrier_id uuid NOT NULL REFERENCES carriers (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('999', 'ta1', 'results', 'unknown')),
  delivery_id uuid REFERENCES file_deliveries (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz,
  problem text,
  UNIQUE (carrier_id, name)
);

ALTER TABLE carrier_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON carrier_outbox USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE file_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON file_deliveries USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE file_delivery_subscribers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON file_delivery_subscribers USING (enroll_may_reach(organization_id, group_id));
ALTER TABLE carrier_control_numbers ENABLE ROW LEVEL SECURITY;
-- Counters only, keyed by carrier: any tenant building a file for a carrier it reaches takes the next.
CREATE POLICY tenant ON carrier_control_numbers USING (true);
ALTER TABLE inbound_files ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON inbound_files USING (organization_id = enroll_current_organization());
