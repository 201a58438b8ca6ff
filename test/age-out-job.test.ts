// Issue 15, automatic age-outs — on both databases: the worker's daily job ends the coverage of a child
// past the age limit as an age_out event of its own, the carrier's next 834 carries the dependent's
// termination, the job runs once a day per group (a second run changes nothing), and its rows are the
// group's organization's only.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { ageOutGroup, runAgeOutsOnce } from '../src/enrollment/age-outs/age-out-job.ts';
import { inTenant } from '../src/db/tenant.ts';
import { read834 } from '../src/carriers/x12/index.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let tenant: Tenant;
let api: Client;
let registry: ConnectorRegistry;
let worker: Worker;
let periodId: string;
let groupId: string;
let subscriberId: string;
const ids: Record<string, string> = {};
const db = () => t.testDb.database.db;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const TODAY = day(0);
const yearsAgo = (years: number, offsetDays = 0) => {
  const date = new Date(Date.now() + offsetDays * DAY);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
};
const endOfMonth = (date: string) => {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};
const ENROLLED = day(-100);
// 26 years and 40 days ago: the limit (end of that month) has come, after the enrollment started.
const AGED_BIRTH = yearsAgo(26, -40);
const LIMIT = endOfMonth(yearsAgo(0, -40));
let runDay = day(-200);

const child = (name: string, birthDate: string, fields: Record<string, unknown> = {}) => ({ external_identifier: name, first_name: name, last_name: 'Smith', gender: 'female', subscriber_relationship: 'child', birth_date: birthDate, ...fields });
type Coverage = { id: string; member_id: string; end_date: string | null };
const record = async () => (await api.get(`/subscribers/${subscriberId}`)).body.subscriber as { coverages: Coverage[]; dependents: Array<{ id: string; coverages: Coverage[] }>; current_qualifying_events: Array<{ event: string; member_id: string; date: string }> };
const coverageIds = async () => {
  const family = await record();
  return [...family.coverages, ...family.dependents.flatMap((d) => d.coverages)].map((c) => `${c.id} ${c.end_date}`).sort();
};
const outboxCount = async () => Number((await db().selectFrom('carrier_outbox').select((eb) => eb.fn.countAll().as('n')).where('subscriber_id', '=', subscriberId).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await startTestApp();
  tenant = await t.tenant();
  api = client(t, () => tenant);
  registry = createConnectorRegistry(db(), t.cipher, { carrierFilesDir: t.carrierFilesDir });
  // The age-out job runs as of runDay: long ago while the family is set up, today in the tests.
  worker = createWorker({ db: db(), cipher: t.cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor, ageOutDate: () => runDay });
  const carrierId = (await createCarrier(api)).id;
  groupId = (await createGroup(api)).id;
  const period = await api.post(`/groups/${groupId}/coverage_periods`, {
    coverage_period: { carrier_id: carrierId, carrier_group_number: 'GRP-AGE', coverage_start_date: day(-300), coverage_end_date: day(300) },
  });
  expect(period.status, JSON.stringify(period.body)).toBe(201);
  periodId = period.body.coverage_period.id;
  const planId = (await createPlan(api, periodId, 'medical')).id;
  const created = await api.post(`/groups/${groupId}/subscribers`, {
    subscriber: { ...SUBSCRIBER, external_identifier: 'AGE-1', employment_details: { status: 'full_time', start_date: day(-400) }, dependents: [child('Aged', AGED_BIRTH), child('Disabled', yearsAgo(30), { handicapped: true }), child('Young', yearsAgo(10))] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  subscriberId = created.body.subscriber.id;
  for (const d of created.body.subscriber.dependents) ids[d.external_identifier] = d.id;
  const enrolled = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
    qualifying_life_event: {
      event: 'initial_enrollment', date: ENROLLED, coverage_period_id: periodId,
      plan_elections: { medical: { plan_id: planId, type: 'election', coverages: [subscriberId, ids.Aged!, ids.Disabled!, ids.Young!].map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: ENROLLED })) } },
    },
  });
  expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
  await worker.runOnce();
  await worker.runOnce();
  const synced = (await api.get(`/subscribers/${subscriberId}`)).body;
  expect(synced.status, JSON.stringify(synced.errors)).toBe('synced');
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

