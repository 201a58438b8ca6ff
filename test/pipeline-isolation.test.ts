// The carrier pipeline never stalls: a family that cannot be written, a carrier whose settings cannot
// be written, a cancellation, a batch larger than a file and one organization's backlog each hold back
// only themselves — every other family, carrier and organization reaches `synced` in the same passes.
// Poisoned records are written straight into the database, as data stored before the API refused such
// values (or by a bug) would be: the worker must cope with whatever is there.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { read834 } from '../src/carriers/x12/index.ts';
import type { CarrierConnector } from '../src/carriers/connectors/connector.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let registry: ConnectorRegistry;
const year = Number(new Date().toISOString().slice(0, 4));
const start = `${year}-01-01`;
const quiet = pino({ level: process.env.TEST_LOG ?? 'silent' });
const db = () => t.testDb.database.db;

beforeAll(async () => {
  t = await startTestApp();
  registry = createConnectorRegistry(db(), t.cipher);
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

const worker = (options: { maxFamiliesPerFile?: number; maxPerPass?: number } = {}) =>
  createWorker({ db: db(), cipher: t.cipher, logger: quiet, connectorFor: registry.connectorFor, ...options });

let ssn = 100_000_000;
const nextSsn = () => String(++ssn);

interface Setup {
  api: Client;
  carrierId: string;
  groupId: string;
  periodId: string;
  medicalPlanId: string;
}

async function organization(name: string): Promise<Setup & { tenant: Tenant }> {
  const tenant = await t.tenant({ name });
  const api = client(t, () => tenant);
  const carrier = await createCarrier(api, undefined, `${name} Health`);
  const group = await createGroup(api);
  const period = await createCoveragePeriod(api, group.id, carrier.id, year);
  const plan = await createPlan(api, period.id, 'medical');
  return { tenant, api, carrierId: carrier.id, groupId: group.id, periodId: period.id, medicalPlanId: plan.id };
}

/** A subscriber and spouse enrolled in medical from January 1: answers their ids. */
async function enroll(setup: Setup, externalIdentifier: string) {
  const { api } = setup;
  const dependents = [{ ...SUBSCRIBER.dependents[0]!, social_security_number: nextSsn() }];
  const created = await api.post(`/groups/${setup.groupId}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: externalIdentifier, social_security_number: nextSsn(), dependents } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const subscriberId = created.body.subscriber.id as string;
  const spouseId = created.body.subscriber.dependents[0].id as string;
  const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
    qualifying_life_event: {
      event: 'initial_enrollment',
      date: start,
      coverage_period_id: setup.periodId,
      plan_elections: { medical: { plan_id: setup.medicalPlanId, type: 'election', coverages: [subscriberId, spouseId].map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: start })) } },
    },
  });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  return { subscriberId, spouseId, eventId: event.body.qualifying_life_event.id as string };
}

const statusOf = async (api: Client, subscriberId: string) => (await api.get(`/subscribers/${subscriberId}`)).body;

/** Files of a coverage period, as the carrier got them. */
async function filesOf(periodId: string) {
  const rows = await db().selectFrom('file_deliveries').select(['id', 'content_sealed', 'interchange_control_number', 'status']).where('coverage_period_id', '=', periodId).orderBy('created_at').execute();
  return rows.map((row) => ({ ...row, file: read834(t.cipher.open(row.content_sealed)) }));
}

describe('a family whose 834 cannot be written', () => {
  it('goes to errors naming the field, while the rest of its batch and another organization are synced', async () => {
    const acme = await organization('Acme');
    const clean = await enroll(acme, 'CLEAN-1');
    const poisoned = await enroll(acme, 'POISON-1');
    // `*` is the element separator: an email holding it cannot travel in an 834.
    await db().updateTable('members').set({ emails: JSON.stringify([{ address: 'eve*x@example.com' }]) }).where('id', '=', poisoned.subscriberId).execute();
    const other = await organization('Other');
    const otherFamily = await enroll(other, 'OTHER-1');

    const w = worker();
    await w.runOnce();
    await w.runOnce();

    expect((await statusOf(acme.api, clean.subscriberId)).status).toBe('synced');
    expect((await statusOf(other.api, otherFamily.subscriberId)).status).toBe('synced');
    const failed = await statusOf(acme.api, poisoned.subscriberId);
    expect(failed.status).toBe('errors');
    expect(failed.errors).toEqual([expect.objectContaining({ error_type: 'transmission.value_not_writable', parameter: 'emails' })]);
    expect(failed.errors[0].message).toMatch(/subscriber's emails cannot be written/);
    expect((await acme.api.get(`/qualifying_life_events/${poisoned.eventId}`)).body.qualifying_life_event.status).toBe('errors');

    // The file went out without it; the period's errors list it, with no file.
    const [file] = await filesOf(acme.periodId);
    expect(file!.file.members.map((m) => m.memberReference)).toEqual(expect.arrayContaining([clean.subscriberId, clean.spouseId]));
    expect(file!.file.members.map((m) => m.memberReference)).not.toContain(poisoned.subscriberId);
    const errors = (await acme.api.get(`/coverage_periods/${acme.periodId}/errors`)).body.errors;
    expect(errors).toEqual([expect.objectContaining({ subscriber_id: poisoned.subscriberId, file_delivery_id: null, errors: failed.errors })]);

    // Corrected through the API, it is sent with the next file.
    const corrected = await acme.api.put(`/subscribers/${poisoned.subscriberId}`, { subscriber: { emails: [{ address: 'eve@example.com' }] } });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    await w.runOnce();
    await w.runOnce();
    const after = await statusOf(acme.api, poisoned.subscriberId);
    expect(after.status).toBe('synced');
    expect(after.errors).toBeUndefined();
  });

  it('is shown by preview_834 with its errors instead of failing the request', async () => {
    const acme = await organization('Preview');
    const family = await enroll(acme, 'PREVIEW-1');
    // Delimiters only: nothing is left of the name once they are taken out.
    await db().updateTable('members').set({ last_name: '*~' }).where('id', '=', family.spouseId).execute();
    const res = await acme.api.get(`/subscribers/${family.subscriberId}/preview_834`);
    expect(res.status).toBe(200);
    expect(res.body.previews[0].segments).toEqual([]);
    expect(res.body.previews[0].errors).toEqual([expect.objectContaining({ error_type: 'transmission.value_not_writable', parameter: 'dependents.last_name' })]);
    expect(res.body.previews[0].errors[0].message).toMatch(/^Dependent Dependent1's last_name/);
  });
});

describe('a carrier whose settings cannot be written', () => {
  it('backs off on its own while another carrier is served, shows why on its families, and sends once corrected', async () => {
    const broken = await organization('Broken');
    const waiting = await enroll(broken, 'WAIT-1');
    await db().updateTable('carriers').set({ payer_identifier: 'PAY*1' }).where('id', '=', broken.carrierId).execute();
    const fine = await organization('Fine');
    const served = await enroll(fine, 'FINE-1');

    const w = worker();
    await w.runOnce();
    await w.runOnce();

    expect((await statusOf(fine.api, served.subscriberId)).status).toBe('synced');
    const held = await statusOf(broken.api, waiting.subscriberId);
    expect(held.status).toBe('pending'); // nothing was sent
    expect(held.errors).toEqual([expect.objectContaining({ error_type: 'transmission.settings_not_writable', parameter: 'carrier.payer_identifier' })]);
    const queue = await db().selectFrom('transmission_queues').selectAll().where('coverage_period_id', '=', broken.periodId).executeTakeFirstOrThrow();
    expect(queue.failures).toBe(1); // the second pass did not retry it: it is backing off
    expect(new Date(queue.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    expect(await filesOf(broken.periodId)).toHaveLength(0);

    const fixed = await broken.api.put(`/carriers/${broken.carrierId}`, { carrier: { payer_identifier: '876543219' } });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    await w.runOnce();
    await w.runOnce();
    const sent = await statusOf(broken.api, waiting.subscriberId);
    expect(sent.status).toBe('synced');
    expect(sent.errors).toBeUndefined();
  });
});

describe('a cancellation', () => {
  it('is sent as a termination effective the coverage’s start date, and the family is synced', async () => {
    const acme = await organization('Cancel');
    const family = await enroll(acme, 'CANCEL-1');
    const w = worker();
    await w.runOnce();
    await w.runOnce();
    expect((await statusOf(acme.api, family.subscriberId)).status).toBe('synced');

    // An open-enrollment listing that leaves the spouse out: her medical never starts.
    const relisted = await acme.api.post(`/subscribers/${family.subscriberId}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'initial_enrollment',
        date: start,
        coverage_period_id: acme.periodId,
        plan_elections: { medical: { plan_id: acme.medicalPlanId, type: 'election', coverages: [{ member_id: family.subscriberId, status: 'employer_sponsored', start_date: start }] } },
      },
    });
    expect(relisted.status, JSON.stringify(relisted.body)).toBe(201);
    await w.runOnce();
    await w.runOnce();

    expect((await statusOf(acme.api, family.subscriberId)).status).toBe('synced');
    const files = await filesOf(acme.periodId);
    const spouse = files.at(-1)!.file.members.find((m) => m.memberReference === family.spouseId)!;
    expect(spouse.maintenanceType).toBe('024');
    expect(spouse.coverages).toEqual([expect.objectContaining({ maintenanceType: '024', startDate: start, endDate: start })]);
    expect(spouse.dates?.eligibilityEnd).toBe(start);
    expect(spouse.coverages[0]!.coverageLevel).toBe('SPO');
  });
});

