// Writing a family change — of one family (a request) or a chunk of thousands (an import) — in ONE
// statement: each kind of row is a data-modifying CTE over unnest arrays (db/bulk-insert.ts), so the
// statement's parameters do not grow with the data and a request costs one round trip for all of it:
// members, life events and elections, superseded and new coverages, the families' pending status,
// the carrier outbox, audit events, acknowledgements and webhook events. Runs in the caller's tenant
// transaction, so row-level security refuses a row of another organization.
import type { RawBuilder } from 'kysely';
import { sql, type Trx } from '../../db/database.ts';
import { bulkInsertSql, bulkUpdateSql, COVERAGE_COLUMNS, MEMBER_ROW_COLUMNS, type Columns } from '../../db/bulk-insert.ts';
import { newId } from '../../db/ids.ts';
import type { EventType } from '../../webhooks/emit-event.ts';
import type { FamilyChanges } from './family-change.ts';

const CARRIER_STATUS_EVENT: EventType = 'subscriber.carrier_status_changed';

const EVENT_COLUMNS = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['subscriber_id', 'uuid'], ['coverage_period_id', 'uuid'], ['event', 'text'],
  ['event_date', 'date'], ['eligibility_start_date', 'date'], ['external_identifier', 'text'], ['member_id', 'uuid'], ['plan_elections', 'jsonb'],
  ['status', 'text'], ['status_at', 'timestamptz'], ['created_at', 'timestamptz'],
] as const satisfies Columns;

const ELECTION_COLUMNS = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['qualifying_life_event_id', 'uuid'], ['subscriber_id', 'uuid'],
  ['coverage_period_id', 'uuid'], ['product_line', 'text'], ['plan_id', 'uuid'], ['type', 'text'], ['waiver_reason', 'text'],
] as const satisfies Columns;

const COVERAGE_ROW_COLUMNS = [...COVERAGE_COLUMNS, ['recorded_at', 'timestamptz']] as const satisfies Columns;

const AUDIT_COLUMNS = [
  ['organization_id', 'uuid'], ['api_key_id', 'uuid'], ['occurred_at', 'timestamptz'], ['resource_type', 'text'], ['resource_id', 'text'],
  ['action', 'text'], ['before', 'jsonb'], ['after', 'jsonb'],
] as const satisfies Columns;

