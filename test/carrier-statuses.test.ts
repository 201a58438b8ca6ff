// A family with coverage at two carriers: its status with each carrier, and a family status that tells
// the truth — `synced` only once every carrier accepted its latest change. One carrier is the
// in-process sandbox (it answers at once, with a result file); the other a folder we answer ourselves
// with the acknowledgement fixtures of test/golden/ack (a 999 or 997 alone is that carrier's acceptance).
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import nodeX12 from 'node-x12';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { read834, readAcknowledgments } from '../src/carriers/x12/index.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

const ACKS = path.join(import.meta.dirname, 'golden', 'ack');
const ack = (name: string) => fs.readFileSync(path.join(ACKS, name), 'utf8');

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

/** A new folder carrier (its first file has GS06 1 and ST02 0001, as the fixtures answer). */
async function folderCarrier() {
  const dir = fs.mkdtempSync(path.join(t.carrierFilesDir, 'folder-dental-'));
  for (const sub of ['out', 'in']) fs.mkdirSync(path.join(dir, sub));
  const res = await api.post('/carriers', {
    carrier: {
      name: 'Folder Dental',
      payer_identifier: '765432108',
      interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'FOLDERDENTAL' },
      connection: { type: 'directory', outbound_path: path.join(dir, 'out'), inbound_path: path.join(dir, 'in') },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.carrier.file_settings.acceptance).toBe('acknowledgement');
  return { id: res.body.carrier.id as string, inbox: path.join(dir, 'in'), outbox: path.join(dir, 'out') };
}

/** A family with medical at the sandbox carrier and dental at a folder carrier, each sent once. */
async function familyAtTwoCarriers() {
  const sandbox = await createCarrier(api, undefined, 'Sandbox Health');
  const folder = await folderCarrier();
  const group = await createGroup(api);
  const medicalPeriod = await createCoveragePeriod(api, group.id, sandbox.id, year);
  const dentalPeriod = await createCoveragePeriod(api, group.id, folder.id, year);
  const medical = await createPlan(api, medicalPeriod.id, 'medical');
  const dental = await createPlan(api, dentalPeriod.id, 'dental');
  const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: `S-${Math.random().toString(36).slice(2, 8)}` } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const subscriberId = created.body.subscriber.id as string;
  const start = `${year}-01-01`;
  for (const [period, line, plan] of [[medicalPeriod, 'medical', medical], [dentalPeriod, 'dental', dental]] as const) {
    const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: period.id, plan_elections: { [line]: { plan_id: plan.id, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: start }] } } },
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
  }
  for (let pass = 0; pass < 3; pass++) await worker.runOnce();
  expect(fs.readdirSync(folder.outbox).filter((name) => name.endsWith('.834'))).toHaveLength(1);
  return { subscriberId, sandbox, folder, medicalPeriod, dentalPeriod };
}

const byPeriod = (body: any, periodId: string) => body.carrier_statuses.find((s: any) => s.coverage_period_id === periodId);

