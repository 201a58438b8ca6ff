// The carrier side of the status machine, per carrier: a sent file makes its families `submitted` with
// that carrier (the file's coverage period); the carrier's answers make them `synced` (keeping the
// subscriber as the file carried it) or `errors` (listing the carrier's errors); a family our own build
// cannot write goes to `errors` before anything is sent. After every move the families' own status is
// derived again from all their carriers' (refreshFamilies). Moves follow the pure
// status machine (`movesOn`): an answer about a family changed since the file was built does not touch
// its status (the newer change is pending and will be sent), though the answer is kept on the file.
//
// Every update here is set-based — a handful of statements per file, whatever its size — with one
// array parameter per column (unnest), so a file of 5,000 families costs what a file of one does.
import { resolveErrorsOfSyncedFamilies } from '../errors/carrier-error-store.ts';
import { sql, type Trx } from '../../db/database.ts';
import { movesOn, type SubscriberStatusEvent } from '../../enrollment/subscriber-status.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { recordEvents, recordStatusChanges } from '../../webhooks/emit-event.ts';

interface FamilyMove {
  subscriberId: string;
  /** Replaces the carrier status's errors; kept as they are when undefined. */
  errors?: ErrorItem[];
  /** Replaces the synced copy; kept as it is when undefined. */
  syncedRecord?: unknown;
}

type CarrierEvent = Exclude<SubscriberStatusEvent, 'changed'>;

/**
 * Moves the families' status with the carrier of one coverage period, where the event applies; then
 * the families' own status follows (refreshFamilies). Answers the ids that moved. Announces each move.
 */
async function moveFamilies(trx: Trx, coveragePeriodId: string, event: CarrierEvent, moves: readonly FamilyMove[]): Promise<string[]> {
  if (!moves.length) return [];
  const { from, to } = movesOn(event);
  const moved = await sql<{ subscriber_id: string; organization_id: string; group_id: string; carrier_id: string; previous: string }>`
    UPDATE carrier_statuses s
    SET status = ${to}, status_at = now(),
        errors = COALESCE(i.errors::jsonb, s.errors),
        synced_record = CASE WHEN i.has_record THEN i.record::jsonb ELSE s.synced_record END,
        synced_at = CASE WHEN i.has_record THEN now() ELSE s.synced_at END
    FROM unnest(${moves.map((m) => m.subscriberId)}::uuid[], ${moves.map((m) => (m.errors ? JSON.stringify(m.errors) : null))}::text[],
                ${moves.map((m) => m.syncedRecord !== undefined)}::boolean[], ${moves.map((m) => (m.syncedRecord === undefined ? null : JSON.stringify(m.syncedRecord)))}::text[])
           AS i(subscriber_id, errors, has_record, record),
         carrier_statuses old
    WHERE s.subscriber_id = i.subscriber_id AND s.coverage_period_id = ${coveragePeriodId}
      AND old.subscriber_id = s.subscriber_id AND old.coverage_period_id = s.coverage_period_id AND s.status = ANY(${from}::text[])
    RETURNING s.subscriber_id, s.organization_id, s.group_id, s.carrier_id, old.status AS previous`.execute(trx);
  await recordEvents(
    trx,
    moved.rows.map((row) => ({
      organizationId: row.organization_id,
      groupId: row.group_id,
      type: 'subscriber.carrier_status_changed' as const,
      data: { object: 'carrier_status', id: row.subscriber_id, status: to, previous_status: row.previous, subscriber_id: row.subscriber_id, carrier_id: row.carrier_id, coverage_period_id: coveragePeriodId },
    })),
  );
  const ids = moved.rows.map((row) => row.subscriber_id);
  await refreshFamilies(trx, ids);
  return ids;
}

/**
 * A family's own status, from its statuses with each carrier: `errors` when any carrier rejected its
 * latest change (or it cannot be sent), else `pending` while any change waits to be sent, else
 * `synced` when every carrier accepted it, else `submitted`. Its errors are every carrier's. One
 * statement for any number of families; a family whose status moved is announced.
 */
