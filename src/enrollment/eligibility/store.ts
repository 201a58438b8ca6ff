// Eligibility rules in SQL. A rule carries its period's owner and group, so it is reached like the group.
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { EligibilityRulesTable } from '../../db/tables.ts';
import { reachableBy } from '../group-access.ts';
import type { EligibilityRule, RuleInput, RuleUpdate } from './schema.ts';

export interface EligibilityRuleRow extends Omit<EligibilityRulesTable, 'created_at' | 'updated_at' | 'plan_ids'> {
  plan_ids: string[] | null;
  created_at: Date;
  updated_at: Date;
}

export const toEligibilityRule = (row: EligibilityRuleRow): EligibilityRule => ({
  id: row.id,
  coverage_period_id: row.coverage_period_id,
  employment_classification_id: row.employment_classification_id,
  plan_ids: row.plan_ids,
  minimum_hours_per_week: row.minimum_hours_per_week === null ? null : Number(row.minimum_hours_per_week),
  waiting_period: row.waiting_period_type === null ? null : { type: row.waiting_period_type, days: row.waiting_period_days },
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

/** The columns of the fields given (undefined: left as they are). */
function ruleColumns(input: RuleUpdate) {
  return {
    ...(input.plan_ids !== undefined ? { plan_ids: input.plan_ids === null ? null : JSON.stringify(input.plan_ids) } : {}),
    ...(input.minimum_hours_per_week !== undefined ? { minimum_hours_per_week: input.minimum_hours_per_week } : {}),
    ...(input.waiting_period !== undefined
      ? { waiting_period_type: input.waiting_period?.type ?? null, waiting_period_days: input.waiting_period?.type === 'date_of_hire' ? null : (input.waiting_period?.days ?? null) }
      : {}),
  };
}

/** What a new or changed rule must refer to: which of these are a class and the plans of the period. */
export async function ruleReferences(trx: Trx, period: { id: string; group_id: string }, classificationId: string | null | undefined, planIds: readonly string[]) {
  const classes = classificationId ? await trx.selectFrom('employment_classifications').select('id').where('id', '=', classificationId).where('group_id', '=', period.group_id).execute() : [];
  const plans = planIds.length ? await trx.selectFrom('plans').select('id').where('coverage_period_id', '=', period.id).where('id', 'in', [...planIds]).execute() : [];
  return { classFound: classes.length > 0, planIds: new Set(plans.map((plan) => plan.id)) };
}

export async function insertRule(trx: Trx, period: { id: string; organization_id: string; group_id: string }, input: RuleInput): Promise<EligibilityRuleRow> {
  const row = await trx
    .insertInto('eligibility_rules')
    .values({ id: newId(), organization_id: period.organization_id, group_id: period.group_id, coverage_period_id: period.id, employment_classification_id: input.employment_classification_id ?? null, plan_ids: null, ...ruleColumns(input) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as unknown as EligibilityRuleRow;
}

export async function updateRule(trx: Trx, id: string, changes: RuleUpdate): Promise<EligibilityRuleRow> {
  const row = await trx.updateTable('eligibility_rules').set({ ...ruleColumns(changes), updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  return row as unknown as EligibilityRuleRow;
}

export async function findReachableRule(trx: Trx, organizationId: string, id: string): Promise<EligibilityRuleRow | undefined> {
  const row = await trx.selectFrom('eligibility_rules').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'eligibility_rules')).executeTakeFirst();
  return row as unknown as EligibilityRuleRow | undefined;
}

export async function listRulesOfPeriod(trx: Trx, organizationId: string, periodId: string): Promise<EligibilityRuleRow[]> {
  const rows = await trx.selectFrom('eligibility_rules').selectAll().where('coverage_period_id', '=', periodId).where(reachableBy(organizationId, 'eligibility_rules')).orderBy('id').execute();
  return rows as unknown as EligibilityRuleRow[];
}