describe('the daily age-out job', () => {
  it('changed nothing on a day before the limit', async () => {
    expect((await record()).dependents.flatMap((d) => d.coverages).map((c) => c.end_date)).toEqual([null, null, null]);
    const listed = (await api.get(`/groups/${groupId}/upcoming_age_outs?within_days=0`)).body.upcoming_age_outs;
    expect(listed.map((row: { dependent_id: string; coverage_end_date: string }) => [row.dependent_id, row.coverage_end_date])).toEqual([[ids.Aged, LIMIT]]);
  });

  it('ends the coverage of the child past the limit on the limit, as an age_out event, and no one else’s', async () => {
    runDay = TODAY;
    await worker.runOnce();
    const family = await record();
    const endOf = (name: string) => family.dependents.find((d) => d.id === ids[name])!.coverages.map((c) => c.end_date);
    expect(endOf('Aged')).toEqual([LIMIT]);
    expect(endOf('Disabled')).toEqual([null]);
    expect(endOf('Young')).toEqual([null]);
    expect(family.coverages.map((c) => c.end_date)).toEqual([null]);
    expect(family.current_qualifying_events.filter((e) => e.event === 'age_out')).toEqual([expect.objectContaining({ member_id: ids.Aged, date: LIMIT })]);
    expect((await api.get(`/groups/${groupId}/upcoming_age_outs?within_days=0`)).body.upcoming_age_outs).toEqual([]);
  });

  it('carries the age-out to the carrier’s next 834 as a termination of the dependent', async () => {
    await worker.runOnce();
    expect((await api.get(`/subscribers/${subscriberId}`)).body.status).toBe('synced');
    const rows = await db().selectFrom('file_deliveries').select(['content_sealed']).where('coverage_period_id', '=', periodId).orderBy('created_at', 'desc').execute();
    const latest = read834(t.cipher.open(rows[0]!.content_sealed));
    const aged = latest.members.find((m) => m.name?.first === 'Aged')!;
    expect(aged).toMatchObject({ maintenanceType: '024', maintenanceReason: '07' });
    expect(aged.coverages.map((c) => [c.maintenanceType, c.endDate])).toEqual([['024', LIMIT]]);
    // The others are not terminated.
    expect(latest.members.filter((m) => m.maintenanceType === '024').map((m) => m.name?.first)).toEqual(['Aged']);
  });

  it('runs once a day per group: a second run, even one that skips the day’s row, changes nothing', async () => {
    const before = { coverages: await coverageIds(), outbox: await outboxCount(), events: (await record()).current_qualifying_events.length };
    expect(await runAgeOutsOnce({ db: db(), today: TODAY })).toEqual({ groups: 0, dependents: 0 });
    expect(await ageOutGroup(db(), { id: groupId, organization_id: tenant.organizationId }, TODAY)).toBeNull();
    // Tomorrow's run finds the coverage already ended at the limit.
    expect(await ageOutGroup(db(), { id: groupId, organization_id: tenant.organizationId }, day(1))).toBe(0);
    expect({ coverages: await coverageIds(), outbox: await outboxCount(), events: (await record()).current_qualifying_events.length }).toEqual(before);
    const runs = await inTenant(db(), tenant.organizationId, (trx) => trx.selectFrom('age_out_runs').select(['run_date', 'dependents_aged_out']).where('group_id', '=', groupId).orderBy('run_date').execute());
    expect(runs.map((r) => [String(r.run_date).slice(0, 10), r.dependents_aged_out])).toEqual([[day(-200), 0], [TODAY, 1], [day(1), 0]]);
  });

  it('keeps its rows to the group’s organization (row-level security)', async () => {
    const other = await t.tenant();
    const seen = await inTenant(db(), other.organizationId, (trx) => trx.selectFrom('age_out_runs').selectAll().execute());
    expect(seen).toEqual([]);
    // Run as another organization, the group is not found: nothing claimed, nothing changed.
    expect(await ageOutGroup(db(), { id: groupId, organization_id: other.organizationId }, day(2))).toBeNull();
    expect(await db().selectFrom('age_out_runs').select('run_date').where('group_id', '=', groupId).execute()).toHaveLength(3);
  });
});
