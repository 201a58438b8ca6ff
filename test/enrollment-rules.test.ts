// Each rule of enrollment rejected through HTTP: 422, a typed error naming the parameter, and
// nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let groupId: string;
let period: { id: string };
let otherPeriod: { id: string };
let plans: Record<string, { id: string }>;
let subscriberId: string;
let spouseId: string;
let childId: string;
let strangerId: string;

const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  const carrier = await createCarrier(api);
  groupId = (await createGroup(api)).id;
  period = await createCoveragePeriod(api, groupId, carrier.id, year);
  otherPeriod = await createCoveragePeriod(api, groupId, carrier.id, year - 1);
  plans = {
    medical: await createPlan(api, period.id, 'medical'),
    dental: await createPlan(api, period.id, 'dental'),
    lastYearMedical: await createPlan(api, otherPeriod.id, 'medical'),
  };
  const family = await api.post(`/groups/${groupId}/subscribers`, { subscriber: { ...SUBSCRIBER, employment_details: { status: 'full_time', start_date: `${year}-01-01` } } });
  subscriberId = family.body.subscriber.id;
  spouseId = family.body.subscriber.dependents.find((d: any) => d.subscriber_relationship === 'spouse').id;
  childId = family.body.subscriber.dependents.find((d: any) => d.subscriber_relationship === 'child').id;
  const stranger = await api.post(`/groups/${groupId}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'OTHER-1', social_security_number: '444-44-4444', dependents: [] } });
  strangerId = stranger.body.subscriber.id;
});
afterAll(() => t?.close());

const cover = (memberId: string, fields: Record<string, unknown> = {}) => ({ member_id: memberId, status: 'employer_sponsored', start_date: `${year}-01-01`, ...fields });

async function written() {
  const db = t.testDb.database.db;
  const [events, coverageRows] = await Promise.all([
    db.selectFrom('qualifying_life_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('coverages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { events: Number(events.n), coverages: Number(coverageRows.n) };
}

async function expectRejected(body: Record<string, unknown>, parameter: string, errorType?: string) {
  const before = await written();
  const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: `${year}-01-01`, coverage_period_id: period.id, ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  expect(res.body.errors.map((e: any) => e.parameter)).toContain(parameter);
  if (errorType) expect(res.body.errors.find((e: any) => e.parameter === parameter).error_type).toBe(errorType);
  expect(await written()).toEqual(before);
}

describe('plan election rules', () => {
  it('rejects a plan of another coverage period', () =>
    expectRejected({ plan_elections: { medical: { plan_id: plans.lastYearMedical!.id, type: 'election', coverages: [cover(subscriberId)] } } }, 'qualifying_life_event.plan_elections.medical.plan_id', 'unprocessable.plan_not_found'));

  it('rejects a plan whose product line is not the election’s', () =>
    expectRejected({ plan_elections: { medical: { plan_id: plans.dental!.id, type: 'election', coverages: [cover(subscriberId)] } } }, 'qualifying_life_event.plan_elections.medical.plan_id', 'unprocessable.plan_product_line_mismatch'));

  it("rejects a member who is not this subscriber's", () =>
    expectRejected({ plan_elections: { medical: { plan_id: plans.medical!.id, type: 'election', coverages: [cover(subscriberId), cover(strangerId)] } } }, 'qualifying_life_event.plan_elections.medical.coverages[1].member_id', 'unprocessable.member_not_found'));

  it('rejects a member listed twice in one product line', () =>
    expectRejected({ plan_elections: { medical: { plan_id: plans.medical!.id, type: 'election', coverages: [cover(subscriberId), cover(spouseId), cover(spouseId)] } } }, 'qualifying_life_event.plan_elections.medical.coverages[2].member_id'));

  it('rejects an end date before the start date', () =>
    expectRejected({ plan_elections: { medical: { plan_id: plans.medical!.id, type: 'election', coverages: [cover(subscriberId, { start_date: `${year}-03-01`, end_date: `${year}-02-01` })] } } }, 'qualifying_life_event.plan_elections.medical.coverages[0].end_date'));

  it('rejects coverage outside the coverage period', () =>
    expectRejected({ plan_elections: { medical: { plan_id: plans.medical!.id, type: 'election', coverages: [cover(subscriberId, { start_date: `${year - 1}-12-01` })] } } }, 'qualifying_life_event.plan_elections.medical.coverages[0].start_date', 'unprocessable.coverage_outside_period'));

  it('rejects a waiver without a reason', () =>
    expectRejected({ plan_elections: { dental: { type: 'waiver' } } }, 'qualifying_life_event.plan_elections.dental.waiver_reason'));

  it('rejects a coverage period of another group', async () => {
    const carrier = await createCarrier(api, undefined, 'Other Carrier');
    const otherGroup = await createGroup(api);
    const foreign = await createCoveragePeriod(api, otherGroup.id, carrier.id, year);
    await expectRejected({ coverage_period_id: foreign.id }, 'qualifying_life_event.coverage_period_id');
  });
});

describe('event rules', () => {
  it('rejects a new_hire whose date is not the employment start date', () =>
    expectRejected({ event: 'new_hire', date: `${year}-02-01` }, 'qualifying_life_event.date', 'unprocessable.new_hire_date_mismatch'));

  it('rejects a birth reported after the coverage period’s window', () =>
    expectRejected({ event: 'birth', date: daysAgo(90) }, 'qualifying_life_event.date', 'unprocessable.event_reported_late'));

  it('accepts a birth reported within the window and adds the child from the birth date', async () => {
    const born = daysAgo(10);
    if (born.slice(0, 4) !== String(year)) return; // the first days of January: the child was born last plan year
    const baby = await api.post(`/subscribers/${subscriberId}/dependents`, { dependent: { external_identifier: 'Baby', first_name: 'Baby', last_name: 'Smith', gender: 'unknown', subscriber_relationship: 'child', birth_date: born } });
    expect(baby.status).toBe(201);
    const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'birth', date: born, coverage_period_id: period.id, member_id: baby.body.dependent.id,
        plan_elections: { medical: { plan_id: plans.medical!.id, type: 'election', coverages: [cover(subscriberId, { start_date: born }), cover(baby.body.dependent.id, { start_date: born })] } },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const record = await api.get(`/subscribers/${subscriberId}?as_of=${born}`);
    const child = record.body.subscriber.dependents.find((d: any) => d.id === baby.body.dependent.id);
    expect(child.coverages).toEqual([expect.objectContaining({ product_line: 'medical', start_date: born, end_date: null })]);
  });

  it('rejects a second spouse at enrollment and names the dependent', async () => {
    const twoSpouses = {
      ...SUBSCRIBER,
      external_identifier: 'TWO-SPOUSES',
      dependents: [SUBSCRIBER.dependents[0], { ...SUBSCRIBER.dependents[0], external_identifier: 'Dependent9', subscriber_relationship: 'registered_domestic_partner' }],
    };
    const before = await t.testDb.database.db.selectFrom('members').select('id').execute();
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: twoSpouses });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ error_type: 'unprocessable.multiple_spouses', parameter: 'subscriber.dependents[1].subscriber_relationship' });
    expect(await t.testDb.database.db.selectFrom('members').select('id').execute()).toHaveLength(before.length);
  });

  it('rejects a taken external_identifier with a 409 and writes nothing', async () => {
    // Another person (their own SSNs) under an external_identifier already taken.
    const other = { ...SUBSCRIBER, social_security_number: '888-88-8888', dependents: SUBSCRIBER.dependents.map((d) => ({ ...d, social_security_number: null })) };
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: other });
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({ error_type: 'conflict.external_identifier_taken', parameter: 'subscriber.external_identifier' });
  });

  it('rejects an impossible date by schema, naming it', async () => {
    const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'marriage', date: '2021-02-29', coverage_period_id: period.id } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].parameter).toBe('qualifying_life_event.date');
  });

  it('reports every broken rule at once', async () => {
    const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: { event: 'initial_enrollment', date: `${year}-01-01`, coverage_period_id: period.id, plan_elections: { medical: { plan_id: plans.medical!.id, type: 'election', coverages: [cover(subscriberId), cover(strangerId), cover(childId, { end_date: `${year - 1}-01-01` })] } } },
    });
    expect(res.status).toBe(422);
    const parameters = res.body.errors.map((e: any) => e.parameter);
    expect(parameters).toContain('qualifying_life_event.plan_elections.medical.coverages[1].member_id');
    expect(parameters).toContain('qualifying_life_event.plan_elections.medical.coverages[2].end_date');
  });
});
