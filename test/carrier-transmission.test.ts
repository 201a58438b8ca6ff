// A change goes from the API to the carrier and back: outbox → 834 file → connector → 999 and results
// → pending → submitted → synced | errors, with the carrier sandbox in-process and on folders.
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { batchOnce } from '../src/carriers/transmission/outbox-batcher.ts';
import { sendOnce } from '../src/carriers/transmission/delivery-sender.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { read834, readAcknowledgments, write999 } from '../src/carriers/x12/index.ts';
import type { CarrierConnector } from '../src/carriers/connectors/connector.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let registry: ConnectorRegistry;
let worker: Worker;
const year = Number(new Date().toISOString().slice(0, 4));
const quiet = pino({ level: 'silent' });

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  registry = createConnectorRegistry(t.testDb.database.db, t.cipher, { carrierFilesDir: t.carrierFilesDir });
  worker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: quiet, connectorFor: registry.connectorFor });
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

async function enrolledFamily(carrierId: string, lines: string[] = ['medical', 'dental'], externalIdentifier = `S-${Math.random().toString(36).slice(2, 8)}`) {
  const group = await createGroup(api);
  const period = await createCoveragePeriod(api, group.id, carrierId, year);
  const plans: Record<string, string> = {};
  for (const line of lines) plans[line] = (await createPlan(api, period.id, line)).id;
  const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: externalIdentifier } });
  const subscriberId = created.body.subscriber.id as string;
  const spouseId = created.body.subscriber.dependents[0].id as string;
  const start = `${year}-01-01`;
  const elections = Object.fromEntries(
    lines.map((line) => [line, { plan_id: plans[line], type: 'election', coverages: [subscriberId, spouseId].map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: start })) }]),
  );
  const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: period.id, plan_elections: elections } });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  return { group, period, subscriberId, spouseId, externalIdentifier, eventId: event.body.qualifying_life_event.id as string };
}

