// Renewal over HTTP: POST /coverage_periods/:id/renewals makes the next plan year's period and plans in
// the request's transaction and queues the job that rolls the elections forward (202); ?dry_run=true
// does all of it, job included, in the request and rolls it back (200, the counts it would reach).
import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { conflict, notFound, unprocessable, type ErrorItem } from '../../http/errors.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { newId } from '../../db/ids.ts';
import { queueImportJob } from '../../imports/jobs/import-jobs.ts';
import { findReachableCoveragePeriod, insertCoveragePeriod, toCoveragePeriod } from '../coverage-periods/store.ts';
import { compareDates } from '../dates.ts';
import { nextPeriodDates, renewalPlans } from './renewal-rules.ts';
import { runRenewalInline } from './run-renewal.ts';
import { CreateRenewalBody, Renewal, RenewalQuery } from './schema.ts';
import { findReachableRenewal, findRenewalOfPeriod, insertRenewal, insertRenewedPlans, listPlansToRenew, type RenewalRow } from './store.ts';

const toRenewal = (row: RenewalRow, dryRun = false): Renewal => ({
  id: row.id,
  state: dryRun ? 'validated' : row.state,
  dry_run: dryRun,
  from_coverage_period_id: row.from_coverage_period_id,
  coverage_period_id: row.coverage_period_id,
  plan_mapping: row.plan_mapping,
  families_total: row.families_total,
  families_renewed: row.families_renewed,
  families_skipped: row.families_skipped,
  coverages_renewed: row.coverages_renewed,
  coverages_not_renewed: row.coverages_not_renewed,
  message: row.message,
  created_at: new Date(row.created_at).toISOString(),
  started_at: row.started_at ? new Date(row.started_at).toISOString() : null,
  finished_at: row.finished_at ? new Date(row.finished_at).toISOString() : null,
});

export function registerRenewalRoutes(app: App): void {
  app.post('/coverage_periods/:id/renewals', {
    config: { scope: 'write' },
    schema: {
      tags: ['coverage periods'],
      summary: "Renew the coverage period into the next plan year: its plans mapped old → new, and every current election rolled forward",
      description:
        'Creates the next coverage period (same carrier and rules; dates, group number and open enrollment as given) and its plans — each plan renewed as it is unless `plans` maps it ' +
        '(new identifiers, two plans merged into one, or `drop`) — and queues a job that rolls forward every coverage in force on this period’s last day, family by family in chunks: ' +
        'same members, new plans, from the new period’s first day; each renewed family becomes pending and is queued for the carrier. A family that already has coverage in the new period ' +
        '(its own open-enrollment election) is left as it is; a member removed from the family, a child past the age limit and a dropped plan are not renewed. A period is renewed once. ' +
        '`?dry_run=true` runs all of it in the request and rolls it back: the answer has the counts the renewal would reach. GET /renewals/{id} follows the job.',
      params: IdParams,
      querystring: RenewalQuery,
      body: CreateRenewalBody,
      response: { 200: Type.Object({ renewal: Renewal }), 202: Type.Object({ renewal: Renewal }) },
    },
  }, async (request, reply) => {
    const dryRun = request.query.dry_run ?? false;
    return writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const period = await findReachableCoveragePeriod(trx, caller.organizationId, request.params.id);
      if (!period) throw notFound('coverage period');
      const earlier = await findRenewalOfPeriod(trx, period.id);
      if (earlier) throw conflict('already_renewed', `This coverage period was renewed already (renewal ${earlier.id}, into coverage period ${earlier.coverage_period_id})`, 'id');
      const body = request.body.renewal;
      const { dates, errors } = nextPeriodDates(period, body);
      const plans = renewalPlans(await listPlansToRenew(trx, period.id), body.plans ?? [], newId);
      const openStart = body.open_enrollment_start_date ?? null;
      const openEnd = body.open_enrollment_end_date ?? null;
      const violations: ErrorItem[] = [...errors, ...plans.errors];
      if (openStart && openEnd && compareDates(openEnd, openStart) < 0) violations.push({ error_type: 'unprocessable.end_date_before_start_date', message: `open_enrollment_end_date ${openEnd} is before open_enrollment_start_date ${openStart}`, parameter: 'renewal.open_enrollment_end_date' });
      if (violations.length) throw unprocessable(violations);
      const next = await insertCoveragePeriod(trx, { id: period.group_id, organization_id: period.organization_id }, {
        carrier_id: period.carrier_id,
        carrier_group_number: body.carrier_group_number ?? period.carrier_group_number,
        ...dates,
        open_enrollment_start_date: openStart,
        open_enrollment_end_date: openEnd,
        termination_rule: period.termination_rule,
        birth_enrollment_window_days: period.birth_enrollment_window_days,
        ...(period.retroactive_days === null ? {} : { retroactive_days: period.retroactive_days }),
        ...(period.future_days === null ? {} : { future_days: period.future_days }),
      });
      await insertRenewedPlans(trx, next, plans.plans);
      const renewal = await insertRenewal(trx, { id: newId(), organization_id: period.organization_id, group_id: period.group_id, from_coverage_period_id: period.id, coverage_period_id: next.id, api_key_id: caller.apiKeyId ?? null, plan_mapping: plans.mapping });
      await audit({ resource_type: 'coverage_period', resource_id: next.id, action: 'create', after: { ...toCoveragePeriod(next), renewed_from: period.id } });
      await audit({ resource_type: 'renewal', resource_id: renewal.id, action: 'create', after: { from_coverage_period_id: period.id, coverage_period_id: next.id, plans: plans.plans, plan_mapping: plans.mapping } });
      if (dryRun) {
        await runRenewalInline(trx, renewal);
        return { status: 200, body: { renewal: toRenewal((await findRenewalOfPeriod(trx, period.id))!, true) } };
      }
      await queueImportJob(trx, { id: renewal.id, kind: 'renewal', organizationId: caller.organizationId, uploadId: null });
      return { status: 202, body: { renewal: toRenewal(renewal) } };
    }, {}, { dryRun });
  });

  app.get('/renewals/:id', {
    config: { scope: 'read' },
    schema: { tags: ['coverage periods'], summary: 'A renewal: its state, its plans’ mapping and what it renewed so far', params: IdParams, response: { 200: Type.Object({ renewal: Renewal }) } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachableRenewal(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('renewal');
    return { renewal: toRenewal(row) };
  });
}