describe('a batch larger than a file', () => {
  it('goes out as several files, each with its own control numbers, every family in exactly one', async () => {
    const acme = await organization('Batch');
    const families = [];
    for (let i = 0; i < 5; i++) families.push(await enroll(acme, `BATCH-${i}`));
    const w = worker({ maxFamiliesPerFile: 2 });
    await w.runOnce();
    await w.runOnce();

    const files = await filesOf(acme.periodId);
    expect(files.map((f) => f.file.members.filter((m) => m.isSubscriber).length)).toEqual([2, 2, 1]);
    expect(new Set(files.map((f) => f.interchange_control_number)).size).toBe(3);
    const carried = files.flatMap((f) => f.file.members.filter((m) => m.isSubscriber).map((m) => m.memberReference));
    expect(carried.sort()).toEqual(families.map((f) => f.subscriberId).sort());
    for (const family of families) expect((await statusOf(acme.api, family.subscriberId)).status).toBe('synced');
  });
});

describe('one organization’s backlog', () => {
  it('delays another organization’s single change by at most one file', async () => {
    const busy = await organization('Busy');
    const backlog = [];
    for (let i = 0; i < 6; i++) backlog.push(await enroll(busy, `BUSY-${i}`));
    const quietOrg = await organization('Quiet');
    const single = await enroll(quietOrg, 'QUIET-1');

    // One file a pass, two families a file: the backlog is three files.
    const w = worker({ maxFamiliesPerFile: 2, maxPerPass: 1 });
    await w.runOnce(); // the backlog's first file (its changes are older)
    await w.runOnce(); // then the other queue's turn

    expect((await statusOf(quietOrg.api, single.subscriberId)).status).toBe('synced');
    const statuses = await Promise.all(backlog.map(async (family) => (await statusOf(busy.api, family.subscriberId)).status));
    expect(statuses.filter((status) => status === 'synced')).toHaveLength(2);
    expect(statuses.filter((status) => status === 'pending')).toHaveLength(4);

    await w.runOnce();
    await w.runOnce();
    for (const family of backlog) expect((await statusOf(busy.api, family.subscriberId)).status).toBe('synced');
  });
});

