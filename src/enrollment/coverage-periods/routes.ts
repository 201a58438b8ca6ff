// Coverage periods over HTTP: created in a group the caller reaches (owner or grantee), with one of
// the caller's own carriers.
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { notFound, unprocessable } from '../../http/errors.ts';
import { decodeCursor, page, PageQuery } from '../../http/pagination.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { findCarrier } from '../../carriers/registry/store.ts';
import { findReachableGroup } from '../groups/store.ts';
import { CoveragePeriodAnswer, CoveragePeriodList, CreateCoveragePeriodBody } from './schema.ts';
import { coveragePeriodDateViolations, findReachableCoveragePeriod, insertCoveragePeriod, listCoveragePeriodsOfGroup, toCoveragePeriod } from './store.ts';

export function registerCoveragePeriodRoutes(app: App): void {
  app.post('/groups/:id/coverage_periods', {
    config: { scope: 'write' },
    schema: {
      tags: ['coverage periods'],
      summary: 'Create a coverage period of a group with one of your carriers',
      params: IdParams,
      body: CreateCoveragePeriodBody,
      response: { 201: CoveragePeriodAnswer },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const group = await findReachableGroup(trx, caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      const input = request.body.coverage_period;
      const violations = coveragePeriodDateViolations(input);
      // The carrier must be the caller's own: another organization's carrier is as unknown as a missing one.
      if (!(await findCarrier(trx, caller.organizationId, input.carrier_id))) {
        violations.push({ error_type: 'unprocessable.carrier_not_found', message: 'No carrier of this organization has this id', parameter: 'coverage_period.carrier_id' });
      }
      if (violations.length > 0) throw unprocessable(violations);
      const row = await insertCoveragePeriod(trx, group, input);
      const coveragePeriod = toCoveragePeriod(row);
      await audit({ resource_type: 'coverage_period', resource_id: row.id, action: 'create', after: coveragePeriod });
      return { status: 201, body: { coverage_period: coveragePeriod } };
    }),
  );

  app.get('/groups/:id/coverage_periods', {
    config: { scope: 'read' },
    schema: { tags: ['coverage periods'], summary: "A group's coverage periods", params: IdParams, querystring: PageQuery, response: { 200: CoveragePeriodList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, async (trx) => {
      const group = await findReachableGroup(trx, request.caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      return listCoveragePeriodsOfGroup(trx, request.caller.organizationId, group.id, limit + 1, decodeCursor(request.query.cursor));
    });
    const { items, next_cursor } = page(rows, limit);
    return { coverage_periods: items.map(toCoveragePeriod), next_cursor };
  });

  app.get('/coverage_periods/:id', {
    config: { scope: 'read' },
    schema: { tags: ['coverage periods'], summary: 'One coverage period', params: IdParams, response: { 200: CoveragePeriodAnswer } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachableCoveragePeriod(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('coverage period');
    return { coverage_period: toCoveragePeriod(row) };
  });
}
