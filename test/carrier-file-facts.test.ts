// What the carrier receives, end to end through the API, the worker and the sandbox carrier: the
// subscriber under the id the carrier knows (REF*0F = external_identifier), coverage levels that follow
// the family (a divorce turns FAM into ECH for those who stay), the carrier's own member ids kept from
// its results and sent back (REF*ZZ), a coverage new to the carrier as an addition (HD 021) for a
// member it already has, and a life coverage's amount (AMT*FK).
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { read834, type ReadMember834 } from '../src/carriers/x12/index.ts';
import { recordCarrierMemberIds } from '../src/carriers/transmission/carrier-member-ids.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let tenant: Tenant;
let api: Client;
let registry: ConnectorRegistry;
let worker: Worker;
const year = Number(new Date().toISOString().slice(0, 4));
const start = `${year}-01-01`;
const db = () => t.testDb.database.db;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await t.tenant();
  api = client(t, () => tenant);
  registry = createConnectorRegistry(db(), t.cipher, { carrierFilesDir: t.carrierFilesDir });
  worker = createWorker({ db: db(), cipher: t.cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor });
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

/** The files sent for a coverage period, oldest first, as the carrier read them. */
async function filesOf(periodId: string) {
  const rows = await db().selectFrom('file_deliveries').select(['content_sealed']).where('coverage_period_id', '=', periodId).orderBy('created_at').execute();
  return rows.map((row) => read834(t.cipher.open(row.content_sealed)));
}

const byName = (members: ReadMember834[], first: string) => members.find((m) => m.name?.first === first)!;

