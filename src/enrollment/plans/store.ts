// Plans in SQL. A plan carries its period's owner and group, so it is reached exactly like its group.
import type { Trx } from '../../db/database.ts';
import { sql } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { PlansTable } from '../../db/tables.ts';
import type { CarrierInsuranceLineOverrides } from '../../carriers/x12/code-lists.ts';
import type { ProductLine } from '../enrollment-facts.ts';
import { reachableBy } from '../group-access.ts';
import type { CreatePlanBody, Plan } from './schema.ts';

export interface PlanRow extends Omit<PlansTable, 'created_at' | 'product_line'> {
  product_line: ProductLine;
  created_at: Date;
}

export const toPlan = (row: PlanRow): Plan => ({
  id: row.id,
  coverage_period_id: row.coverage_period_id,
  group_id: row.group_id,
  external_identifier: row.external_identifier,
  description: row.description,
  product_line: row.product_line,
  product_type: row.product_type,
  plan_identifier: row.plan_identifier,
  voluntary: row.voluntary,
  created_at: row.created_at.toISOString(),
});

export async function planExternalIdentifierTaken(trx: Trx, coveragePeriodId: string, externalIdentifier: string): Promise<boolean> {
  const row = await trx.selectFrom('plans').select('id').where('coverage_period_id', '=', coveragePeriodId).where('external_identifier', '=', externalIdentifier).executeTakeFirst();
  return row !== undefined;
}

export async function insertPlan(
  trx: Trx,
  coveragePeriod: { id: string; organization_id: string; group_id: string },
  input: CreatePlanBody['plan'],
): Promise<PlanRow> {
  const row = await trx
    .insertInto('plans')
    .values({
      id: newId(),
      organization_id: coveragePeriod.organization_id,
      group_id: coveragePeriod.group_id,
      coverage_period_id: coveragePeriod.id,
      external_identifier: input.external_identifier,
      description: input.description,
      product_line: input.product_line,
      product_type: input.product_type ?? null,
      plan_identifier: input.plan_identifier ?? null,
      voluntary: input.voluntary ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as PlanRow;
}

/** The plan, when the organization owns its group or holds a live grant for it. */
export async function findReachablePlan(trx: Trx, organizationId: string, id: string): Promise<PlanRow | undefined> {
  const row = await trx.selectFrom('plans').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'plans')).executeTakeFirst();
  return row as PlanRow | undefined;
}

/** Plans of one coverage period by id, for checking plan elections; unreachable ids are simply absent. */
export async function findReachablePlans(trx: Trx, organizationId: string, coveragePeriodId: string, ids: readonly string[]): Promise<PlanRow[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('plans')
    .selectAll()
    .where('coverage_period_id', '=', coveragePeriodId)
    .where('id', 'in', [...ids])
    .where(reachableBy(organizationId, 'plans'))
    .execute();
  return rows as PlanRow[];
}

export async function listPlansOfCoveragePeriod(trx: Trx, organizationId: string, coveragePeriodId: string, limit: number, after?: string): Promise<PlanRow[]> {
  let query = trx.selectFrom('plans').selectAll().where('coverage_period_id', '=', coveragePeriodId).where(reachableBy(organizationId, 'plans'));
  if (after) query = query.where('id', '>', after);
  return (await query.orderBy('id').limit(limit).execute()) as PlanRow[];
}

/**
 * The coverage period's carrier and the HD03 codes it names, read after taking the carrier's lines
 * lock (the one a change of its codes takes, see migration 0016), so the codes are those committed.
 * The carrier is reached through the period (row-level security lets a reachable period show its carrier).
 */
export async function lockedCarrierLines(trx: Trx, carrierId: string): Promise<{ id: string; name: string; line_of_coverage_codes: CarrierInsuranceLineOverrides } | undefined> {
  await sql`SELECT pg_advisory_xact_lock(8345016, hashtext(${carrierId}::text))`.execute(trx);
  const row = await trx.selectFrom('carriers').select(['id', 'name', 'line_of_coverage_codes']).where('id', '=', carrierId).executeTakeFirst();
  return row as { id: string; name: string; line_of_coverage_codes: CarrierInsuranceLineOverrides } | undefined;
}
