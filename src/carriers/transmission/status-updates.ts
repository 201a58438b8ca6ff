// The carrier side of the status machine: a sent file makes its families `submitted`; the carrier's
// answers make them `synced` (keeping the record as sent) or `errors` (listing the carrier's errors).
// Moves follow nextStatus: an answer about a family changed since the file was built does not touch
// its status (the newer change is pending and will be sent), though the answer is kept on the file.
import { json, sql, type Trx } from '../../db/database.ts';
import { nextStatus, type SubscriberStatusEvent } from '../../enrollment/subscriber-status.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { recordEvent, recordStatusChange } from '../../webhooks/emit-event.ts';

/** Webhooks: each qualifying life event an UPDATE … RETURNING moved, announced in this transaction. */
async function announceEventStatuses(trx: Trx, rows: Array<{ id: string; organization_id: string; group_id: string }>, status: string, previousStatus: string): Promise<void> {
  for (const row of rows) {
    await recordStatusChange(trx, { organizationId: row.organization_id, groupId: row.group_id, object: 'qualifying_life_event', id: row.id, status, previousStatus });
  }
}

async function move(trx: Trx, subscriberId: string, event: SubscriberStatusEvent, extra: { errors?: ErrorItem[]; synced_record?: unknown } = {}): Promise<boolean> {
  const current = await trx.selectFrom('subscriber_statuses').select(['status', 'organization_id', 'group_id']).where('subscriber_id', '=', subscriberId).forUpdate().executeTakeFirst();
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
  await recordStatusChange(trx, { organizationId: current.organization_id, groupId: current.group_id, object: 'subscriber', id: subscriberId, status: transition.status, previousStatus: current.status });
  return true;
}

/** After a successful send: families with no newer change waiting become submitted, and so do their events. */
export async function markDeliverySubmitted(trx: Trx, deliveryId: string): Promise<void> {
  const families = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', deliveryId).execute();
  for (const { subscriber_id } of families) {
    const waiting = await trx.selectFrom('carrier_outbox').select('id').where('subscriber_id', '=', subscriber_id).where('delivery_id', 'is', null).limit(1).executeTakeFirst();
    if (!waiting) await move(trx, subscriber_id, 'transmitted');
  }
  const submitted = await sql<{ id: string; organization_id: string; group_id: string }>`
    UPDATE qualifying_life_events SET status = 'submitted', status_at = now()
    WHERE status = 'pending' AND id IN (SELECT qualifying_life_event_id FROM carrier_outbox WHERE delivery_id = ${deliveryId})
    RETURNING id, organization_id, group_id`.execute(trx);
  await announceEventStatuses(trx, submitted.rows, 'submitted', 'pending');
}

/** The carrier's answer for one family of a file. */
export async function recordFamilyResult(trx: Trx, deliveryId: string, subscriberId: string, accepted: boolean, errors: ErrorItem[]): Promise<void> {
  const family = await trx
    .updateTable('file_delivery_subscribers')
    .set({ result: accepted ? 'accepted' : 'rejected', errors: json(errors), result_at: new Date() })
    .where('delivery_id', '=', deliveryId)
    .where('subscriber_id', '=', subscriberId)
    .returning(['record', 'organization_id', 'group_id'])
    .executeTakeFirst();
  if (!family) return;
  if (!accepted) {
    // Webhooks: the carrier's errors are listed on the file (GET /coverage_periods/{id}/errors) whatever the status does.
    const file = await trx.selectFrom('file_deliveries').select('coverage_period_id').where('id', '=', deliveryId).executeTakeFirstOrThrow();
    await recordEvent(trx, {
      organizationId: family.organization_id,
      groupId: family.group_id,
      type: 'carrier_error.created',
      data: { object: 'carrier_error', id: subscriberId, status: 'rejected', previous_status: null, subscriber_id: subscriberId, file_delivery_id: deliveryId, coverage_period_id: file.coverage_period_id },
    });
  }
  const moved = await move(trx, subscriberId, accepted ? 'accepted' : 'rejected', accepted ? { synced_record: family.record, errors: [] } : { errors });
  if (!moved) return;
  const answered = await sql<{ id: string; organization_id: string; group_id: string }>`
    UPDATE qualifying_life_events SET status = ${accepted ? 'synced' : 'errors'}, status_at = now()
    WHERE status = 'submitted' AND subscriber_id = ${subscriberId}
      AND id IN (SELECT qualifying_life_event_id FROM carrier_outbox WHERE delivery_id = ${deliveryId})
    RETURNING id, organization_id, group_id`.execute(trx);
  await announceEventStatuses(trx, answered.rows, accepted ? 'synced' : 'errors', 'submitted');
}

/** A whole file rejected (TA1 or 999): every family in it gets the file's errors. */
export async function rejectDelivery(trx: Trx, deliveryId: string, errors: ErrorItem[]): Promise<void> {
  const before = await trx.selectFrom('file_deliveries').select(['status', 'organization_id', 'group_id']).where('id', '=', deliveryId).forUpdate().executeTakeFirstOrThrow();
  if (before.status !== 'rejected') await announceDeliveryAnswered(trx, { id: deliveryId, ...before }, 'rejected');
  await trx.updateTable('file_deliveries').set({ status: 'rejected', errors: json(errors), acknowledged_at: new Date() }).where('id', '=', deliveryId).execute();
  const families = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', deliveryId).execute();
  for (const { subscriber_id } of families) await recordFamilyResult(trx, deliveryId, subscriber_id, false, errors);
}

/** Webhooks: file_delivery.acknowledged, when the carrier's answer moves a file to acknowledged, rejected or completed. */
export async function announceDeliveryAnswered(trx: Trx, delivery: { id: string; status: string; organization_id: string; group_id: string }, status: 'acknowledged' | 'rejected' | 'completed'): Promise<void> {
  if (delivery.status === status) return;
  await recordEvent(trx, {
    organizationId: delivery.organization_id,
    groupId: delivery.group_id,
    type: 'file_delivery.acknowledged',
    data: { object: 'file_delivery', id: delivery.id, status, previous_status: delivery.status },
  });
}