describe('a family sent to the sandbox carrier', () => {
  let periodId: string;
  let subscriberId: string;
  let spouseId: string;
  let childId: string;
  let medicalPlanId: string;
  let lifePlanId: string;

  beforeAll(async () => {
    const carrier = await api.post('/carriers', {
      carrier: {
        name: 'Sandbox Life and Health',
        payer_identifier: '876543219',
        interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'ACMEHEALTH' },
        connection: { type: 'sandbox' },
        line_of_coverage_codes: { life: 'AH' },
      },
    });
    expect(carrier.status, JSON.stringify(carrier.body)).toBe(201);
    const group = await createGroup(api);
    periodId = (await createCoveragePeriod(api, group.id, carrier.body.carrier.id, year)).id;
    medicalPlanId = (await createPlan(api, periodId, 'medical')).id;
    lifePlanId = (await createPlan(api, periodId, 'life')).id;
    const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'EMP-4411' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    subscriberId = created.body.subscriber.id;
    [spouseId, childId] = created.body.subscriber.dependents.map((d: { id: string }) => d.id);
    const enrolled = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'initial_enrollment',
        date: start,
        coverage_period_id: periodId,
        plan_elections: { medical: { plan_id: medicalPlanId, type: 'election', coverages: [subscriberId, spouseId, childId].map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: start })) } },
      },
    });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
    await worker.runOnce();
    await worker.runOnce();
    expect((await api.get(`/subscribers/${subscriberId}`)).body.status).toBe('synced');
  });

  it('names the subscriber by the external_identifier in REF*0F, never by our id', async () => {
    const [first] = await filesOf(periodId);
    expect(first!.issues).toEqual([]);
    expect(first!.members.map((m) => m.subscriberId)).toEqual(['EMP-4411', 'EMP-4411', 'EMP-4411']);
    expect(first!.members.map((m) => m.coverages.map((c) => `${c.maintenanceType} ${c.coverageLevel}`))).toEqual([['021 FAM'], ['021 FAM'], ['021 FAM']]);
  });

  it('after a divorce, sends the remaining members ECH and the ex-spouse ended FAM, with the carrier’s member ids', async () => {
    const divorce = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: { event: 'divorce', date: `${year}-06-12`, coverage_period_id: periodId, member_id: spouseId },
    });
    expect(divorce.status, JSON.stringify(divorce.body)).toBe(201);
    await worker.runOnce();
    await worker.runOnce();
    expect((await api.get(`/subscribers/${subscriberId}`)).body.status).toBe('synced');

    const files = await filesOf(periodId);
    const [first, afterDivorce] = [files[0]!, files.at(-1)!];
    expect(afterDivorce.issues).toEqual([]);
    expect(afterDivorce.members.map((m) => m.subscriberId)).toEqual(['EMP-4411', 'EMP-4411', 'EMP-4411']);
    expect(byName(afterDivorce.members, 'John')).toMatchObject({ maintenanceType: '001', coverages: [expect.objectContaining({ maintenanceType: '001', coverageLevel: 'ECH' })] });
    expect(byName(afterDivorce.members, 'Max')).toMatchObject({ maintenanceType: '001', coverages: [expect.objectContaining({ maintenanceType: '001', coverageLevel: 'ECH' })] });
    const exSpouse = byName(afterDivorce.members, 'Joanna');
    expect(exSpouse).toMatchObject({ maintenanceType: '024', maintenanceReason: '01' });
    expect(exSpouse.coverages).toEqual([expect.objectContaining({ maintenanceType: '024', coverageLevel: 'FAM', endDate: expect.any(String) })]);

    // The sandbox answered the first file with its member ids; they go back with every later file.
    expect(first.members.every((m) => m.carrierMemberId === undefined)).toBe(true);
    const kept = await db().selectFrom('carrier_member_ids').select(['member_id', 'carrier_member_id']).where('member_id', 'in', [subscriberId, spouseId, childId]).execute();
    expect(kept).toHaveLength(3);
    for (const member of afterDivorce.members) {
      expect(member.carrierMemberId).toMatch(/^SBX[0-9A-F]{12}$/);
      expect(member.carrierMemberId).toBe(kept.find((k) => k.member_id === member.memberReference)!.carrier_member_id);
    }
  });

  it('sends a life coverage new to the carrier as an addition, with its amount, beside the medical it has', async () => {
    const life = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'newly_eligible',
        date: `${year}-07-01`,
        coverage_period_id: periodId,
        plan_elections: { life: { plan_id: lifePlanId, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: `${year}-07-01`, volume: 5_000_000 }] } },
      },
    });
    expect(life.status, JSON.stringify(life.body)).toBe(201);
    await worker.runOnce();
    // (The default sandbox offers HLT, DEN and VIS only, so it answers this file with a rejection of
    // the AH line; what matters here is what the file says.)

    const subscriber = byName((await filesOf(periodId)).at(-1)!.members, 'John');
    expect(subscriber.maintenanceType).toBe('001');
    expect(subscriber.coverages.map((c) => ({ type: c.maintenanceType, line: c.insuranceLineCode, level: c.coverageLevel, amount: c.coverageAmountCents }))).toEqual([
      { type: '001', line: 'HLT', level: 'ECH', amount: undefined },
      { type: '021', line: 'AH', level: 'EMP', amount: 5_000_000 },
    ]);
  });
});

