// Eligibility rules over HTTP: per coverage period and benefit class (or the period's default rule),
// judged by eligibility-rules.ts whenever a life event starts coverage in the period.
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { conflict, invalid, notFound, unprocessable, type ErrorItem } from '../../http/errors.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import type { Trx } from '../../db/database.ts';
import { findReachableCoveragePeriod } from '../coverage-periods/store.ts';
import { isUniqueViolation } from '../groups/store.ts';
import { CreateRuleBody, EligibilityRuleAnswer, EligibilityRuleList, UpdateRuleBody, type RuleUpdate } from './schema.ts';
import { findReachableRule, insertRule, listRulesOfPeriod, ruleReferences, toEligibilityRule, updateRule } from './store.ts';

const TAGS = ['eligibility rules'];

/** The waiting period's days are needed by every type but date_of_hire. */
function waitingPeriodDaysMissing(input: RuleUpdate) {
  const wait = input.waiting_period;
  if (wait && wait.type !== 'date_of_hire' && (wait.days === undefined || wait.days === null)) {
    throw invalid('eligibility_rule.waiting_period.days', `A ${wait.type} waiting period needs its days`, 'invalid_request.parameter_required');
  }
}

async function referenceViolations(trx: Trx, period: { id: string; group_id: string }, classificationId: string | null | undefined, planIds: readonly string[]): Promise<ErrorItem[]> {
  const found = await ruleReferences(trx, period, classificationId, planIds);
  const violations: ErrorItem[] = [];
  if (classificationId && !found.classFound) {
    violations.push({ error_type: 'unprocessable.employment_classification_not_found', message: "employment_classification_id is not a class of this coverage period's group", parameter: 'eligibility_rule.employment_classification_id' });
  }
  planIds.forEach((id, index) => {
    if (!found.planIds.has(id)) violations.push({ error_type: 'unprocessable.plan_not_found', message: 'Not a plan of this coverage period', parameter: `eligibility_rule.plan_ids[${index}]` });
  });
  return violations;
}

export function registerEligibilityRuleRoutes(app: App): void {
  app.post('/coverage_periods/:id/eligibility_rules', {
    config: { scope: 'write' },
    schema: {
      tags: TAGS,
      summary: "Set the eligibility rule of a benefit class (or the default rule) in a coverage period: its plans, minimum weekly hours and waiting period",
      params: IdParams,
      body: CreateRuleBody,
      response: { 201: EligibilityRuleAnswer },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const period = await findReachableCoveragePeriod(trx, caller.organizationId, request.params.id);
      if (!period) throw notFound('coverage period');
      const input = request.body.eligibility_rule;
      waitingPeriodDaysMissing(input);
      const violations = await referenceViolations(trx, period, input.employment_classification_id, input.plan_ids ?? []);
      if (violations.length) throw unprocessable(violations);
      const row = await insertRule(trx, period, input).catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict('eligibility_rule_exists', 'This coverage period already has a rule for this class; change it with PUT /eligibility_rules/:id', 'eligibility_rule.employment_classification_id') : error;
      });
      const rule = toEligibilityRule(row);
      await audit({ resource_type: 'eligibility_rule', resource_id: row.id, action: 'create', after: rule });
      return { status: 201, body: { eligibility_rule: rule } };
    }),
  );

  app.get('/coverage_periods/:id/eligibility_rules', {
    config: { scope: 'read' },
    schema: { tags: TAGS, summary: "A coverage period's eligibility rules", params: IdParams, response: { 200: EligibilityRuleList } },
  }, async (request) => {
    const rows = await readAs(request, async (trx) => {
      const period = await findReachableCoveragePeriod(trx, request.caller.organizationId, request.params.id);
      if (!period) throw notFound('coverage period');
      return listRulesOfPeriod(trx, request.caller.organizationId, period.id);
    });
    return { eligibility_rules: rows.map(toEligibilityRule) };
  });

  app.get('/eligibility_rules/:id', {
    config: { scope: 'read' },
    schema: { tags: TAGS, summary: 'One eligibility rule', params: IdParams, response: { 200: EligibilityRuleAnswer } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachableRule(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('eligibility rule');
    return { eligibility_rule: toEligibilityRule(row) };
  });

  app.put('/eligibility_rules/:id', {
    config: { scope: 'write' },
    schema: { tags: TAGS, summary: 'Change an eligibility rule: only the fields given change (its class stays)', params: IdParams, body: UpdateRuleBody, response: { 200: EligibilityRuleAnswer } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const before = await findReachableRule(trx, caller.organizationId, request.params.id);
      if (!before) throw notFound('eligibility rule');
      const changes = request.body.eligibility_rule;
      waitingPeriodDaysMissing(changes);
      const violations = await referenceViolations(trx, { id: before.coverage_period_id, group_id: before.group_id }, null, changes.plan_ids ?? []);
      if (violations.length) throw unprocessable(violations);
      const row = Object.keys(changes).length ? await updateRule(trx, before.id, changes) : before;
      const rule = toEligibilityRule(row);
      await audit({ resource_type: 'eligibility_rule', resource_id: row.id, action: 'update', before: toEligibilityRule(before), after: rule });
      return { status: 200, body: { eligibility_rule: rule } };
    }),
  );
}
