// Loading a family and answering with it: the subscriber envelope of GET /subscribers/:id.
import type { FastifyRequest } from 'fastify';
import { sql, type Trx } from '../../db/database.ts';
import { hasScope } from '../../http/auth.ts';
import { currentCoverages, findStatus, listDependents, listEvents, type MemberRow } from './store.ts';
import { maskedSsn, toSubscriberView, type ViewOptions } from './subscriber-view.ts';
import type { ErrorItem } from '../../http/errors.ts';

export function viewOptions(request: FastifyRequest, asOf?: string): ViewOptions {
  const reveal = hasScope(request, 'pii');
  const { cipher } = request.server.services;
  return {
    asOf,
    ssn: (row: MemberRow) => (reveal && row.ssn_sealed ? cipher.open(row.ssn_sealed) : maskedSsn(row.ssn_last4)),
  };
}

type Rows<T> = Awaited<T>;
type FamilyRows = {
  dependents: Rows<ReturnType<typeof listDependents>>;
  coverages: Rows<ReturnType<typeof currentCoverages>>;
  events: Rows<ReturnType<typeof listEvents>>;
  status: Rows<ReturnType<typeof findStatus>> | null;
};

/** Timestamps come back from json_agg as text; the mappers take Dates, as the driver gives them. */
function revive<T>(rows: T[], fields: string[]): T[] {
  for (const row of rows as Record<string, unknown>[]) for (const field of fields) if (typeof row[field] === 'string') row[field] = new Date(row[field] as string);
  return rows;
}

/**
 * The family's rows in one statement (dependents, coverages as now known, events, status) instead of
 * four: the record is read on every GET, and round trips are most of its cost.
 */
async function familyRows(trx: Trx, subscriberId: string): Promise<FamilyRows> {
  const result = await sql<{ dependents: unknown[]; coverages: unknown[]; events: unknown[]; status: unknown }>`
    SELECT
      (SELECT coalesce(json_agg(m ORDER BY m.id), '[]'::json) FROM members m WHERE m.subscriber_id = ${subscriberId}) AS dependents,
      (SELECT coalesce(json_agg(c ORDER BY c.start_date, c.id), '[]'::json) FROM coverages c WHERE c.subscriber_id = ${subscriberId} AND c.superseded_at IS NULL) AS coverages,
      (SELECT coalesce(json_agg(e ORDER BY e.created_at, e.id), '[]'::json) FROM qualifying_life_events e WHERE e.subscriber_id = ${subscriberId}) AS events,
      (SELECT row_to_json(s) FROM subscriber_statuses s WHERE s.subscriber_id = ${subscriberId}) AS status`.execute(trx);
  const row = result.rows[0]!;
  return {
    dependents: revive(row.dependents as FamilyRows['dependents'], ['created_at', 'updated_at']),
    coverages: revive(row.coverages as FamilyRows['coverages'], ['recorded_at', 'superseded_at']),
    events: revive(row.events as FamilyRows['events'], ['status_at', 'created_at']),
    status: row.status ? revive([row.status as NonNullable<FamilyRows['status']>], ['status_at'])[0]! : null,
  };
}

export async function subscriberEnvelope(trx: Trx, request: FastifyRequest, subscriber: MemberRow, asOf?: string) {
  const { dependents, coverages, events, status } = await familyRows(trx, subscriber.id);
  const errors = (status?.errors ?? []) as ErrorItem[];
  return {
    status: status?.status ?? 'pending',
    status_datetime: (status?.status_at ?? subscriber.updated_at).toISOString(),
    ...(errors.length ? { errors } : {}),
    subscriber: toSubscriberView(subscriber, dependents, coverages, events, viewOptions(request, asOf)),
    ...(status?.status === 'synced' && status.synced_record ? { synced_subscriber: status.synced_record } : {}),
  };
}