describe('our own full file imported back into its group', () => {
  it('changes nothing: the same people, the same coverage, no family touched', async () => {
    const carrier = await api.post('/carriers', {
      carrier: { name: 'Round Trip Health', payer_identifier: '876543219', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'ACMEHEALTH' }, connection: { type: 'none' } },
    });
    const group = await createGroup(api);
    const period = (await createCoveragePeriod(api, group.id, carrier.body.carrier.id, year)).id;
    const medical = (await createPlan(api, period, 'medical')).id;
    const dental = (await createPlan(api, period, 'dental')).id;
    const stdPlan = (await createPlan(api, period, 'short_term_disability')).id;
    const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'EMP-RT-1' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.subscriber.id as string;
    const [spouse, child] = created.body.subscriber.dependents.map((d: { id: string }) => d.id);
    const everyone = [id, spouse, child].map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: start }));
    const enrolled = await api.post(`/subscribers/${id}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'initial_enrollment',
        date: start,
        coverage_period_id: period,
        plan_elections: {
          medical: { plan_id: medical, type: 'election', coverages: everyone },
          dental: { plan_id: dental, type: 'election', coverages: everyone.slice(0, 2) },
          short_term_disability: { plan_id: stdPlan, type: 'election', coverages: [{ ...everyone[0]!, volume: 125_000 }] },
        },
      },
    });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
    const before = (await api.get(`/subscribers/${id}`)).body;

    const full = await api.post(`/coverage_periods/${period}/file_deliveries`, { file_delivery: { kind: 'full' } });
    expect(full.status, JSON.stringify(full.body)).toBe(201);
    const stored = await db().selectFrom('file_deliveries').select('content_sealed').where('id', '=', full.body.file_delivery.id).executeTakeFirstOrThrow();
    const text = t.cipher.open(stored.content_sealed);
    expect(text).toContain('AMT*FK*1250~');

    const members = async () => (await db().selectFrom('members').select('id').where('group_id', '=', group.id).execute()).length;
    const rows = async () => (await db().selectFrom('coverages').select('id').where('coverage_period_id', '=', period).execute()).length;
    const [membersBefore, rowsBefore] = [await members(), await rows()];
    const res = await t.app.inject({ method: 'POST', url: `/groups/${group.id}/x12_imports?coverage_period_id=${period}`, headers: { ...tenant.headers, 'content-type': 'application/edi-x12' }, payload: text });
    expect(res.statusCode, res.body).toBe(202);
    await t.runImportJobs();
    const outcome = (await api.get(`/x12_imports/${res.json().x12_import.id}`)).body.x12_import;
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'completed', error_count: 0, families_created: 0, families_changed: 0, families_unchanged: 1, families_terminated: 0 });
    expect([await members(), await rows()]).toEqual([membersBefore, rowsBefore]);
    const after = (await api.get(`/subscribers/${id}`)).body;
    expect(after.subscriber).toEqual(before.subscriber);

    // The carrier's own member id in a file imported from it (REF*ZZ) is kept for that carrier.
    const withCarrierId = text.replace(`REF*23*${id}~`, `REF*23*${id}~\nREF*ZZ*CAR-9001~`).replace(/SE\*(\d+)\*/, (_, n) => `SE*${Number(n) + 1}*`);
    const again = await t.app.inject({ method: 'POST', url: `/groups/${group.id}/x12_imports?coverage_period_id=${period}`, headers: { ...tenant.headers, 'content-type': 'application/edi-x12' }, payload: withCarrierId });
    expect(again.statusCode, again.body).toBe(202);
    await t.runImportJobs();
    expect((await api.get(`/x12_imports/${again.json().x12_import.id}`)).body.x12_import).toMatchObject({ state: 'completed', families_unchanged: 1 });
    expect(await db().selectFrom('carrier_member_ids').select(['member_id', 'carrier_member_id', 'source']).where('carrier_id', '=', carrier.body.carrier.id).execute()).toEqual([
      { member_id: id, carrier_member_id: 'CAR-9001', source: 'x12_import' },
    ]);
  });
});

describe('the carrier member ids kept', () => {
  it('are only those of the carrier’s own organization’s members, and only ids an 834 can carry back', async () => {
    const other = await t.tenant();
    const otherApi = client(t, () => other);
    const otherGroup = await createGroup(otherApi);
    const stranger = (await otherApi.post(`/groups/${otherGroup.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'STRANGER-1', dependents: [] } })).body.subscriber.id as string;
    const ours = (await api.post(`/groups/${(await createGroup(api)).id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'OURS-1', dependents: [] } })).body.subscriber.id as string;
    const carrier = (await api.post('/carriers', { carrier: { name: 'Guarded', payer_identifier: '876543219', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'ACMEHEALTH' }, connection: { type: 'none' } } })).body.carrier.id as string;
    const kept = await db().transaction().execute((trx) =>
      recordCarrierMemberIds(trx, carrier, [
        { member_id: stranger, carrier_member_id: 'C-1' },
        { member_id: ours, carrier_member_id: 'C*2' },
        { member_id: 'not-a-uuid', carrier_member_id: 'C-3' },
      ]),
    );
    expect(kept).toBe(0);
    expect(await db().transaction().execute((trx) => recordCarrierMemberIds(trx, carrier, [{ member_id: ours, carrier_member_id: ' C-4 ' }]))).toBe(1);
    expect(await db().selectFrom('carrier_member_ids').select(['member_id', 'carrier_member_id']).where('carrier_id', '=', carrier).execute()).toEqual([{ member_id: ours, carrier_member_id: 'C-4' }]);
  });
});
