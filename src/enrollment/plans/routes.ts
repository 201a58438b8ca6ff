// Plans over HTTP, created in a coverage period the caller reaches.
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { decodeCursor, page, PageQuery } from '../../http/pagination.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { findReachableCoveragePeriod } from '../coverage-periods/store.ts';
import { isUniqueViolation } from '../groups/store.ts';
import { CreatePlanBody, PlanAnswer, PlanList } from './schema.ts';
import { planLineNotReceivable, planLineReceivable } from './receivable.ts';
import { findReachablePlan, insertPlan, listPlansOfCoveragePeriod, lockedCarrierLines, planExternalIdentifierTaken, toPlan } from './store.ts';

const externalIdentifierConflict = () =>
  conflict('external_identifier_taken', 'Another plan of this coverage period has this external_identifier', 'plan.external_identifier');

export function registerPlanRoutes(app: App): void {
  app.post('/coverage_periods/:id/plans', {
    config: { scope: 'write' },
    schema: {
      tags: ['plans'],
      summary: 'Add a plan to a coverage period',
      description:
        "Only for a product line the period's carrier can receive: one the 834 guide has an insurance line code (HD03) for " +
        "(medical, dental, vision, short- and long-term disability; a disability plan's coverages go out as either), or one the carrier's " +
        '`line_of_coverage_codes` names a code for. Otherwise 422 `unprocessable.product_line_not_receivable` naming `plan.product_line` and the carrier setting to add.',
      params: IdParams,
      body: CreatePlanBody,
      response: { 201: PlanAnswer },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const coveragePeriod = await findReachableCoveragePeriod(trx, caller.organizationId, request.params.id);
      if (!coveragePeriod) throw notFound('coverage period');
      const input = request.body.plan;
      // The line must reach the carrier's 834: a plan no file can carry would be left out of every file.
      const carrier = await lockedCarrierLines(trx, coveragePeriod.carrier_id);
      if (carrier && !planLineReceivable(input.product_line, carrier.line_of_coverage_codes)) throw unprocessable([planLineNotReceivable(input.product_line, carrier)]);
      if (await planExternalIdentifierTaken(trx, coveragePeriod.id, input.external_identifier)) throw externalIdentifierConflict();
      // The check above misses a concurrent create with the same identifier; the unique index does not.
      const row = await insertPlan(trx, coveragePeriod, input).catch((error: unknown) => {
        throw isUniqueViolation(error) ? externalIdentifierConflict() : error;
      });
      const plan = toPlan(row);
      await audit({ resource_type: 'plan', resource_id: row.id, action: 'create', after: plan });
      return { status: 201, body: { plan } };
    }),
  );

  app.get('/coverage_periods/:id/plans', {
    config: { scope: 'read' },
    schema: { tags: ['plans'], summary: "A coverage period's plans", params: IdParams, querystring: PageQuery, response: { 200: PlanList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, async (trx) => {
      const coveragePeriod = await findReachableCoveragePeriod(trx, request.caller.organizationId, request.params.id);
      if (!coveragePeriod) throw notFound('coverage period');
      return listPlansOfCoveragePeriod(trx, request.caller.organizationId, coveragePeriod.id, limit + 1, decodeCursor(request.query.cursor));
    });
    const { items, next_cursor } = page(rows, limit);
    return { plans: items.map(toPlan), next_cursor };
  });

  app.get('/plans/:id', {
    config: { scope: 'read' },
    schema: { tags: ['plans'], summary: 'One plan', params: IdParams, response: { 200: PlanAnswer } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachablePlan(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('plan');
    return { plan: toPlan(row) };
  });
}
