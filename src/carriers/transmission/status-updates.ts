// The carrier side of the status machine: a sent file makes its families `submitted`; the carrier's
// answers make them `synced` (keeping the record as sent) or `errors` (listing the carrier's errors).
// Moves follow nextStatus: an answer about a family changed since the file was built does not touch
// its status (the newer change is pending and will be sent), though the answer is kept on the file.
import { json, sql, type Trx } from '../../db/database.ts';
import { nextStatus, type SubscriberStatusEvent } from '../../enrollment/subscriber-status.ts';
import type { ErrorItem } from '../../http/errors.ts';

async function move(trx: Trx, subscriberId: string, event: SubscriberStatusEvent, extra: { errors?: ErrorItem[]; synced_record?: unknown } = {}): Promise<boolean> {
  const current = await trx.selectFrom('subscriber_statuses').select('status').where('subscriber_id', '=', subscriberId).forUpdate().executeTakeFirst();
  if (!current) return false;
  const transition = nextStatus(current.status, event);
  if (!transition.ok) return false;
  await trx
    .updateTable('subscriber_statuses')
    .set({
      status: transition.status,
      status_at: new Date(),
      ...(extra.errors ? { errors: json(extra.errors) } : {}),
      ...(extra.synced_record !== undefined ? { synced_record: json(extra.synced_record) } : {}),
    })
    .where('subscriber_id', '=', subscriberId)
    .execute();
  return true;
}

/** After a successful send: families with no newer change waiting become submitted, and so do their events. */
export async function markDeliverySubmitted(trx: Trx, deliveryId: string): Promise<void> {
  const families = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', deliveryId).execute();
  for (const { subscriber_id } of families) {
    const waiting = await trx.selectFrom('carrier_outbox').select('id').where('subscriber_id', '=', subscriber_id).where('delivery_id', 'is', null).limit(1).executeTakeFirst();
    if (!waiting) await move(trx, subscriber_id, 'transmitted');
  }
  await sql`
    UPDATE qualifying_life_events SET status = 'submitted', status_at = now()
    WHERE status = 'pending' AND id IN (SELECT qualifying_life_event_id FROM carrier_outbox WHERE delivery_id = ${deliveryId})`.execute(trx);
}

/** The carrier's answer for one family of a file. */
export async function recordFamilyResult(trx: Trx, deliveryId: string, subscriberId: string, accepted: boolean, errors: ErrorItem[]): Promise<void> {
  const family = await trx
    .updateTable('file_delivery_subscribers')
    .set({ result: accepted ? 'accepted' : 'rejected', errors: json(errors), result_at: new Date() })
    .where('delivery_id', '=', deliveryId)
    .where('subscriber_id', '=', subscriberId)
    .returning('record')
    .executeTakeFirst();
  if (!family) return;
  const moved = await move(trx, subscriberId, accepted ? 'accepted' : 'rejected', accepted ? { synced_record: family.record, errors: [] } : { errors });
  if (!moved) return;
  await sql`
    UPDATE qualifying_life_events SET status = ${accepted ? 'synced' : 'errors'}, status_at = now()
    WHERE status = 'submitted' AND subscriber_id = ${subscriberId}
      AND id IN (SELECT qualifying_life_event_id FROM carrier_outbox WHERE delivery_id = ${deliveryId})`.execute(trx);
}

/** A whole file rejected (TA1 or 999): every family in it gets the file's errors. */
export async function rejectDelivery(trx: Trx, deliveryId: string, errors: ErrorItem[]): Promise<void> {
  await trx.updateTable('file_deliveries').set({ status: 'rejected', errors: json(errors), acknowledged_at: new Date() }).where('id', '=', deliveryId).execute();
  const families = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', deliveryId).execute();
  for (const { subscriber_id } of families) await recordFamilyResult(trx, deliveryId, subscriber_id, false, errors);
}