describe('with the sandbox carrier', () => {
  let family: Awaited<ReturnType<typeof enrolledFamily>>;

  beforeAll(async () => {
    const carrier = await createCarrier(api, undefined, 'Sandbox Health');
    family = await enrolledFamily(carrier.id);
  });

  it('moves a subscriber pending → submitted → synced and keeps the record as sent', async () => {
    expect((await api.get(`/subscribers/${family.subscriberId}`)).body.status).toBe('pending');

    // The phases of a pass one by one: the in-process sandbox answers at once, so a whole pass
    // would go from pending to synced without a pause at submitted.
    expect(await batchOnce(t.testDb.database.db, t.cipher)).toBe(true);
    expect((await api.get(`/subscribers/${family.subscriberId}`)).body.status).toBe('pending');
    expect(await sendOnce(t.testDb.database.db, t.cipher, registry.connectorFor)).toBe(true);
    const submitted = await api.get(`/subscribers/${family.subscriberId}`);
    expect(submitted.body.status).toBe('submitted');
    expect((await api.get(`/qualifying_life_events/${family.eventId}`)).body.qualifying_life_event.status).toBe('submitted');

    const second = await worker.runOnce();
    expect(second).toMatchObject({ built: 0, sent: 0, received: 2 }); // the 999 and the result file
    const synced = await api.get(`/subscribers/${family.subscriberId}`);
    expect(synced.body.status).toBe('synced');
    expect(synced.body.errors).toBeUndefined();
    // The synced copy is the subscriber as the API shows it, as it stood in the accepted file.
    const copy = synced.body.synced_subscriber;
    expect(copy).toMatchObject({ id: family.subscriberId, social_security_number: '*****2222', dependents: expect.arrayContaining([expect.objectContaining({ id: family.spouseId, subscriber_relationship: 'spouse' })]) });
    expect(new Set(copy.coverages.map((c: any) => c.coverage_period_id))).toEqual(new Set([family.period.id]));
    expect(synced.body.carrier_statuses).toEqual([
      expect.objectContaining({ coverage_period_id: family.period.id, status: 'synced', errors: [], synced_subscriber: copy, synced_datetime: expect.any(String) }),
    ]);
    // The file as sent: REF*0F is the subscriber's id as the carrier knows it, the external_identifier, not ours.
    const [sentLoop] = (await api.get(`/members/${family.subscriberId}/coverage_transmissions`)).body.coverage_transmissions;
    expect(sentLoop.record).toMatchObject({ isSubscriber: true, maintenanceType: '021', subscriberId: family.externalIdentifier, ssn: '*****2222' });
    expect((await api.get(`/qualifying_life_events/${family.eventId}`)).body.qualifying_life_event.status).toBe('synced');

    const deliveries = await api.get(`/coverage_periods/${family.period.id}/file_deliveries`);
    expect(deliveries.body.file_deliveries).toHaveLength(1);
    expect(deliveries.body.file_deliveries[0]).toMatchObject({ kind: 'change', status: 'completed', member_count: 2, attempts: 1 });
    const transmissions = await api.get(`/members/${family.spouseId}/coverage_transmissions`);
    expect(transmissions.body.coverage_transmissions).toEqual([expect.objectContaining({ result: 'accepted', record: expect.objectContaining({ memberReference: family.spouseId, relationship: 'spouse' }) })]);
  });

  it('makes a synced subscriber pending again on a new change, and sends only that family', async () => {
    const res = await api.put(`/subscribers/${family.subscriberId}`, { subscriber: { residential_address: { address_line_1: '9 Elm St', city: 'Springfield', state: 'IL', zip: '62702' } } });
    expect(res.body.status).toBe('pending');
    const pass = await worker.runOnce();
    expect(pass.built).toBe(1);
    await worker.runOnce();
    const record = await api.get(`/subscribers/${family.subscriberId}`);
    expect(record.body.status).toBe('synced');
    expect(record.body.synced_subscriber.residential_address).toMatchObject({ address_line_1: '9 Elm St' });
    // The file carried it as a change of a member the carrier has.
    const transmissions = (await api.get(`/members/${family.subscriberId}/coverage_transmissions`)).body.coverage_transmissions;
    expect(transmissions.map((t: any) => t.record)).toContainEqual(expect.objectContaining({ maintenanceType: '001', address: expect.objectContaining({ line1: '9 Elm St' }) }));
  });

  it('shows the exact 834 a pending change will produce, SSNs masked without the pii scope', async () => {
    const readOnly = await t.keyFor(employer.organizationId, ['read']);
    const preview = await api.get(`/subscribers/${family.subscriberId}/preview_834`, readOnly);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const [only] = preview.body.previews;
    expect(only.coverage_period_id).toBe(family.period.id);
    const text = only.segments.join('\n');
    expect(text).toContain('NM1*IL*1*Smith*John****34*XXXXX2222');
    expect(text).not.toContain('222222222');
    const withPii = await api.get(`/subscribers/${family.subscriberId}/preview_834`);
    const read = read834(withPii.body.previews[0].segments.join('\n'));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.members.map((m) => m.ssn)).toContain('222222222');
    expect(read.members.every((m) => m.coverages.length === 2)).toBe(true);
  });

  it('answers errors with the carrier’s typed errors when the carrier rejects a member', async () => {
    const carrier = await createCarrier(api, undefined, 'Sandbox Without Disability');
    const rejected = await enrolledFamily(carrier.id, ['medical', 'short_term_disability']);
    await worker.runOnce();
    await worker.runOnce();
    const record = await api.get(`/subscribers/${rejected.subscriberId}`);
    expect(record.body.status).toBe('errors');
    expect(record.body.errors).toContainEqual({ error_type: 'invalid_request.parameter_invalid', message: expect.stringContaining('STD'), parameter: 'line_of_coverage' });
    const periodErrors = await api.get(`/coverage_periods/${rejected.period.id}/errors`);
    expect(periodErrors.body.errors[0]).toMatchObject({ subscriber_id: rejected.subscriberId });
    expect((await api.get(`/qualifying_life_events/${rejected.eventId}`)).body.qualifying_life_event.status).toBe('errors');
  });

  it('builds a full file of the whole coverage period on request', async () => {
    const res = await api.post(`/coverage_periods/${family.period.id}/file_deliveries`, { file_delivery: { kind: 'full' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.file_delivery).toMatchObject({ kind: 'full', status: 'ready' });
    const stored = await t.testDb.database.db.selectFrom('file_deliveries').select('content_sealed').where('id', '=', res.body.file_delivery.id).executeTakeFirstOrThrow();
    expect(stored.content_sealed).not.toContain('222222222');
    const read = read834(t.cipher.open(stored.content_sealed));
    expect(read.transactionSets[0]!.header.actionCode).toBe('4');
    expect(read.members.every((m) => m.maintenanceType === '030' && m.coverages.every((c) => c.maintenanceType === '030'))).toBe(true);
  });
});

describe('with a directory connection', () => {
  let dir: string;
  let family: Awaited<ReturnType<typeof enrolledFamily>>;
  let carrierId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(t.carrierFilesDir, 'folder-health-'));
    fs.mkdirSync(path.join(dir, 'out'));
    fs.mkdirSync(path.join(dir, 'in'));
    const res = await api.post('/carriers', {
      carrier: {
        name: 'Folder Health',
        payer_identifier: '765432108',
        interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'FOLDERHEALTH' },
        connection: { type: 'directory', outbound_path: path.join(dir, 'out'), inbound_path: path.join(dir, 'in') },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    carrierId = res.body.carrier.id;
    family = await enrolledFamily(carrierId, ['medical']);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the 834 into the outbound folder and reads a rejecting 999 back as errors', async () => {
    await worker.runOnce();
    const files = fs.readdirSync(path.join(dir, 'out')).filter((name) => name.endsWith('.834'));
    expect(files).toHaveLength(1);
    const sent = read834(fs.readFileSync(path.join(dir, 'out', files[0]!), 'utf8'));
    expect(sent.interchange?.receiverId.trim()).toBe('FOLDERHEALTH');
    const delivery = (await api.get(`/coverage_periods/${family.period.id}/file_deliveries`)).body.file_deliveries[0];
    expect(delivery.file_name).toBe(files[0]);

    const ack = write999({
      interchange: { senderQualifier: 'ZZ', senderId: 'FOLDERHEALTH', receiverQualifier: 'ZZ', receiverId: 'OPENENROLL', interchangeControlNumber: 77, date: `${year}-01-02`, time: '0900', usage: 'T', groupControlNumber: 77, transactionSetControlNumber: 1 },
      acknowledgedGroup: { functionalIdentifierCode: 'BE', controlNumber: String(delivery.group_control_number), version: '005010X220A1' },
      transactionSets: [{ transactionSetId: '834', controlNumber: String(delivery.transaction_set_control_number).padStart(4, '0'), errors: [{ segmentId: 'NM1', position: 9, loopId: '2100A', code: '8', elementErrors: [{ position: 3, code: '1' }] }] }],
    });
    expect(readAcknowledgments(ack).acknowledgments[0]!.accepted).toBe(false);
    fs.writeFileSync(path.join(dir, 'in', `${files[0]}.999`), ack);

    const pass = await worker.runOnce();
    expect(pass.received).toBe(1);
    const record = await api.get(`/subscribers/${family.subscriberId}`);
    expect(record.body.status).toBe('errors');
    expect(record.body.errors[0]).toMatchObject({ error_type: 'carrier.syntax_error', parameter: 'NM1' });
    expect(fs.readdirSync(path.join(dir, 'in'))).not.toContain(`${files[0]}.999`); // moved to processed
    const rejected = (await api.get(`/coverage_periods/${family.period.id}/file_deliveries`)).body.file_deliveries[0];
    expect(rejected.status).toBe('rejected');
  });
});