export async function refreshFamilies(trx: Trx, subscriberIds: readonly string[]): Promise<void> {
  if (!subscriberIds.length) return;
  const moved = await sql<{ subscriber_id: string; organization_id: string; group_id: string; status: string; previous: string }>`
    WITH family AS (
      SELECT c.subscriber_id,
        CASE WHEN bool_or(c.status = 'errors') THEN 'errors' WHEN bool_or(c.status = 'pending') THEN 'pending'
             WHEN bool_and(c.status = 'synced') THEN 'synced' ELSE 'submitted' END AS status,
        coalesce((SELECT jsonb_agg(e.value ORDER BY x.coverage_period_id, e.n) FROM carrier_statuses x, jsonb_array_elements(x.errors) WITH ORDINALITY AS e(value, n)
                  WHERE x.subscriber_id = c.subscriber_id), '[]'::jsonb) AS errors
      FROM carrier_statuses c WHERE c.subscriber_id = ANY(${[...new Set(subscriberIds)]}::uuid[])
      GROUP BY c.subscriber_id
    )
    UPDATE subscriber_statuses s
    SET status = family.status, errors = family.errors, status_at = CASE WHEN old.status = family.status THEN s.status_at ELSE now() END
    FROM family, subscriber_statuses old
    WHERE s.subscriber_id = family.subscriber_id AND old.subscriber_id = s.subscriber_id
      AND (s.status <> family.status OR s.errors <> family.errors)
    RETURNING s.subscriber_id, s.organization_id, s.group_id, s.status, old.status AS previous`.execute(trx);
  await recordStatusChanges(
    trx,
    moved.rows.map((row) => ({ organizationId: row.organization_id, groupId: row.group_id, object: 'subscriber' as const, id: row.subscriber_id, status: row.status, previousStatus: row.previous })),
  );
}

/** The life events a file carried for these families move with them (pending → submitted → synced | errors). */
async function moveLifeEvents(trx: Trx, deliveryId: string, subscriberIds: readonly string[], from: string, to: string): Promise<void> {
  if (!subscriberIds.length) return;
  const moved = await sql<{ id: string; organization_id: string; group_id: string }>`
    UPDATE qualifying_life_events SET status = ${to}, status_at = now()
    WHERE status = ${from} AND subscriber_id = ANY(${subscriberIds}::uuid[])
      AND id IN (SELECT qualifying_life_event_id FROM carrier_outbox WHERE delivery_id = ${deliveryId})
    RETURNING id, organization_id, group_id`.execute(trx);
  await recordStatusChanges(
    trx,
    moved.rows.map((row) => ({ organizationId: row.organization_id, groupId: row.group_id, object: 'qualifying_life_event' as const, id: row.id, status: to, previousStatus: from })),
  );
}

/** After a successful send: families with no newer change waiting become submitted, and so do their events. */
export async function markDeliverySubmitted(trx: Trx, deliveryId: string): Promise<void> {
  const periodId = await periodOf(trx, deliveryId);
  // A family with a newer change waiting for this carrier stays pending: the newer file will carry it.
  const ready = await sql<{ subscriber_id: string }>`
    SELECT f.subscriber_id FROM file_delivery_subscribers f
    WHERE f.delivery_id = ${deliveryId}
      AND NOT EXISTS (SELECT 1 FROM carrier_outbox o WHERE o.subscriber_id = f.subscriber_id AND o.coverage_period_id = ${periodId} AND o.delivery_id IS NULL)`.execute(trx);
  // A send clears errors of our own (a coverage period that could not be built before); a carrier's
  // errors were cleared by the change that made the family pending.
  await moveFamilies(trx, periodId, 'transmitted', ready.rows.map((row) => ({ subscriberId: row.subscriber_id, errors: [] })));
  const families = await sql<{ subscriber_id: string }>`SELECT subscriber_id FROM file_delivery_subscribers WHERE delivery_id = ${deliveryId}`.execute(trx);
  await moveLifeEvents(trx, deliveryId, families.rows.map((row) => row.subscriber_id), 'pending', 'submitted');
}