const ACKNOWLEDGEMENT_COLUMNS = [
  ['reference_number', 'text'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['submission_reference', 'text'], ['kind', 'text'],
  ['resource_type', 'text'], ['resource_id', 'uuid'], ['member_id', 'uuid'], ['product_line', 'text'], ['action', 'text'], ['created_at', 'timestamptz'],
] as const satisfies Columns;

/** Members whose update would clear nothing the database fills in: every column but the id is set. */
const MEMBER_UPDATE_COLUMNS = MEMBER_ROW_COLUMNS.filter(([name]) => name !== 'created_at');

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export async function applyFamilyChanges(trx: Trx, changes: FamilyChanges): Promise<void> {
  const parts: Array<[string, RawBuilder<unknown>]> = [];
  const add = (name: string, fragment: RawBuilder<unknown>) => parts.push([name, fragment]);
  const at = changes.at;

  if (changes.membersInserted.length) add('members_inserted', bulkInsertSql('members', MEMBER_ROW_COLUMNS, changes.membersInserted as never));
  if (changes.membersUpdated.length) add('members_updated', bulkUpdateSql('members', 'id', MEMBER_UPDATE_COLUMNS, changes.membersUpdated.map((row) => ({ ...row, updated_at: at })) as never));
  if (changes.events.length) add('events_inserted', bulkInsertSql('qualifying_life_events', EVENT_COLUMNS, changes.events as never));
  if (changes.elections.length) add('elections_inserted', bulkInsertSql('plan_elections', ELECTION_COLUMNS, changes.elections.map((row) => ({ ...row, created_at: at })) as never));
  if (changes.coveragesSuperseded.length) {
    const ids = changes.coveragesSuperseded.map((row) => row.id);
    const eventIds = changes.coveragesSuperseded.map((row) => row.eventId);
    // Guarded by superseded_at IS NULL, and counted below: a row superseded meanwhile fails the change
    // rather than fork history (the family lock makes that a bug, not a race).
    add('coverages_superseded', sql`UPDATE coverages SET superseded_at = ${at.toISOString()}::timestamptz, superseded_by_event_id = t.event_id
      FROM unnest(${ids}::uuid[], ${eventIds}::uuid[]) AS t(id, event_id)
      WHERE coverages.id = t.id AND coverages.superseded_at IS NULL RETURNING coverages.id`);
  }
  if (changes.coveragesInserted.length) add('coverages_inserted', bulkInsertSql('coverages', COVERAGE_ROW_COLUMNS, changes.coveragesInserted as never));

  if (changes.families.length) {
    const f = changes.families;
    const familyRows = sql`unnest(${f.map((x) => x.subscriberId)}::uuid[], ${f.map((x) => x.organizationId)}::uuid[], ${f.map((x) => x.groupId)}::uuid[],
      ${f.map((x) => x.qualifyingLifeEventId)}::uuid[]) AS f(subscriber_id, organization_id, group_id, event_id)`;
    add('statuses', sql`INSERT INTO subscriber_statuses (subscriber_id, organization_id, group_id, status, status_at, errors)
      SELECT f.subscriber_id, f.organization_id, f.group_id, 'pending', ${at.toISOString()}::timestamptz, '[]'::jsonb FROM ${familyRows}
      ON CONFLICT (subscriber_id) DO UPDATE SET status = 'pending', status_at = excluded.status_at, errors = '[]'::jsonb`);
    // Each carrier and coverage period the family has coverage in — the rows as they were, and the
    // rows this statement adds (a CTE's inserts are not visible to its siblings), as distinct pairs
    // joined by hash: a family's periods are never searched for among every row of the chunk.
    const added = [...new Set(changes.coveragesInserted.map((c) => `${c.subscriber_id} ${c.coverage_period_id}`))].map((pair) => pair.split(' ') as [string, string]);
    add('family_periods', sql`SELECT DISTINCT f.organization_id, f.group_id, f.subscriber_id, p.carrier_id, p.id AS coverage_period_id, f.event_id
      FROM ${familyRows}
      JOIN (
        SELECT c.subscriber_id, c.coverage_period_id FROM coverages c WHERE c.subscriber_id = ANY(${f.map((x) => x.subscriberId)}::uuid[]) AND c.superseded_at IS NULL
        UNION SELECT * FROM unnest(${added.map(([subscriber]) => subscriber)}::uuid[], ${added.map(([, period]) => period)}::uuid[])
      ) AS periods (subscriber_id, coverage_period_id) ON periods.subscriber_id = f.subscriber_id
      JOIN coverage_periods p ON p.id = periods.coverage_period_id`);
    add('outbox', sql`INSERT INTO carrier_outbox (organization_id, group_id, subscriber_id, carrier_id, coverage_period_id, qualifying_life_event_id)
      SELECT organization_id, group_id, subscriber_id, carrier_id, coverage_period_id, event_id FROM family_periods`);
    // Every carrier the family has coverage with hears of the change: each of its statuses is pending
    // again, and a status that moved is announced (the CTE below reads the statuses as they were).
    if (changes.announceCarrierStatuses) add('carrier_before', sql`SELECT s.subscriber_id, s.coverage_period_id, s.status FROM carrier_statuses s
      WHERE s.subscriber_id = ANY(${f.map((x) => x.subscriberId)}::uuid[])`);
    add('carrier_pending', sql`INSERT INTO carrier_statuses (subscriber_id, coverage_period_id, carrier_id, organization_id, group_id, status, status_at, errors)
      SELECT DISTINCT subscriber_id, coverage_period_id, carrier_id, organization_id, group_id, 'pending', ${at.toISOString()}::timestamptz, '[]'::jsonb FROM family_periods
      ON CONFLICT (subscriber_id, coverage_period_id) DO UPDATE SET status = 'pending', status_at = excluded.status_at, errors = '[]'::jsonb
      RETURNING subscriber_id, coverage_period_id, carrier_id, organization_id, group_id`);
    if (changes.announceCarrierStatuses) add('carrier_announced', sql`SELECT enroll_record_event(e.id, e.organization_id, e.group_id, ${CARRIER_STATUS_EVENT}, jsonb_build_object('id', e.id, 'type', ${CARRIER_STATUS_EVENT}::text,
        'created_at', ${at.toISOString()}::text, 'data', jsonb_build_object('object', 'carrier_status', 'id', e.subscriber_id, 'status', 'pending', 'previous_status', e.previous,
        'subscriber_id', e.subscriber_id, 'carrier_id', e.carrier_id, 'coverage_period_id', e.coverage_period_id)), ${at.toISOString()}::timestamptz, NULL) AS fanned
      FROM (SELECT gen_random_uuid() AS id, n.*, b.status AS previous FROM carrier_pending n
            LEFT JOIN carrier_before b ON b.subscriber_id = n.subscriber_id AND b.coverage_period_id = n.coverage_period_id
            WHERE b.status IS DISTINCT FROM 'pending') AS e`);
  }

  if (changes.webhookEvents.length) {
    const events = changes.webhookEvents.map((event) => ({ ...event, id: newId() }));
    const created = at.toISOString();
    const payloads = events.map((event) => JSON.stringify({ id: event.id, type: event.type, created_at: created, data: event.data }));
    add('webhook_events', sql`SELECT enroll_record_event(e.id, e.organization_id, e.group_id, e.type, e.payload::jsonb, ${created}::timestamptz, NULL) AS fanned
      FROM unnest(${events.map((e) => e.id)}::uuid[], ${events.map((e) => e.organizationId)}::uuid[], ${events.map((e) => e.groupId ?? null)}::uuid[],
        ${events.map((e) => e.type)}::text[], ${payloads}::text[]) AS e(id, organization_id, group_id, type, payload)`);
  }
  if (changes.audit.length) {
    add('audit', bulkInsertSql('audit_events', AUDIT_COLUMNS, changes.audit.map((row) => ({ ...row, occurred_at: at, before: json(row.before), after: json(row.after) }))));
  }
  if (changes.acknowledgements.length) {
    add('acknowledgements', bulkInsertSql('acknowledgements', ACKNOWLEDGEMENT_COLUMNS, changes.acknowledgements.map((row) => ({ ...row, created_at: at })) as never));
  }
  if (!parts.length) return;

  // A SELECT CTE runs only when read: the final select reads every one, and counts the superseded rows.
  const names = new Set(parts.map(([name]) => name));
  const superseded = names.has('coverages_superseded') ? '(SELECT count(*) FROM coverages_superseded)' : '0';
  const fanned = [
    names.has('webhook_events') ? ', (SELECT count(*) FROM webhook_events WHERE fanned >= 0) AS events' : '',
    names.has('carrier_announced') ? ', (SELECT count(*) FROM carrier_announced WHERE fanned >= 0) AS carrier_events' : '',
  ].join('');
  const ctes = sql.join(parts.map(([name, fragment]) => sql`${sql.raw(name)} AS (${fragment})`), sql`, `);
  const { rows } = await sql<{ superseded: number }>`WITH ${ctes} SELECT ${sql.raw(superseded)}::int AS superseded${sql.raw(fanned)}`.execute(trx);
  if (Number(rows[0]!.superseded) !== changes.coveragesSuperseded.length) throw new Error('a coverage row was superseded concurrently');
}
