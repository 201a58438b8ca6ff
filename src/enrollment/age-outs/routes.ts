// Upcoming age-outs over HTTP: who the dependent age limit takes off coverage soon, and when.
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { notFound } from '../../http/errors.ts';
import { readAs } from '../../http/tenant-transaction.ts';
import { addDays } from '../dates.ts';
import { findReachableGroup } from '../groups/store.ts';
import { UpcomingAgeOutList, UpcomingAgeOutsQuery } from './schema.ts';
import { listUpcomingAgeOuts } from './store.ts';

export function registerAgeOutRoutes(app: App): void {
  app.get('/groups/:id/upcoming_age_outs', {
    config: { scope: 'read' },
    schema: {
      tags: ['groups'],
      summary: 'Dependents who reach the dependent age limit soon, with the date their coverage ends',
      description:
        "A child's coverage ends on the last day of the month of the 26th birthday unless the child is handicapped. Lists the group's current dependents " +
        'whose limit falls within `within_days` from today (or has passed while coverage still runs past it), earliest first, with the coverage rows that run past it.',
      params: IdParams,
      querystring: UpcomingAgeOutsQuery,
      response: { 200: UpcomingAgeOutList },
    },
  }, async (request) => {
    const until = addDays(new Date().toISOString().slice(0, 10), request.query.within_days ?? 60);
    const rows = await readAs(request, async (trx) => {
      const group = await findReachableGroup(trx, request.caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      return listUpcomingAgeOuts(trx, request.caller.organizationId, group.id, until, request.query.limit ?? 100);
    });
    return { upcoming_age_outs: rows };
  });
}