describe('a family with coverage at two carriers', () => {
  it('stays submitted while one carrier has accepted and the other has not answered, and is synced once both have', async () => {
    const family = await familyAtTwoCarriers();
    const waiting = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(waiting.status).toBe('submitted');
    expect(waiting.synced_subscriber).toBeUndefined();
    expect(waiting.carrier_statuses).toHaveLength(2);
    expect(byPeriod(waiting, family.medicalPeriod.id)).toMatchObject({ carrier_id: family.sandbox.id, status: 'synced', errors: [] });
    expect(byPeriod(waiting, family.medicalPeriod.id).synced_subscriber.coverages.map((c: any) => c.product_line)).toEqual(['medical']);
    expect(byPeriod(waiting, family.dentalPeriod.id)).toMatchObject({ carrier_id: family.folder.id, status: 'submitted', errors: [] });
    expect(byPeriod(waiting, family.dentalPeriod.id).synced_subscriber).toBeUndefined();

    // What the folder carrier received, read by our reader and by node-x12 (strict), is what the API
    // shows of that carrier: the subscriber under the id the carrier knows, and only its own (dental) line.
    const [sentName] = fs.readdirSync(family.folder.outbox).filter((name) => name.endsWith('.834'));
    const sentText = fs.readFileSync(path.join(family.folder.outbox, sentName!), 'utf8');
    const sent = read834(sentText);
    expect(sent.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(sent.members.map((m) => [m.subscriberId, m.maintenanceType, m.coverages.map((c) => `${c.maintenanceType} ${c.insuranceLineCode}`)])).toEqual([
      [waiting.subscriber.external_identifier, '021', ['021 DEN']],
    ]);
    const strict = new nodeX12.X12Parser(true).parse(sentText) as { functionalGroups: Array<{ transactions: Array<{ segments: Array<{ tag: string; elements: Array<{ value: string }> }> }> }> };
    const hd = strict.functionalGroups[0]!.transactions[0]!.segments.filter((segment) => segment.tag === 'HD');
    expect(hd.map((segment) => segment.elements[2]!.value)).toEqual(['DEN']);
    expect(waiting.subscriber.coverages.map((c: any) => c.product_line).sort()).toEqual(['dental', 'medical']);

    // The folder carrier answers with a 999 alone, accepting the transaction set.
    fs.writeFileSync(path.join(family.folder.inbox, 'answer.999'), ack('999-accepted.edi'));
    expect((await worker.runOnce()).received).toBe(1);
    const synced = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(synced.status, JSON.stringify(synced.errors)).toBe('synced');
    expect(byPeriod(synced, family.dentalPeriod.id)).toMatchObject({ status: 'synced', errors: [] });
    expect(byPeriod(synced, family.dentalPeriod.id).synced_subscriber.coverages.map((c: any) => c.product_line)).toEqual(['dental']);
    // Together: what both carriers accepted.
    expect(synced.synced_subscriber.coverages.map((c: any) => c.product_line).sort()).toEqual(['dental', 'medical']);
    const deliveries = (await api.get(`/coverage_periods/${family.dentalPeriod.id}/file_deliveries`)).body.file_deliveries;
    expect(deliveries[0]).toMatchObject({ status: 'completed' });

    // A change goes to both carriers: pending with each, and the copies they accepted are kept.
    const changed = await api.put(`/subscribers/${family.subscriberId}`, { subscriber: { first_name: 'Jon' } });
    expect(changed.body.status).toBe('pending');
    expect(changed.body.carrier_statuses.map((s: any) => s.status)).toEqual(['pending', 'pending']);
    expect(changed.body.carrier_statuses.every((s: any) => s.synced_subscriber.first_name === 'John')).toBe(true);
    const reread = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(reread.carrier_statuses.map((s: any) => s.status)).toEqual(['pending', 'pending']);
    expect(reread.synced_subscriber).toBeUndefined();
  });

  it('reads a 997 by its own rules: an accepting AK5 makes the family synced', async () => {
    const family = await familyAtTwoCarriers();
    fs.writeFileSync(path.join(family.folder.inbox, 'answer.997'), ack('997-accepted.edi'));
    await worker.runOnce();
    const body = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(byPeriod(body, family.dentalPeriod.id).status).toBe('synced');
    expect(body.status).toBe('synced');
  });

  it('a carrier that rejects puts the family in errors with that carrier’s errors, though the other accepted', async () => {
    const family = await familyAtTwoCarriers();
    fs.writeFileSync(path.join(family.folder.inbox, 'answer.997'), ack('997-rejected.edi'));
    await worker.runOnce();
    const body = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(body.status).toBe('errors');
    expect(body.errors).toEqual([expect.objectContaining({ error_type: 'carrier.syntax_error', parameter: 'NM1' })]);
    expect(byPeriod(body, family.dentalPeriod.id)).toMatchObject({ status: 'errors', errors: [expect.objectContaining({ error_type: 'carrier.syntax_error' })] });
    expect(byPeriod(body, family.medicalPeriod.id)).toMatchObject({ status: 'synced', errors: [] });
  });

  it("lets the carrier's result overrule the 999 that synced the family, but not an older file's answer", async () => {
    const family = await familyAtTwoCarriers();
    const sentFiles = () => fs.readdirSync(family.folder.outbox).filter((name) => name.endsWith('.834')).sort();
    const interchangeOf = (name: string) => String(Number(fs.readFileSync(path.join(family.folder.outbox, name), 'utf8').split('~')[0]!.split('*')[13]));
    const externalId = (await api.get(`/subscribers/${family.subscriberId}`)).body.subscriber.external_identifier;
    const resultFile = (interchange: string, status: 'accepted' | 'rejected') => JSON.stringify({
      type: 'enrollment_results', interchange_control_number: interchange, transaction_set_control_number: '0001',
      results: [{ subscriber_id: externalId, member_reference: null, coverage_references: [], status, errors: status === 'rejected' ? [{ error_type: 'carrier.member_not_eligible', message: 'Not eligible for this group', parameter: 'INS' }] : [] }],
    });
    const drop = (name: string, content: string, secondsAgo: number) => {
      const file = path.join(family.folder.inbox, name);
      fs.writeFileSync(file, content);
      const when = new Date(Date.now() - secondsAgo * 1000);
      fs.utimesSync(file, when, when); // the worker reads a carrier's files oldest first
    };
    const first = interchangeOf(sentFiles()[0]!);

    // The 999 accepts the file (this carrier's acceptance), then its result file refuses the subscriber.
    drop('answer.999', ack('999-accepted.edi'), 20);
    drop('results-1.json', resultFile(first, 'rejected'), 10);
    expect((await worker.runOnce()).received).toBe(2);
    const overruled = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(overruled.status).toBe('errors');
    expect(byPeriod(overruled, family.dentalPeriod.id)).toMatchObject({ status: 'errors', errors: [expect.objectContaining({ error_type: 'carrier.member_not_eligible', parameter: 'INS' })] });
    expect(byPeriod(overruled, family.medicalPeriod.id)).toMatchObject({ status: 'synced' });

    // Corrected and sent again: an answer to the first file, arriving now, says nothing of the second.
    expect((await api.put(`/subscribers/${family.subscriberId}`, { subscriber: { first_name: 'Jon' } })).status).toBe(200);
    for (let pass = 0; pass < 3; pass++) await worker.runOnce();
    expect(sentFiles()).toHaveLength(2);
    drop('results-late.json', resultFile(first, 'accepted'), 0);
    await worker.runOnce();
    const resent = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(byPeriod(resent, family.dentalPeriod.id)).toMatchObject({ status: 'submitted' });
    expect(resent.status).toBe('submitted');
  });

  it('does not apply a 999 that acknowledges another kind of transaction set, and says why', async () => {
    const family = await familyAtTwoCarriers();
    fs.writeFileSync(path.join(family.folder.inbox, 'answer.999'), ack('999-other-transaction-set.edi'));
    await worker.runOnce();
    const body = (await api.get(`/subscribers/${family.subscriberId}`)).body;
    expect(byPeriod(body, family.dentalPeriod.id).status).toBe('submitted');
    expect(body.status).toBe('submitted');
    const inbound = await t.testDb.database.db.selectFrom('inbound_files').select(['kind', 'problem', 'delivery_id', 'processed_at']).where('carrier_id', '=', family.folder.id).executeTakeFirstOrThrow();
    expect(inbound).toMatchObject({ kind: '999', delivery_id: null, processed_at: expect.any(Date) });
    expect(inbound.problem).toContain('AK101');
  });
});

describe('coverage the carrier’s 834 has no code for', () => {
  it('is never left out silently: the family is in errors naming the setting, and is sent once the carrier gives a code', async () => {
    const carrier = await createCarrier(api, undefined, 'Sandbox Life');
    const mapped = await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AH' }, connection: { type: 'sandbox', lines_of_coverage: ['HLT', 'AH'] } } });
    expect(mapped.status, JSON.stringify(mapped.body)).toBe(200);
    const group = await createGroup(api);
    const period = await createCoveragePeriod(api, group.id, carrier.id, year);
    const life = await createPlan(api, period.id, 'life');
    const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'LIFE-1' } });
    const subscriberId = created.body.subscriber.id as string;
    const start = `${year}-01-01`;
    const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: period.id, plan_elections: { life: { plan_id: life.id, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: start, volume: 50000 }] } } },
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    // A carrier whose mapping is gone (stored before the API refused that): nothing can carry the life coverage.
    await t.testDb.database.db.updateTable('carriers').set({ line_of_coverage_codes: '{}' }).where('id', '=', carrier.id).execute();
    for (let pass = 0; pass < 3; pass++) await worker.runOnce();
    const stuck = (await api.get(`/subscribers/${subscriberId}`)).body;
    expect(stuck.status).toBe('errors');
    expect(stuck.errors).toEqual([expect.objectContaining({ error_type: 'carrier.line_of_coverage_unmapped', parameter: 'line_of_coverage_codes.life' })]);
    expect((await api.get(`/coverage_periods/${period.id}/file_deliveries`)).body.file_deliveries).toEqual([]);

    const corrected = await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AH' } } });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect((await api.get(`/subscribers/${subscriberId}`)).body.status).toBe('pending');
    for (let pass = 0; pass < 3; pass++) await worker.runOnce();
    // Sent this time, the life coverage and its amount with it, and accepted.
    const [delivery] = (await api.get(`/coverage_periods/${period.id}/file_deliveries`)).body.file_deliveries;
    expect(delivery).toMatchObject({ member_count: 1 });
    const synced = (await api.get(`/subscribers/${subscriberId}`)).body;
    expect(synced.status, JSON.stringify(synced.errors)).toBe('synced');
    expect(synced.synced_subscriber.coverages).toEqual([expect.objectContaining({ product_line: 'life', volume: 50000 })]);
  });
});

