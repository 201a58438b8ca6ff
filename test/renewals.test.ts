// Renewal of a 1,000-family group into the next plan year, through HTTP and the worker's job, on a real
// database: the dry run counts what the renewal would do and keeps nothing; the renewal makes the next
// period with its plans mapped (medical re-identified, dental dropped) and rolls every current election
// forward as a job in chunks — same members, new plan, from the new year's first day, each family
// pending and queued for the carrier; a child's renewed coverage stops at the age limit; a family that
// made its own open-enrollment election in the new period is left as it is; a period renews once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { censusText } from '../src/imports/census/testing/generate-census.ts';
import { PERSON_COLUMNS, planColumn } from '../src/imports/census/census-columns.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, type Client } from './support/enrollment-fixtures.ts';
import { finishedImport } from './support/imports.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
const plans: Record<string, string> = {};
const FAMILIES = 1000;

/** A census row for the special family: a subscriber and a child who turns 26 in March 2027. */
function specialRows(): string {
  const row = (values: Record<string, string>) => [...PERSON_COLUMNS, ...['medical', 'dental'].map((line) => planColumn(line as 'medical'))].map((c) => values[c] ?? '').join(',');
  const common = { subscriber_external_id: 'AGING', last_name: 'Older', address_line_1: '1 Elm St', city: 'Austin', state: 'TX', zip: '73301', coverage_start_date: '2026-01-01', [planColumn('medical')]: 'MED-PPO', [planColumn('dental')]: 'DEN-1' };
  return [
    row({ ...common, external_identifier: 'AGING', relationship: 'self', first_name: 'Pat', ssn: '555000111', gender: 'female', birth_date: '1970-05-05', marital_status: 'single', employment_status: 'full_time', employment_start_date: '2015-01-01' }),
    row({ ...common, external_identifier: 'AGING-D1', relationship: 'child', first_name: 'Sam', gender: 'male', birth_date: '2001-03-10' }),
  ].join('\n');
}