async function periodOf(trx: Trx, deliveryId: string): Promise<string> {
  const row = await trx.selectFrom('file_deliveries').select('coverage_period_id').where('id', '=', deliveryId).executeTakeFirstOrThrow();
  return row.coverage_period_id;
}

export interface FamilyResult {
  subscriberId: string;
  accepted: boolean;
  errors: ErrorItem[];
}

/** The carrier's answers for families of one file: kept on the file, and moving each family's status. */
export async function recordFamilyResults(trx: Trx, deliveryId: string, results: readonly FamilyResult[]): Promise<void> {
  if (!results.length) return;
  const answered = await sql<{ subscriber_id: string; record: unknown; organization_id: string; group_id: string; result: 'accepted' | 'rejected'; errors: ErrorItem[] }>`
    UPDATE file_delivery_subscribers f
    SET result = CASE WHEN i.accepted THEN 'accepted' ELSE 'rejected' END, errors = i.errors::jsonb, result_at = now(),
      error_id = CASE WHEN i.accepted THEN f.error_id ELSE coalesce(f.error_id, gen_random_uuid()) END
    FROM unnest(${results.map((r) => r.subscriberId)}::uuid[], ${results.map((r) => r.accepted)}::boolean[], ${results.map((r) => JSON.stringify(r.errors))}::text[])
         AS i(subscriber_id, accepted, errors)
    WHERE f.delivery_id = ${deliveryId} AND f.subscriber_id = i.subscriber_id
    RETURNING f.subscriber_id, f.subscriber_view AS record, f.organization_id, f.group_id, f.result, f.errors`.execute(trx);
  const periodId = await periodOf(trx, deliveryId);
  const rejected = answered.rows.filter((row) => row.result === 'rejected');
  if (rejected.length) {
    // Webhooks: the carrier's errors are listed on the file (GET /coverage_periods/{id}/errors) whatever the status does.
    await recordEvents(
      trx,
      rejected.map((row) => ({
        organizationId: row.organization_id,
        groupId: row.group_id,
        type: 'carrier_error.created' as const,
        data: { object: 'carrier_error', id: row.subscriber_id, status: 'rejected', previous_status: null, subscriber_id: row.subscriber_id, file_delivery_id: deliveryId, coverage_period_id: periodId },
      })),
    );
  }
  // An answer moves a family's status only when this is the latest file that carried the family to
  // this carrier: the answer to an older file no longer describes what the carrier was last sent.
  const latest = await lastCarriedBy(trx, deliveryId, periodId, answered.rows.map((row) => row.subscriber_id));
  const current = answered.rows.filter((row) => latest.has(row.subscriber_id));
  const accepted = current.filter((row) => row.result === 'accepted');
  const refused = current.filter((row) => row.result === 'rejected');
  const synced = await moveFamilies(trx, periodId, 'accepted', accepted.map((row) => ({ subscriberId: row.subscriber_id, syncedRecord: row.record ?? undefined, errors: [] })));
  const inErrors = await moveFamilies(trx, periodId, 'rejected', refused.map((row) => ({ subscriberId: row.subscriber_id, errors: row.errors })));
  // A family this file's acknowledgement already synced: the carrier's result overrules the
  // acknowledgement (a 999 accepts a file's syntax, a result refuses a member) — synced is no longer true.
  const overruled = await moveFamilies(trx, periodId, 'overruled', refused.filter((row) => !inErrors.includes(row.subscriber_id)).map((row) => ({ subscriberId: row.subscriber_id, errors: row.errors })));
  // A family the carrier now holds as we do: its open errors with this carrier are worked out.
  await resolveErrorsOfSyncedFamilies(trx, deliveryId, synced);
  await moveLifeEvents(trx, deliveryId, synced, 'submitted', 'synced');
  await moveLifeEvents(trx, deliveryId, inErrors, 'submitted', 'errors');
  await moveLifeEvents(trx, deliveryId, overruled, 'synced', 'errors');
}

