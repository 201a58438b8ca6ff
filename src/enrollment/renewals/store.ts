// Renewals in SQL: the renewal's row, the new period's plans in one statement, and the families a
// chunk renews — those with coverage in force on the old period's last day and none yet in the new
// period (a family that made its own open-enrollment election is left as it is), by subscriber id.
import { sql, type Selectable } from 'kysely';
import { json, type Trx } from '../../db/database.ts';
import type { RenewalsTable, SubscriberStatus } from '../../db/tables.ts';
import { reachableBy } from '../group-access.ts';
import type { NewPlan, OldPlan } from './renewal-rules.ts';

export type RenewalRow = Selectable<RenewalsTable>;

export async function listPlansToRenew(trx: Trx, coveragePeriodId: string): Promise<OldPlan[]> {
  return trx
    .selectFrom('plans')
    .select(['id', 'external_identifier', 'description', 'product_line', 'product_type', 'plan_identifier', 'voluntary'])
    .where('coverage_period_id', '=', coveragePeriodId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The renewal of a period, if it was renewed (a period is renewed once). */
export async function findRenewalOfPeriod(trx: Trx, fromCoveragePeriodId: string): Promise<RenewalRow | undefined> {
  return trx.selectFrom('renewals').selectAll().where('from_coverage_period_id', '=', fromCoveragePeriodId).executeTakeFirst();
}

export async function findReachableRenewal(trx: Trx, organizationId: string, id: string): Promise<RenewalRow | undefined> {
  return trx.selectFrom('renewals').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'renewals')).executeTakeFirst();
}

/** The new period's plans, one statement whatever their number (one JSON parameter). */
export async function insertRenewedPlans(trx: Trx, period: { id: string; organization_id: string; group_id: string }, plans: readonly NewPlan[]): Promise<void> {
  if (!plans.length) return;
  await sql`
    INSERT INTO plans (id, organization_id, group_id, coverage_period_id, external_identifier, description, product_line, product_type, plan_identifier, voluntary)
    SELECT p.id, ${period.organization_id}::uuid, ${period.group_id}::uuid, ${period.id}::uuid, p.external_identifier, p.description, p.product_line, p.product_type, p.plan_identifier, p.voluntary
      FROM json_to_recordset(${JSON.stringify(plans)}::json)
        AS p(id uuid, external_identifier text, description text, product_line text, product_type text, plan_identifier text, voluntary boolean)`.execute(trx);
}

export async function insertRenewal(trx: Trx, row: Pick<RenewalRow, 'id' | 'organization_id' | 'group_id' | 'from_coverage_period_id' | 'coverage_period_id' | 'api_key_id' | 'plan_mapping'>): Promise<RenewalRow> {
  return trx
    .insertInto('renewals')
    .values({ ...row, plan_mapping: json(row.plan_mapping), last_subscriber_id: null, message: null, started_at: null, finished_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Families with coverage in force on `oldEnd` in the old period: in all, and those already in the new one. */
export async function countRenewalFamilies(trx: Trx, renewal: Pick<RenewalRow, 'from_coverage_period_id' | 'coverage_period_id'>, oldEnd: string): Promise<{ total: number; skipped: number }> {
  const { rows } = await sql<{ total: number; skipped: number }>`
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM coverages n WHERE n.subscriber_id = f.subscriber_id AND n.coverage_period_id = ${renewal.coverage_period_id} AND n.superseded_at IS NULL))::int AS skipped
      FROM (SELECT DISTINCT c.subscriber_id FROM coverages c
             WHERE c.coverage_period_id = ${renewal.from_coverage_period_id} AND c.superseded_at IS NULL
               AND c.start_date <= ${oldEnd}::date AND (c.end_date IS NULL OR c.end_date >= ${oldEnd}::date)) f`.execute(trx);
  return rows[0]!;
}

/** The next chunk of families to renew, after the cursor, with their status (for the announcement). */
export async function nextRenewalFamilies(trx: Trx, renewal: Pick<RenewalRow, 'from_coverage_period_id' | 'coverage_period_id'>, oldEnd: string, after: string | null, limit: number): Promise<Array<{ subscriber_id: string; status: SubscriberStatus | null }>> {
  const { rows } = await sql<{ subscriber_id: string; status: SubscriberStatus | null }>`
    SELECT f.subscriber_id, s.status
      FROM (SELECT DISTINCT c.subscriber_id FROM coverages c
             WHERE c.coverage_period_id = ${renewal.from_coverage_period_id} AND c.superseded_at IS NULL
               AND c.start_date <= ${oldEnd}::date AND (c.end_date IS NULL OR c.end_date >= ${oldEnd}::date)
               AND (${after}::uuid IS NULL OR c.subscriber_id > ${after}::uuid)) f
      LEFT JOIN subscriber_statuses s ON s.subscriber_id = f.subscriber_id
     WHERE NOT EXISTS (SELECT 1 FROM coverages n WHERE n.subscriber_id = f.subscriber_id AND n.coverage_period_id = ${renewal.coverage_period_id} AND n.superseded_at IS NULL)
     ORDER BY f.subscriber_id
     LIMIT ${limit}`.execute(trx);
  return rows;
}

export async function recordRenewalChunk(trx: Trx, id: string, chunk: { lastSubscriberId: string; families: number; coverages: number; notRenewed: number }): Promise<void> {
  await trx
    .updateTable('renewals')
    .set((eb) => ({
      last_subscriber_id: chunk.lastSubscriberId,
      families_renewed: eb('families_renewed', '+', chunk.families),
      coverages_renewed: eb('coverages_renewed', '+', chunk.coverages),
      coverages_not_renewed: eb('coverages_not_renewed', '+', chunk.notRenewed),
    }))
    .where('id', '=', id)
    .execute();
}

export async function startRenewal(trx: Trx, id: string, counts: { total: number; skipped: number }): Promise<void> {
  await trx.updateTable('renewals').set({ state: 'processing', started_at: new Date(), families_total: counts.total, families_skipped: counts.skipped }).where('id', '=', id).where('state', '=', 'queued').execute();
}

export async function endRenewal(trx: Trx, id: string, state: 'completed' | 'failed', message: string | null): Promise<void> {
  await trx.updateTable('renewals').set({ state, message, finished_at: new Date() }).where('id', '=', id).execute();
}
