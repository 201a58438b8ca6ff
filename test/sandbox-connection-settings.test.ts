// The sandbox carrier's accepted lines and rules, set on its `sandbox` connection through the API, and
// applied by the in-process carrier the worker sends to.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let registry: ConnectorRegistry;
let worker: Worker;
const year = Number(new Date().toISOString().slice(0, 4));

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  registry = createConnectorRegistry(t.testDb.database.db, t.cipher, { carrierFilesDir: t.carrierFilesDir });
  worker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor });
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

const carrierBody = (connection: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  carrier: {
    name: 'Sandbox Life',
    payer_identifier: '876543219',
    interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'SANDBOXLIFE' },
    connection: { type: 'sandbox', ...connection },
    ...extra,
  },
});

async function carrierWith(connection: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const res = await api.post('/carriers', carrierBody(connection, extra));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.carrier as { id: string; connection: Record<string, unknown> };
}

async function enrolled(carrierId: string, lines: string[], subscriber: Record<string, unknown> = {}) {
  const group = await createGroup(api);
  const period = await createCoveragePeriod(api, group.id, carrierId, year);
  const plans: Record<string, string> = {};
  for (const line of lines) plans[line] = (await createPlan(api, period.id, line)).id;
  const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, dependents: [], external_identifier: `S-${Math.random().toString(36).slice(2, 8)}`, ...subscriber } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const subscriberId = created.body.subscriber.id as string;
  const start = `${year}-01-01`;
  const elections = Object.fromEntries(lines.map((line) => [line, { plan_id: plans[line], type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: start }] }]));
  const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: period.id, plan_elections: elections } });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  return { subscriberId, period };
}

async function settle() {
  await worker.runOnce();
  await worker.runOnce();
}

describe('a sandbox connection with settings', () => {
  it('keeps and shows its settings', async () => {
    const settings = { lines_of_coverage: ['HLT', 'AH'], unknown_groups: 'accept', rules: { subscriber_ssn_required: false }, result_files: true };
    const carrier = await carrierWith(settings);
    expect(carrier.connection).toEqual({ type: 'sandbox', ...settings });
    expect((await api.get(`/carriers/${carrier.id}`)).body.carrier.connection).toEqual({ type: 'sandbox', ...settings });
  });

  it('accepts the lines it is told to: life under the carrier\'s code, and rejects a line it does not offer', async () => {
    const carrier = await carrierWith({ lines_of_coverage: ['HLT', 'AH'] }, { line_of_coverage_codes: { life: 'AH' } });
    const accepted = await enrolled(carrier.id, ['medical', 'life']);
    await settle();
    expect((await api.get(`/subscribers/${accepted.subscriberId}`)).body.status).toBe('synced');

    const rejected = await enrolled(carrier.id, ['medical', 'dental']);
    await settle();
    const record = (await api.get(`/subscribers/${rejected.subscriberId}`)).body;
    expect(record.status).toBe('errors');
    expect(record.errors).toContainEqual({ error_type: 'invalid_request.parameter_invalid', message: expect.stringContaining('"DEN"'), parameter: 'line_of_coverage' });
  });

  it('applies per-group settings and waived rules', async () => {
    // The group's own setting narrows its lines; a subscriber without an SSN passes when that rule is off.
    const carrier = await carrierWith({ groups: [{ group_number: 'GRP002', lines_of_coverage: ['DEN'] }], rules: { subscriber_ssn_required: false } });
    const family = await enrolled(carrier.id, ['dental'], { social_security_number: undefined });
    await settle();
    expect((await api.get(`/subscribers/${family.subscriberId}`)).body.status).toBe('synced');
    const medical = await enrolled(carrier.id, ['medical'], { social_security_number: undefined });
    await settle();
    const record = (await api.get(`/subscribers/${medical.subscriberId}`)).body;
    expect(record.status).toBe('errors');
    expect(record.errors.map((e: { parameter: string }) => e.parameter)).toEqual(['line_of_coverage']);

    // With the rule on (the default), the same family is rejected for the missing SSN.
    const strict = await carrierWith({});
    const noSsn = await enrolled(strict.id, ['medical'], { social_security_number: undefined });
    await settle();
    expect((await api.get(`/subscribers/${noSsn.subscriberId}`)).body.errors).toContainEqual(expect.objectContaining({ parameter: 'social_security_number' }));
  });

  it('answers a 999 only with result_files false', async () => {
    const carrier = await carrierWith({ result_files: false });
    await enrolled(carrier.id, ['medical']);
    await settle();
    const kinds = await t.testDb.database.db.selectFrom('inbound_files').select(['kind']).where('carrier_id', '=', carrier.id).execute();
    expect(kinds.map((row) => row.kind)).toEqual(['999']);
  });

  it.each([
    [{ lines_of_coverage: ['HLT', 'LIF'] }, 'carrier.connection.lines_of_coverage[1]'],
    [{ groups: [{ group_number: 'G1', coverage_start_date: '2026-02-30' }] }, 'carrier.connection.groups[0].coverage_start_date'],
    [{ groups: [{ group_number: 'G1', coverage_start_date: '2026-03-01', coverage_end_date: '2026-02-01' }] }, 'carrier.connection.groups[0].coverage_end_date'],
    [{ groups: [{ group_number: 'G1' }, { group_number: 'G1' }] }, 'carrier.connection.groups[1].group_number'],
    [{ groups: [{ group_number: 'G1', lines_of_coverage: ['XYZ'] }] }, 'carrier.connection.groups[0].lines_of_coverage[0]'],
  ])('refuses bad settings with 422 naming them: %j', async (settings, parameter) => {
    const before = await t.testDb.database.db.selectFrom('carriers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const res = await api.post('/carriers', carrierBody(settings));
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.errors).toEqual([{ error_type: 'unprocessable.sandbox_setting_invalid', message: expect.any(String), parameter }]);
    const after = await t.testDb.database.db.selectFrom('carriers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    // An update is refused the same way and changes nothing.
    const carrier = await carrierWith({ lines_of_coverage: ['HLT'] });
    const put = await api.put(`/carriers/${carrier.id}`, { carrier: { connection: { type: 'sandbox', ...settings } } });
    expect(put.status).toBe(422);
    expect(put.body.errors[0].parameter).toBe(parameter);
    expect((await api.get(`/carriers/${carrier.id}`)).body.carrier.connection).toEqual({ type: 'sandbox', lines_of_coverage: ['HLT'] });
  });

  it('refuses a setting of the wrong shape with 400', async () => {
    const res = await api.post('/carriers', carrierBody({ result_files: 'yes' }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].parameter).toBe('carrier.connection.result_files');
  });
});