describe('never losing or repeating a change', () => {
  it('resends the same file with the same control numbers after a crash between upload and record', async () => {
    const carrier = await createCarrier(api, undefined, 'Flaky Health');
    const family = await enrolledFamily(carrier.id, ['medical']);
    const uploads: Array<{ name: string; content: string }> = [];
    let crash = true;
    const flaky: CarrierConnector = {
      async send(file) {
        uploads.push(file);
        if (crash) throw new Error('connection reset after the upload');
      },
      receive: async () => [],
      markProcessed: async () => {},
      close: async () => {},
    };
    const flakyWorker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: quiet, connectorFor: async (id) => (id === carrier.id ? flaky : registry.connectorFor(id)) });
    await flakyWorker.runOnce();
    const [delivery] = (await api.get(`/coverage_periods/${family.period.id}/file_deliveries`)).body.file_deliveries;
    expect(delivery).toMatchObject({ status: 'ready', attempts: 1, last_error: 'connection reset after the upload' });
    expect((await api.get(`/subscribers/${family.subscriberId}`)).body.status).toBe('pending');

    // The retry is due later (backoff); pretend the time has come.
    await t.testDb.database.db.updateTable('file_deliveries').set({ next_attempt_at: new Date(0) }).where('id', '=', delivery.id).execute();
    crash = false;
    const pass = await flakyWorker.runOnce();
    expect(pass).toMatchObject({ built: 0, sent: 1 });
    expect(uploads).toHaveLength(2);
    expect(uploads[1]).toEqual(uploads[0]);
    const after = (await api.get(`/coverage_periods/${family.period.id}/file_deliveries`)).body.file_deliveries;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'sent', interchange_control_number: delivery.interchange_control_number, attempts: 2 });
    expect((await api.get(`/subscribers/${family.subscriberId}`)).body.status).toBe('submitted');
  });

  it('stops a file that keeps failing and says why', async () => {
    const carrier = await createCarrier(api, undefined, 'Down Health');
    const family = await enrolledFamily(carrier.id, ['medical']);
    const down: CarrierConnector = { send: async () => { throw new Error('host unreachable'); }, receive: async () => [], markProcessed: async () => {}, close: async () => {} };
    const downWorker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: quiet, connectorFor: async (id) => (id === carrier.id ? down : undefined) });
    for (let attempt = 0; attempt < 8; attempt++) {
      await downWorker.runOnce();
      await t.testDb.database.db.updateTable('file_deliveries').set({ next_attempt_at: new Date(0) }).where('carrier_id', '=', carrier.id).execute();
    }
    const [delivery] = (await api.get(`/coverage_periods/${family.period.id}/file_deliveries`)).body.file_deliveries;
    expect(delivery.status).toBe('failed');
    expect(delivery.last_error).toMatch(/Gave up after 8 attempts: host unreachable/);
  });

  it('gives control numbers that increase per carrier and never repeat', async () => {
    const rows = await t.testDb.database.db.selectFrom('file_deliveries').select(['carrier_id', 'interchange_control_number', 'created_at']).orderBy('created_at').execute();
    const byCarrier = new Map<string, number[]>();
    for (const row of rows) byCarrier.set(row.carrier_id, [...(byCarrier.get(row.carrier_id) ?? []), Number(row.interchange_control_number)]);
    for (const numbers of byCarrier.values()) {
      expect(new Set(numbers).size).toBe(numbers.length);
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    }
    expect([...byCarrier.values()].some((numbers) => numbers.length > 1)).toBe(true);
  });
});

