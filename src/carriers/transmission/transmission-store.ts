// What the transmission routes and the operator's commands read (SQL): the files built for a coverage
// period, the families the carriers rejected or we could not write, and the files that carried a
// member. Inside a tenant transaction, the period or member is found through `reachableBy` first; the
// reads of its files then go by its id (row-level security says the same again).
import type { Selectable } from 'kysely';
import { sql, type Db, type Trx } from '../../db/database.ts';
import type { FileDeliveriesTable } from '../../db/tables.ts';
import { reachableBy } from '../../enrollment/group-access.ts';

export type FileDeliveryRow = Selectable<FileDeliveriesTable>;

/** The coverage period, when the organization owns its group or holds a live grant for it. */
export async function findReachablePeriod(trx: Trx, organizationId: string, id: string): Promise<{ id: string; group_id: string } | undefined> {
  return trx.selectFrom('coverage_periods').select(['id', 'group_id']).where('id', '=', id).where(reachableBy(organizationId, 'coverage_periods')).executeTakeFirst();
}

/** The member (subscriber or dependent), when the organization reaches its group. */
export async function findReachableMember(trx: Trx, organizationId: string, id: string): Promise<{ id: string; subscriber_id: string | null } | undefined> {
  return trx.selectFrom('members').select(['id', 'subscriber_id']).where('id', '=', id).where(reachableBy(organizationId, 'members')).executeTakeFirst();
}

/** Newest first: the period's files, `limit` of them before the cursor id. */
export async function listFileDeliveriesOfPeriod(trx: Trx, coveragePeriodId: string, limit: number, before?: string): Promise<FileDeliveryRow[]> {
  let query = trx.selectFrom('file_deliveries').selectAll().where('coverage_period_id', '=', coveragePeriodId);
  if (before) query = query.where('id', '<', before);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

export async function findFileDelivery(trx: Trx, id: string): Promise<FileDeliveryRow> {
  return trx.selectFrom('file_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The subscribers with current (not superseded) coverage in the period: a full file's population. */
export async function subscribersCoveredInPeriod(trx: Trx, coveragePeriodId: string): Promise<string[]> {
  const rows = await trx.selectFrom('coverages').select('subscriber_id').distinct().where('coverage_period_id', '=', coveragePeriodId).where('superseded_at', 'is', null).execute();
  return rows.map((row) => row.subscriber_id);
}

/** The coverage periods in which the subscriber has current (not superseded) coverage. */
export async function coveragePeriodsOfSubscriber(trx: Trx, subscriberId: string): Promise<string[]> {
  const rows = await trx.selectFrom('coverages').select('coverage_period_id').distinct().where('subscriber_id', '=', subscriberId).where('superseded_at', 'is', null).execute();
  return rows.map((row) => row.coverage_period_id);
}

/** The coverage periods a change queued the family for (its outbox rows), inside that change's transaction. */
export async function outboxPeriodsOfEvent(trx: Trx, qualifyingLifeEventId: string): Promise<string[]> {
  const rows = await trx.selectFrom('carrier_outbox').select('coverage_period_id').distinct().where('qualifying_life_event_id', '=', qualifyingLifeEventId).orderBy('coverage_period_id').execute();
  return rows.map((row) => row.coverage_period_id);
}

/** The file, when the organization reaches its group. */
export async function findReachableFileDelivery(trx: Trx, organizationId: string, id: string): Promise<FileDeliveryRow | undefined> {
  return trx.selectFrom('file_deliveries').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'file_deliveries')).executeTakeFirst();
}

/** What the carrier sent back about a file, oldest first (row-level security: the carrier's organization). */
export async function inboundFilesOfDelivery(trx: Trx, deliveryId: string) {
  return trx
    .selectFrom('inbound_files')
    .select(['id', 'name', 'kind', 'received_at', 'processed_at', 'problem', 'content_sealed'])
    .where('delivery_id', '=', deliveryId)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
}

/** Every file that carried the family, oldest first, with what it said of them and the carrier's answer. */
export async function listFamilyTransmissions(trx: Trx, subscriberId: string) {
  return trx
    .selectFrom('file_delivery_subscribers')
    .innerJoin('file_deliveries', 'file_deliveries.id', 'file_delivery_subscribers.delivery_id')
    .select(['file_deliveries.id', 'file_deliveries.file_name', 'file_deliveries.kind', 'file_deliveries.status', 'file_deliveries.sent_at', 'file_delivery_subscribers.result', 'file_delivery_subscribers.errors', 'file_delivery_subscribers.record'])
    .where('file_delivery_subscribers.subscriber_id', '=', subscriberId)
    .orderBy('file_deliveries.id')
    .execute();
}

/**
 * Newest first, across every organization (the operator's `enroll transmit`): files whose last send
 * failed and that wait for a retry or gave up.
 */
export async function listUnsentFiles(db: Db, limit: number) {
  return db
    .selectFrom('file_deliveries')
    .select(['id', 'status', 'attempts', 'next_attempt_at', 'last_error'])
    .where('last_error', 'is not', null)
    .where('status', 'in', ['ready', 'failed'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The carriers the worker asks for files: those that owe us an answer, and folder carriers always (a
 * look at a local folder is cheap), since a carrier's full file may arrive unasked and is reconciled.
 */
export async function carriersToRead(db: Db): Promise<Array<{ id: string; organization_id: string }>> {
  return db
    .selectFrom('carriers')
    .select(['carriers.id', 'carriers.organization_id'])
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('file_deliveries').select('file_deliveries.id').whereRef('file_deliveries.carrier_id', '=', 'carriers.id').where('file_deliveries.status', 'in', ['sent', 'acknowledged'])),
        eb(sql<string>`carriers.connection ->> 'type'`, '=', 'directory'),
      ]),
    )
    .orderBy('carriers.id')
    .execute();
}