describe('the acknowledgement fixtures', () => {
  const cases = [
    { name: '999-accepted.edi', kind: '999', group: 'BE', set: '834', accepted: true },
    { name: '997-accepted.edi', kind: '997', group: 'BE', set: '834', accepted: true },
    { name: '997-rejected.edi', kind: '997', group: 'BE', set: '834', accepted: false },
    { name: '999-other-transaction-set.edi', kind: '999', group: 'HC', set: '837', accepted: false },
  ];
  for (const c of cases) {
    it(`${c.name}: read by our reader and by node-x12 (strict) alike`, () => {
      const text = ack(c.name);
      const ours = readAcknowledgments(text);
      expect(ours.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      const [group] = ours.acknowledgments;
      expect(group).toMatchObject({ kind: c.kind, acknowledgedGroup: { functionalIdentifierCode: c.group, controlNumber: '1' } });
      expect(group!.transactionSets).toEqual([expect.objectContaining({ transactionSetId: c.set, controlNumber: '0001', accepted: c.accepted })]);

      const independent = new nodeX12.X12Parser(true).parse(text) as { functionalGroups: Array<{ transactions: Array<{ segments: Array<{ tag: string; elements: Array<{ value: string }> }> }> }> };
      const segments = independent.functionalGroups[0]!.transactions[0]!.segments;
      const answer = segments.find((s) => s.tag === (c.kind === '997' ? 'AK5' : 'IK5'))!;
      expect(['A', 'E'].includes(answer.elements[0]!.value)).toBe(c.accepted);
      expect(segments.find((s) => s.tag === 'AK1')!.elements[0]!.value).toBe(c.group);
    });
  }
});