describe('several workers at once', () => {
  it('share the outbox without sending any family twice', async () => {
    const carrier = await createCarrier(api, undefined, 'Busy Health');
    const group = await createGroup(api);
    const period = await createCoveragePeriod(api, group.id, carrier.id, year);
    const plan = await createPlan(api, period.id, 'medical');
    const subscribers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: `BUSY-${i}`, social_security_number: `55555555${i}`, dependents: [] } });
      subscribers.push(created.body.subscriber.id);
      const event = await api.post(`/subscribers/${created.body.subscriber.id}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: `${year}-01-01`, coverage_period_id: period.id, plan_elections: { medical: { plan_id: plan.id, type: 'election', coverages: [{ member_id: created.body.subscriber.id, status: 'employer_sponsored', start_date: `${year}-01-01` }] } } } });
      expect(event.status).toBe(201);
    }
    const uploads: string[] = [];
    const recording: CarrierConnector = { send: async (file) => void uploads.push(file.name), receive: async () => [], markProcessed: async () => {}, close: async () => {} };
    const connectorFor = async (id: string) => (id === carrier.id ? recording : undefined);
    const workers = [1, 2, 3].map(() => createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: quiet, connectorFor }));
    await Promise.all(workers.map((w) => w.runOnce()));
    await Promise.all(workers.map((w) => w.runOnce()));
    const carried = await t.testDb.database.db
      .selectFrom('file_delivery_subscribers')
      .innerJoin('file_deliveries', 'file_deliveries.id', 'file_delivery_subscribers.delivery_id')
      .select('file_delivery_subscribers.subscriber_id')
      .where('file_deliveries.carrier_id', '=', carrier.id)
      .execute();
    expect(carried.map((row) => row.subscriber_id).sort()).toEqual([...subscribers].sort());
    expect(new Set(uploads).size).toBe(uploads.length);
    for (const id of subscribers) expect((await api.get(`/subscribers/${id}`)).body.status).toBe('submitted');
  });
});
