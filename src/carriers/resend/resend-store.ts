// Resend (SQL): a family's current state queued again for each of its carriers, and a rejected or
// failed file built again for its families. Both make the families pending with those carriers, as any
// change does, so the file that carries them moves them on (submitted, then synced or errors).
import { sql, type Trx } from '../../db/database.ts';
import { recordEvents } from '../../webhooks/emit-event.ts';
import { refreshFamilies } from '../transmission/status-updates.ts';

interface Pending {
  subscriber_id: string;
  organization_id: string;
  group_id: string;
  carrier_id: string;
  coverage_period_id: string;
  previous: string | null;
}

/** Each move to pending announced (subscriber.carrier_status_changed), then the families' own status follows. */
async function announcePending(trx: Trx, rows: readonly Pending[]): Promise<void> {
  const moved = rows.filter((row) => row.previous !== 'pending');
  await recordEvents(
    trx,
    moved.map((row) => ({
      organizationId: row.organization_id,
      groupId: row.group_id,
      type: 'subscriber.carrier_status_changed' as const,
      data: { object: 'carrier_status', id: row.subscriber_id, status: 'pending', previous_status: row.previous, subscriber_id: row.subscriber_id, carrier_id: row.carrier_id, coverage_period_id: row.coverage_period_id },
    })),
  );
  await refreshFamilies(trx, [...new Set(moved.map((row) => row.subscriber_id))]);
}

/**
 * Queues the family for every carrier and coverage period it has current coverage in (an outbox row
 * each, so the next change file of each carries it) and makes it pending there. One statement; answers
 * the periods queued.
 */
export async function queueFamilyAgain(trx: Trx, subscriberId: string): Promise<Array<{ coverage_period_id: string; carrier_id: string; previous: string | null }>> {
  const { rows } = await sql<Pending>`
    WITH periods AS (
      SELECT DISTINCT c.subscriber_id, p.organization_id, p.group_id, p.carrier_id, p.id AS coverage_period_id
      FROM coverages c JOIN coverage_periods p ON p.id = c.coverage_period_id
      WHERE c.subscriber_id = ${subscriberId}::uuid AND c.superseded_at IS NULL
    ), before AS (
      SELECT coverage_period_id, status FROM carrier_statuses WHERE subscriber_id = ${subscriberId}::uuid
    ), queued AS (
      INSERT INTO carrier_outbox (organization_id, group_id, subscriber_id, carrier_id, coverage_period_id)
      SELECT organization_id, group_id, subscriber_id, carrier_id, coverage_period_id FROM periods
      RETURNING coverage_period_id
    ), pending AS (
      INSERT INTO carrier_statuses (subscriber_id, coverage_period_id, carrier_id, organization_id, group_id, status, status_at, errors)
      SELECT subscriber_id, coverage_period_id, carrier_id, organization_id, group_id, 'pending', now(), '[]'::jsonb FROM periods
      ON CONFLICT (subscriber_id, coverage_period_id) DO UPDATE SET status = 'pending', status_at = now(), errors = '[]'::jsonb
      RETURNING subscriber_id, organization_id, group_id, carrier_id, coverage_period_id
    )
    -- A data-modifying CTE runs whether read or not: queued writes the outbox rows.
    SELECT p.*, b.status AS previous FROM pending p LEFT JOIN before b ON b.coverage_period_id = p.coverage_period_id
    ORDER BY p.coverage_period_id`.execute(trx);
  await announcePending(trx, rows);
  return rows.map(({ coverage_period_id, carrier_id, previous }) => ({ coverage_period_id, carrier_id, previous }));
}

/** The families a file carried. */
export async function familiesOfDelivery(trx: Trx, deliveryId: string): Promise<string[]> {
  const rows = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', deliveryId).orderBy('subscriber_id').execute();
  return rows.map((row) => row.subscriber_id);
}

/**
 * The new file replaces the old one: it names it, the changes (outbox rows) the old one carried are
 * carried by the new one now (their life events move with it), and its families are pending with the
 * carrier again. Three statements and the announcements.
 */
export async function replaceDelivery(trx: Trx, oldId: string, newId: string, coveragePeriodId: string, subscriberIds: readonly string[]): Promise<void> {
  await trx.updateTable('file_deliveries').set({ resent_from_id: oldId }).where('id', '=', newId).execute();
  await trx.updateTable('carrier_outbox').set({ delivery_id: newId }).where('delivery_id', '=', oldId).execute();
  const { rows } = await sql<Pending>`
    WITH before AS (
      SELECT subscriber_id, status FROM carrier_statuses WHERE coverage_period_id = ${coveragePeriodId}::uuid AND subscriber_id = any(${[...subscriberIds]}::uuid[])
    ), moved AS (
      UPDATE carrier_statuses SET status = 'pending', status_at = now(), errors = '[]'::jsonb
      WHERE coverage_period_id = ${coveragePeriodId}::uuid AND subscriber_id = any(${[...subscriberIds]}::uuid[])
      RETURNING subscriber_id, organization_id, group_id, carrier_id, coverage_period_id
    )
    SELECT m.*, b.status AS previous FROM moved m JOIN before b ON b.subscriber_id = m.subscriber_id`.execute(trx);
  await announcePending(trx, rows);
}
