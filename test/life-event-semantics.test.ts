// Issue 15, events that do what people mean — over HTTP, on both databases: a birth adds the child to
// the lines where the family has dependent coverage without restating it, a marriage sets the marital
// status and may add the spouse, a termination sets the employment status and end date (and the next
// 834 says TE with the end date), and removing a dependent ends their coverage and takes them out of
// the family going forward while as-of reads before the date still show them.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
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
const plans: Record<string, string> = {};
const db = () => t.testDb.database.db;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const cover = (memberId: string, start: string) => ({ member_id: memberId, status: 'employer_sponsored', start_date: start });
const ENROLLED = day(-100);

interface Person { id: string; coverages: Array<{ id: string; product_line: string; start_date: string; end_date: string | null }>; removed_on?: string | null }

async function createFamily(externalIdentifier: string, fields: Record<string, unknown>, dependents: unknown[]) {
  const res = await api.post(`/groups/${groupId}/subscribers`, {
    subscriber: { ...SUBSCRIBER, external_identifier: externalIdentifier, social_security_number: undefined, employment_details: { status: 'full_time', start_date: day(-400) }, ...fields, dependents },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.subscriber as { id: string; dependents: Array<{ id: string }> };
}

async function event(subscriberId: string, body: Record<string, unknown>) {
  const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { coverage_period_id: periodId, ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function addDependent(subscriberId: string, fields: Record<string, unknown>) {
  const res = await api.post(`/subscribers/${subscriberId}/dependents`, { dependent: { last_name: 'Smith', gender: 'female', ...fields } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.dependent.id as string;
}

const record = async (subscriberId: string, asOf?: string) => {
  const res = await api.get(`/subscribers/${subscriberId}${asOf ? `?as_of=${asOf}` : ''}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.subscriber as Person & { marital_status: string | null; employment_details: Record<string, unknown>; dependents: Person[] };
};
const linesOf = (person: Person) => person.coverages.map((c) => c.product_line).sort();

/** The members of the newest file that carries this subscriber, as the carrier reads it. */
async function lastFileMembers(externalIdentifier: string) {
  const rows = await db().selectFrom('file_deliveries').select(['content_sealed']).where('coverage_period_id', '=', periodId).orderBy('created_at', 'desc').execute();
  for (const row of rows) {
    const file = read834(t.cipher.open(row.content_sealed));
    const members = file.members.filter((m) => m.subscriberId === externalIdentifier);
    if (members.length) return members;
  }
  throw new Error(`no file carries ${externalIdentifier}`);
}

beforeAll(async () => {
  t = await startTestApp();
  tenant = await t.tenant();
  api = client(t, () => tenant);
  registry = createConnectorRegistry(db(), t.cipher, { carrierFilesDir: t.carrierFilesDir });
  worker = createWorker({ db: db(), cipher: t.cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor });
  const carrierId = (await createCarrier(api)).id;
  groupId = (await createGroup(api)).id;
  const period = await api.post(`/groups/${groupId}/coverage_periods`, {
    coverage_period: { carrier_id: carrierId, carrier_group_number: 'GRP-15B', coverage_start_date: day(-300), coverage_end_date: day(300), termination_rule: 'event_date' },
  });
  expect(period.status, JSON.stringify(period.body)).toBe(201);
  periodId = period.body.coverage_period.id;
  for (const line of ['medical', 'dental', 'vision']) plans[line] = (await createPlan(api, periodId, line)).id;
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

describe('a birth without restating the family', () => {
  let subscriberId: string;
  let spouseId: string;

  beforeAll(async () => {
    const family = await createFamily('BIRTH-1', {}, [{ external_identifier: 'SP', first_name: 'Joanna', last_name: 'Smith', gender: 'female', subscriber_relationship: 'spouse', birth_date: '1982-02-03' }]);
    subscriberId = family.id;
    spouseId = family.dependents[0]!.id;
    // Medical and dental cover the spouse too; vision covers the subscriber alone.
    await event(subscriberId, {
      event: 'initial_enrollment',
      date: ENROLLED,
      plan_elections: {
        medical: { plan_id: plans.medical, type: 'election', coverages: [cover(subscriberId, ENROLLED), cover(spouseId, ENROLLED)] },
        dental: { plan_id: plans.dental, type: 'election', coverages: [cover(subscriberId, ENROLLED), cover(spouseId, ENROLLED)] },
        vision: { plan_id: plans.vision, type: 'election', coverages: [cover(subscriberId, ENROLLED)] },
      },
    });
  });

  it('adds the newborn to every line where the family has dependent coverage, from the birth date, leaving the others’ rows as they were', async () => {
    const before = await record(subscriberId);
    const born = day(-5);
    const childId = await addDependent(subscriberId, { external_identifier: 'BABY-1', first_name: 'Ava', subscriber_relationship: 'child', birth_date: born });
    const recorded = await event(subscriberId, { event: 'birth', date: born, member_id: childId });
    expect(recorded.coverages.map((c: { member_id: string; product_line: string; start_date: string; end_date: string | null }) => [c.member_id, c.product_line, c.start_date, c.end_date]).sort())
      .toEqual([[childId, 'dental', born, null], [childId, 'medical', born, null]]);
    const after = await record(subscriberId);
    const child = after.dependents.find((d) => d.id === childId)!;
    expect(linesOf(child)).toEqual(['dental', 'medical']);
    // Nobody else's coverage was touched: the same rows, by id.
    expect(after.coverages.map((c) => c.id).sort()).toEqual(before.coverages.map((c) => c.id).sort());
    expect(after.dependents.find((d) => d.id === spouseId)!.coverages.map((c) => c.id).sort()).toEqual(before.dependents.find((d) => d.id === spouseId)!.coverages.map((c) => c.id).sort());
  });

  it('adds a child to the lines the event names only, and refuses a line the family has no coverage in, naming it', async () => {
    const born = day(-2);
    const childId = await addDependent(subscriberId, { external_identifier: 'BABY-2', first_name: 'Ben', gender: 'male', subscriber_relationship: 'adopted_child', birth_date: day(-700) });
    const refused = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: { event: 'adoption', date: born, coverage_period_id: periodId, member_id: childId, product_lines: ['vision', 'accident'] },
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.no_family_coverage_to_join', parameter: 'qualifying_life_event.product_lines[1]' })]);
    expect(linesOf((await record(subscriberId)).dependents.find((d) => d.id === childId)!)).toEqual([]);

    await event(subscriberId, { event: 'adoption', date: born, member_id: childId, product_lines: ['vision'] });
    const child = (await record(subscriberId)).dependents.find((d) => d.id === childId)!;
    expect(child.coverages.map((c) => [c.product_line, c.start_date])).toEqual([['vision', born]]);
  });
});

describe('marriage and termination', () => {
  let subscriberId: string;

  beforeAll(async () => {
    subscriberId = (await createFamily('WED-1', { marital_status: 'single' }, [])).id;
    await event(subscriberId, { event: 'initial_enrollment', date: ENROLLED, plan_elections: { medical: { plan_id: plans.medical, type: 'election', coverages: [cover(subscriberId, ENROLLED)] } } });
  });

  it('a marriage sets marital_status to married and adds the spouse to the lines named', async () => {
    const spouseId = await addDependent(subscriberId, { external_identifier: 'WED-SP', first_name: 'Sam', subscriber_relationship: 'spouse', birth_date: '1985-05-05' });
    expect((await record(subscriberId)).marital_status).toBe('single');
    await event(subscriberId, { event: 'marriage', date: day(-10), member_id: spouseId, product_lines: ['medical'] });
    const after = await record(subscriberId);
    expect(after.marital_status).toBe('married');
    expect(after.dependents[0]!.coverages.map((c) => [c.product_line, c.start_date, c.end_date])).toEqual([['medical', day(-10), null]]);
  });

  it('a termination sets employment_details.status and end_date, and the next 834 carries INS08 TE with the end date', async () => {
    const ended = day(-1);
    await event(subscriberId, { event: 'termination_of_employment', date: ended });
    const after = await record(subscriberId);
    expect(after.employment_details).toMatchObject({ status: 'terminated', end_date: ended, start_date: day(-400) });
    expect(after.coverages.every((c) => c.end_date === ended)).toBe(true);
    await worker.runOnce();
    await worker.runOnce();
    const [subscriber] = (await lastFileMembers('WED-1')).filter((m) => m.isSubscriber);
    expect(subscriber).toMatchObject({ maintenanceType: '024', maintenanceReason: '08', employmentStatus: 'TE' });
    expect(subscriber!.dates).toMatchObject({ employmentEnd: ended, eligibilityEnd: ended });
  });
});

describe('removing a dependent', () => {
  let subscriberId: string;
  let childId: string;
  const END = day(-3);

  beforeAll(async () => {
    const family = await createFamily('DEL-1', {}, [{ external_identifier: 'KID', first_name: 'Kit', last_name: 'Smith', gender: 'male', subscriber_relationship: 'child', birth_date: '2010-01-01' }]);
    subscriberId = family.id;
    childId = family.dependents[0]!.id;
    await event(subscriberId, { event: 'initial_enrollment', date: ENROLLED, plan_elections: { medical: { plan_id: plans.medical, type: 'election', coverages: [cover(subscriberId, ENROLLED), cover(childId, ENROLLED)] } } });
    await worker.runOnce();
    await worker.runOnce();
  });

  it('DELETE /dependents/:id with an end_date ends their coverage on it, as a loss_of_eligibility event, and keeps their history', async () => {
    // An end date the coverage period does not hold is refused, naming the query parameter sent.
    const outside = await api.delete(`/dependents/${childId}?end_date=1999-12-31`);
    expect(outside.status, JSON.stringify(outside.body)).toBe(422);
    expect(outside.body.errors.map((e: { parameter: string }) => e.parameter)).toContain('end_date');
    expect(outside.body.errors.every((e: { parameter: string }) => !e.parameter.startsWith('qualifying_life_event'))).toBe(true);
    const res = await api.delete(`/dependents/${childId}?end_date=${END}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.qualifying_life_event).toMatchObject({ event: 'loss_of_eligibility', member_id: childId, date: END });
    expect(res.body.coverages.map((c: { member_id: string; end_date: string }) => [c.member_id, c.end_date])).toEqual([[childId, END]]);

    const now = await record(subscriberId);
    expect(now.coverages.map((c) => c.end_date)).toEqual([null]);
    // Going forward the child is no longer of the family; the day before the end they still were.
    expect((await record(subscriberId, day(0))).dependents).toEqual([]);
    const before = await record(subscriberId, day(-4));
    expect(before.dependents.map((d) => [d.id, d.removed_on, linesOf(d)])).toEqual([[childId, END, ['medical']]]);
    expect((await api.get(`/dependents/${childId}`)).body.dependent).toMatchObject({ removed_on: END });
  });

  it('sends the carrier the dependent’s termination on its next file', async () => {
    await worker.runOnce();
    await worker.runOnce();
    const child = (await lastFileMembers('DEL-1')).find((m) => !m.isSubscriber)!;
    expect(child).toMatchObject({ maintenanceType: '024', maintenanceReason: '07' });
    expect(child.coverages.map((c) => [c.maintenanceType, c.endDate])).toEqual([['024', END]]);
  });

  it('refuses to remove the dependent twice, changing nothing', async () => {
    const again = await api.delete(`/dependents/${childId}?end_date=${day(-1)}`);
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.member_removed' })]);
    expect((await api.get(`/dependents/${childId}`)).body.dependent.coverages.map((c: { end_date: string }) => c.end_date)).toEqual([END]);
  });
});