describe('an answer that cannot be applied', () => {
  it('is kept with its reason and never read again, and the answers after it are applied', async () => {
    const acme = await organization('Answers');
    const family = await enroll(acme, 'ANSWER-1');
    const sandbox = (await registry.connectorFor(acme.carrierId))!;
    let reads = 0;
    const w = createWorker({
      db: db(),
      cipher: t.cipher,
      logger: quiet,
      connectorFor: async (id): Promise<CarrierConnector | undefined> =>
        id !== acme.carrierId
          ? registry.connectorFor(id)
          : {
              send: (file) => sandbox.send(file),
              markProcessed: async (name) => (name === 'bogus-results.json' ? undefined : sandbox.markProcessed(name)),
              close: () => sandbox.close(),
              // A result file for our file whose family id is not an id: applying it fails in the database.
              async receive() {
                const answers = await sandbox.receive();
                const sent = await db().selectFrom('file_deliveries').select('interchange_control_number').where('coverage_period_id', '=', acme.periodId).executeTakeFirst();
                if (!sent) return answers;
                reads++;
                const bogus = { type: 'enrollment_results', interchange_control_number: String(sent.interchange_control_number), transaction_set_control_number: '1', results: [{ subscriber_id: 'not-an-id', member_reference: null, coverage_references: [], status: 'accepted', errors: [] }] };
                return [{ name: 'bogus-results.json', content: JSON.stringify(bogus), receivedAt: new Date() }, ...answers];
              },
            },
    });
    await w.runOnce();
    await w.runOnce();
    expect((await statusOf(acme.api, family.subscriberId)).status).toBe('synced');
    expect(reads).toBeGreaterThan(0);
    const bogus = await db().selectFrom('inbound_files').select(['processed_at', 'problem']).where('carrier_id', '=', acme.carrierId).where('name', '=', 'bogus-results.json').executeTakeFirstOrThrow();
    expect(bogus.processed_at).not.toBeNull();
    expect(bogus.problem).toMatch(/^Could not be applied/);
  });
});
