// Events: what changed, recorded in the transaction of the change itself — so nothing is announced
// that did not commit, and nothing committed goes unannounced. Recording an event also queues one
// delivery per enabled endpoint subscribed to its type, of the organization that owns what changed
// and of the organizations granted its group. Payloads are thin (ids and statuses, no personal
// data): a receiver fetches the details through the API.
import { json, sql, type Trx } from '../db/database.ts';
import { newId } from '../db/ids.ts';

export const EVENT_TYPES = [
  'subscriber.status_changed',
  'subscriber.carrier_status_changed',
  'qualifying_life_event.status_changed',
  'file_delivery.created',
  'file_delivery.acknowledged',
  'carrier_error.created',
  'census_import.completed',
  'discrepancy.created',
  'discrepancy.resolved',
  'test.ping',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** test.ping goes only to the endpoint being tested, so there is nothing to subscribe to. */
export const SUBSCRIBABLE_EVENT_TYPES = EVENT_TYPES.filter((type) => type !== 'test.ping');

export interface EventData {
  object: string;
  id: string;
  status: string | null;
  previous_status: string | null;
  /** Ids of related objects (never personal data), e.g. the file a carrier error came in. */
  [related: string]: string | null;
}

export interface EventPayload {
  id: string;
  type: EventType;
  created_at: string;
  data: EventData;
}

export interface NewEvent {
  /** The organization that owns what changed. */
  organizationId: string;
  /** The group it belongs to, if any: organizations granted the group hear of it too. */
  groupId?: string | null;
  type: EventType;
  data: EventData;
  /** Deliver to this endpoint only, whatever it subscribes to (test.ping). */
  endpointId?: string;
}

/**
 * Inserts the event and its deliveries in the caller's transaction. Works inside a tenant transaction
 * (row-level security on) and outside one (the worker): the fan-out is the SQL function
 * enroll_record_event, which checks that a tenant reaches what the event is about.
 */
export async function recordEvent(trx: Trx, event: NewEvent): Promise<{ id: string; deliveries: number }> {
  const id = newId();
  const payload: EventPayload = { id, type: event.type, created_at: new Date().toISOString(), data: event.data };
  const result = await sql<{ fanned: number }>`
    SELECT enroll_record_event(${id}::uuid, ${event.organizationId}::uuid, ${event.groupId ?? null}::uuid, ${event.type},
      ${json(payload)}::jsonb, ${payload.created_at}::timestamptz, ${event.endpointId ?? null}::uuid) AS fanned`.execute(trx);
  return { id, deliveries: Number(result.rows[0]?.fanned ?? 0) };
}

/** Events in sets (a file's families): one statement per 2,000 events, whatever the file's size. */
export async function recordEvents(trx: Trx, events: readonly NewEvent[]): Promise<void> {
  const CHUNK = 2000;
  for (let start = 0; start < events.length; start += CHUNK) {
    const chunk = events.slice(start, start + CHUNK);
    const createdAt = new Date().toISOString();
    const payloads = chunk.map((event) => ({ id: newId(), type: event.type, created_at: createdAt, data: event.data }) satisfies EventPayload);
    await sql`
      SELECT enroll_record_event(e.id, e.organization_id, e.group_id, e.type, e.payload::jsonb, e.created_at, e.endpoint_id)
      FROM unnest(${payloads.map((p) => p.id)}::uuid[], ${chunk.map((e) => e.organizationId)}::uuid[], ${chunk.map((e) => e.groupId ?? null)}::uuid[],
        ${chunk.map((e) => e.type)}::text[], ${payloads.map((p) => JSON.stringify(p))}::text[], ${payloads.map((p) => p.created_at)}::timestamptz[],
        ${chunk.map((e) => e.endpointId ?? null)}::uuid[]) AS e(id, organization_id, group_id, type, payload, created_at, endpoint_id)`.execute(trx);
  }
}

export interface StatusChange {
  organizationId: string;
  groupId: string;
  object: 'subscriber' | 'qualifying_life_event';
  id: string;
  status: string;
  previousStatus: string | null;
}

const statusChangeEvent = (change: StatusChange): NewEvent => ({
  organizationId: change.organizationId,
  groupId: change.groupId,
  type: change.object === 'subscriber' ? 'subscriber.status_changed' : 'qualifying_life_event.status_changed',
  data: { object: change.object, id: change.id, status: change.status, previous_status: change.previousStatus },
});

/** `<object>.status_changed` for each change that did change a status, in one statement per chunk. */
export async function recordStatusChanges(trx: Trx, changes: readonly StatusChange[]): Promise<void> {
  await recordEvents(trx, changes.filter((change) => change.status !== change.previousStatus).map(statusChangeEvent));
}

/** For the census import: call in the transaction that marks the import finished. */
export async function recordCensusImportCompleted(
  trx: Trx,
  censusImport: { organizationId: string; groupId?: string | null; importId: string; status: string; previousStatus?: string | null },
): Promise<{ id: string; deliveries: number }> {
  return recordEvent(trx, {
    organizationId: censusImport.organizationId,
    groupId: censusImport.groupId ?? null,
    type: 'census_import.completed',
    data: { object: 'census_import', id: censusImport.importId, status: censusImport.status, previous_status: censusImport.previousStatus ?? null },
  });
}

/** The bytes sent: fields in a fixed, readable order (jsonb keeps keys in its own order). */
export function eventBody(payload: EventPayload): string {
  const { object, id, status, previous_status, ...related } = payload.data;
  return JSON.stringify({ id: payload.id, type: payload.type, created_at: payload.created_at, data: { object, id, status, previous_status, ...related } });
}