const count = async (table: 'coverage_periods' | 'coverages' | 'carrier_outbox' | 'plans' | 'renewals') => Number((await t.testDb.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const familyOf = async (externalId: string) => {
  const list = (await api.get(`/groups/${groupId}/subscribers?external_identifier=${externalId}`)).body.subscribers;
  return (await api.get(`/subscribers/${list[0].id}`)).body;
};

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  const carrierId = (await createCarrier(api)).id;
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrierId, 2026)).id;
  for (const [line, external] of [['medical', 'MED-PPO'], ['dental', 'DEN-1']] as const) {
    const res = await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: external, description: `${line} plan`, product_line: line, plan_identifier: `${line.toUpperCase()}-001` } });
    expect(res.status).toBe(201);
    plans[line] = res.body.plan.id;
  }
  const csv = censusText({ subscribers: FAMILIES - 1, seed: 21, coverageStartDate: '2026-01-01', plans: { medical: 'MED-PPO', dental: 'DEN-1' } }) + specialRows() + '\n';
  const res = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/census_imports?coverage_period_id=${periodId}`, headers: { ...employer.headers, 'content-type': 'text/csv' }, payload: csv });
  expect(res.statusCode, res.body).toBe(202);
  const done = await finishedImport(t, api, 'census_import', res.json().census_import.id);
  expect(done, JSON.stringify(done.errors?.slice(0, 3))).toMatchObject({ state: 'completed', families_created: FAMILIES });
}, 240_000);
afterAll(() => t?.close());

const mapping = () => ({ renewal: { plans: [{ from_plan_id: plans.medical, external_identifier: 'MED-PPO-2027', description: 'medical plan 2027', plan_identifier: 'PPO750' }, { from_plan_id: plans.dental, drop: true }] } });

describe('renewing a coverage period of 1,000 families', () => {
  let coverages = 0;
  let medicalRows = 0;

  it('refuses a mapping that names another period’s plan, or a start inside the period, and keeps nothing', async () => {
    const before = await count('coverage_periods');
    const res = await api.post(`/coverage_periods/${periodId}/renewals`, { renewal: { coverage_start_date: '2026-12-01', plans: [{ from_plan_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80' }] } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => [e.error_type, e.parameter])).toEqual([
      ['unprocessable.renewal_overlaps', 'renewal.coverage_start_date'],
      ['unprocessable.plan_not_found', 'renewal.plans[0].from_plan_id'],
    ]);
    expect(await count('coverage_periods')).toBe(before);
  });

  it('answers a dry run with what the renewal would do, and keeps nothing of it', async () => {
    coverages = await count('coverages');
    medicalRows = Number((await t.testDb.database.db.selectFrom('coverages').select((eb) => eb.fn.countAll<number>().as('n')).where('coverage_period_id', '=', periodId).where('product_line', '=', 'medical').where('superseded_at', 'is', null).executeTakeFirstOrThrow()).n);
    const before = { periods: await count('coverage_periods'), coverages, outbox: await count('carrier_outbox'), plans: await count('plans'), renewals: await count('renewals') };
    const res = await api.post(`/coverage_periods/${periodId}/renewals?dry_run=true`, mapping());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Every medical row rolls forward (Sam's too: he turns 26 only in March 2027); no dental row does.
    expect(res.body.renewal).toMatchObject({ state: 'validated', dry_run: true, families_total: FAMILIES, families_renewed: FAMILIES, families_skipped: 0, coverages_renewed: medicalRows, coverages_not_renewed: medicalRows });
    expect({ periods: await count('coverage_periods'), coverages: await count('coverages'), outbox: await count('carrier_outbox'), plans: await count('plans'), renewals: await count('renewals') }).toEqual(before);
  }, 120_000);

  it('makes the next period and its plans, then rolls every election forward as a job; a family’s own open-enrollment election is kept', async () => {
    const res = await api.post(`/coverage_periods/${periodId}/renewals`, mapping());
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const renewal = res.body.renewal;
    expect(renewal).toMatchObject({ state: 'queued', from_coverage_period_id: periodId, families_renewed: 0 });
    const next = (await api.get(`/coverage_periods/${renewal.coverage_period_id}`)).body.coverage_period;
    expect(next).toMatchObject({ coverage_start_date: '2027-01-01', coverage_end_date: '2027-12-31', carrier_group_number: 'GRP002' });
    const nextPlans = (await api.get(`/coverage_periods/${next.id}/plans`)).body.plans;
    expect(nextPlans.map((p: any) => [p.product_line, p.external_identifier, p.plan_identifier])).toEqual([['medical', 'MED-PPO-2027', 'PPO750']]);
    expect(renewal.plan_mapping).toEqual([{ from_plan_id: plans.medical, to_plan_id: nextPlans[0].id }, { from_plan_id: plans.dental, to_plan_id: null }]);

    // Before the job runs, one family makes its own open-enrollment election in the new period.
    const own = (await familyOf('EMP000007')).subscriber;
    const oe = await api.post(`/subscribers/${own.id}/qualifying_life_events`, { qualifying_life_event: { event: 'open_enrollment', date: '2026-11-15', coverage_period_id: next.id, plan_elections: { medical: { plan_id: nextPlans[0].id, type: 'election', coverages: [{ member_id: own.id, status: 'employer_sponsored', start_date: '2027-01-01' }] } } } });
    expect(oe.status, JSON.stringify(oe.body)).toBe(201);

    const outboxBefore = await count('carrier_outbox');
    await t.runImportJobs();
    const done = (await api.get(`/renewals/${renewal.id}`)).body.renewal;
    const ownMedical = own.dependents.length + 1;
    expect(done).toMatchObject({ state: 'completed', families_total: FAMILIES, families_skipped: 1, families_renewed: FAMILIES - 1, coverages_renewed: medicalRows - ownMedical });
    // Each renewed family is queued in the transaction that renewed it — as any change, for each period
    // it has coverage in (the old year's file and the new year's).
    expect(await count('carrier_outbox')).toBe(outboxBefore + 2 * (FAMILIES - 1));

    const sample = await familyOf('EMP000001');
    expect(sample.status).toBe('pending');
    for (const member of [sample.subscriber, ...sample.subscriber.dependents]) {
      const rows = member.coverages.map((c: any) => [c.coverage_period_id === periodId ? '2026' : '2027', c.product_line, c.plan_id, c.start_date, c.end_date]).sort();
      expect(rows).toEqual([['2026', 'dental', plans.dental, '2026-01-01', null], ['2026', 'medical', plans.medical, '2026-01-01', null], ['2027', 'medical', nextPlans[0].id, '2027-01-01', null]]);
    }
    // The child's renewed coverage stops at the end of the month of the 26th birthday.
    const aging = (await familyOf('AGING')).subscriber;
    expect(aging.dependents[0].coverages.filter((c: any) => c.coverage_period_id === next.id).map((c: any) => [c.start_date, c.end_date])).toEqual([['2027-01-01', '2027-03-31']]);
    // The family that elected for itself has only its own election in the new period: the subscriber alone.
    const kept = (await familyOf('EMP000007')).subscriber;
    expect(kept.coverages.filter((c: any) => c.coverage_period_id === next.id)).toHaveLength(1);
    for (const dependent of kept.dependents) expect(dependent.coverages.filter((c: any) => c.coverage_period_id === next.id)).toEqual([]);
  }, 240_000);

  it('renews a period once, and is another organization’s business to no one', async () => {
    const again = await api.post(`/coverage_periods/${periodId}/renewals`, mapping());
    expect(again.status).toBe(409);
    expect(again.body.errors[0].error_type).toBe('conflict.already_renewed');
    const stranger = await t.tenant();
    const strangerApi = client(t, () => stranger);
    expect((await strangerApi.post(`/coverage_periods/${periodId}/renewals?dry_run=true`, mapping())).status).toBe(404);
    const renewalId = (await t.testDb.database.db.selectFrom('renewals').select('id').executeTakeFirstOrThrow()).id;
    expect((await strangerApi.get(`/renewals/${renewalId}`)).status).toBe(404);
  });
});
