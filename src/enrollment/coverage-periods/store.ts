// Coverage periods in SQL. A period's rows belong to the group's owner and carry its group_id, so a
// grantee reaches them through the group (reachableBy), as row-level security does.
import type { Db, Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { CoveragePeriodsTable } from '../../db/tables.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { reachableBy } from '../group-access.ts';
import { DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS } from '../enrollment-facts.ts';
import type { CoveragePeriod, CreateCoveragePeriodBody } from './schema.ts';

export interface CoveragePeriodRow extends Omit<CoveragePeriodsTable, 'created_at'> {
  created_at: Date;
}

type CoveragePeriodInput = CreateCoveragePeriodBody['coverage_period'];

/** The date rules of a period; `YYYY-MM-DD` strings compare as dates. Every violation, not the first. */
export function coveragePeriodDateViolations(input: CoveragePeriodInput): ErrorItem[] {
  const violations: ErrorItem[] = [];
  const error_type = 'unprocessable.end_date_before_start_date';
  if (input.coverage_end_date < input.coverage_start_date) {
    violations.push({ error_type, message: `coverage_end_date ${input.coverage_end_date} is before coverage_start_date ${input.coverage_start_date}`, parameter: 'coverage_period.coverage_end_date' });
  }
  const { open_enrollment_start_date: openStart, open_enrollment_end_date: openEnd } = input;
  if (openStart && openEnd && openEnd < openStart) {
    violations.push({ error_type, message: `open_enrollment_end_date ${openEnd} is before open_enrollment_start_date ${openStart}`, parameter: 'coverage_period.open_enrollment_end_date' });
  }
  return violations;
}

export const toCoveragePeriod = (row: CoveragePeriodRow): CoveragePeriod => ({
  id: row.id,
  group_id: row.group_id,
  carrier_id: row.carrier_id,
  carrier_group_number: row.carrier_group_number,
  coverage_start_date: row.coverage_start_date,
  coverage_end_date: row.coverage_end_date,
  open_enrollment_start_date: row.open_enrollment_start_date,
  open_enrollment_end_date: row.open_enrollment_end_date,
  termination_rule: row.termination_rule,
  birth_enrollment_window_days: row.birth_enrollment_window_days,
  // The time rules appear only when set: a period without them has no limit.
  ...(row.retroactive_days === null ? {} : { retroactive_days: row.retroactive_days }),
  ...(row.future_days === null ? {} : { future_days: row.future_days }),
  created_at: row.created_at.toISOString(),
});

export async function insertCoveragePeriod(trx: Trx, group: { id: string; organization_id: string }, input: CoveragePeriodInput): Promise<CoveragePeriodRow> {
  return trx
    .insertInto('coverage_periods')
    .values({
      id: newId(),
      organization_id: group.organization_id,
      group_id: group.id,
      carrier_id: input.carrier_id,
      carrier_group_number: input.carrier_group_number,
      coverage_start_date: input.coverage_start_date,
      coverage_end_date: input.coverage_end_date,
      open_enrollment_start_date: input.open_enrollment_start_date ?? null,
      open_enrollment_end_date: input.open_enrollment_end_date ?? null,
      termination_rule: input.termination_rule ?? 'end_of_month',
      birth_enrollment_window_days: input.birth_enrollment_window_days ?? DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS,
      retroactive_days: input.retroactive_days ?? null,
      future_days: input.future_days ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The coverage period, when the organization owns its group or holds a live grant for it. */
export async function findReachableCoveragePeriod(trx: Trx, organizationId: string, id: string): Promise<CoveragePeriodRow | undefined> {
  return trx.selectFrom('coverage_periods').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'coverage_periods')).executeTakeFirst();
}

export async function listCoveragePeriodsOfGroup(trx: Trx, organizationId: string, groupId: string, limit: number, after?: string): Promise<CoveragePeriodRow[]> {
  let query = trx.selectFrom('coverage_periods').selectAll().where('group_id', '=', groupId).where(reachableBy(organizationId, 'coverage_periods'));
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

/**
 * The period and its group's owner, looked up outside any tenant: the operator's commands (`enroll
 * import`, `enroll export`) work on the database directly. Takes the app's Db, never a tenant transaction.
 */
export async function findCoveragePeriodForOperator(db: Db, id: string): Promise<{ id: string; group_id: string; organization_id: string } | undefined> {
  return db.selectFrom('coverage_periods').select(['id', 'group_id', 'organization_id']).where('id', '=', id).executeTakeFirst();
}