/** Of these families, those whose latest file to this coverage period's carrier is this delivery. */
async function lastCarriedBy(trx: Trx, deliveryId: string, periodId: string, subscriberIds: readonly string[]): Promise<Set<string>> {
  if (!subscriberIds.length) return new Set();
  const { rows } = await sql<{ subscriber_id: string }>`
    SELECT i.subscriber_id FROM unnest(${[...subscriberIds]}::uuid[]) AS i(subscriber_id)
    WHERE NOT EXISTS (
      SELECT 1 FROM file_delivery_subscribers f JOIN file_deliveries d ON d.id = f.delivery_id
      WHERE f.subscriber_id = i.subscriber_id AND d.coverage_period_id = ${periodId} AND d.id <> ${deliveryId}
        AND d.created_at > (SELECT created_at FROM file_deliveries WHERE id = ${deliveryId}))`.execute(trx);
  return new Set(rows.map((row) => row.subscriber_id));
}

/** A whole file rejected (TA1 or 999): every family in it gets the file's errors. */
export async function rejectDelivery(trx: Trx, deliveryId: string, errors: ErrorItem[]): Promise<void> {
  const before = await trx.selectFrom('file_deliveries').select(['status', 'organization_id', 'group_id']).where('id', '=', deliveryId).forUpdate().executeTakeFirstOrThrow();
  if (before.status !== 'rejected') await announceDeliveryAnswered(trx, { id: deliveryId, ...before }, 'rejected');
  await trx.updateTable('file_deliveries').set({ status: 'rejected', errors: JSON.stringify(errors), acknowledged_at: new Date() }).where('id', '=', deliveryId).execute();
  const families = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', deliveryId).execute();
  await recordFamilyResults(trx, deliveryId, families.map((family) => ({ subscriberId: family.subscriber_id, accepted: false, errors })));
}

/** Families our own build could not write: `errors` with what to correct, before anything is sent. */
export async function markFamiliesUnsendable(trx: Trx, coveragePeriodId: string, failures: ReadonlyArray<{ subscriberId: string; errors: ErrorItem[] }>): Promise<void> {
  await moveFamilies(trx, coveragePeriodId, 'unsendable', failures.map((failure) => ({ subscriberId: failure.subscriberId, errors: failure.errors })));
}

/** A queue whose settings cannot be written: its pending families show why (they stay pending). */
export async function showQueueErrors(trx: Trx, coveragePeriodId: string, subscriberIds: readonly string[], errors: ErrorItem[]): Promise<void> {
  if (!subscriberIds.length) return;
  await sql`UPDATE carrier_statuses SET errors = ${JSON.stringify(errors)}::jsonb
    WHERE status = 'pending' AND coverage_period_id = ${coveragePeriodId} AND subscriber_id = ANY(${[...subscriberIds]}::uuid[])`.execute(trx);
  await refreshFamilies(trx, subscriberIds);
}

/** Webhooks: file_delivery.acknowledged, when the carrier's answer moves a file to acknowledged, rejected or completed. */
export async function announceDeliveryAnswered(trx: Trx, delivery: { id: string; status: string; organization_id: string; group_id: string }, status: 'acknowledged' | 'rejected' | 'completed'): Promise<void> {
  if (delivery.status === status) return;
  await recordEvents(trx, [
    {
      organizationId: delivery.organization_id,
      groupId: delivery.group_id,
      type: 'file_delivery.acknowledged',
      data: { object: 'file_delivery', id: delivery.id, status, previous_status: delivery.status },
    },
  ]);
}
