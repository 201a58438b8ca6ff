// Resend (issue 13): a file the carrier refused is built again with new control numbers (ISA13, GS06,
// ST02) and the sandbox carrier accepts it; a family queued again shows up in the next 834 file; both
// audited, typed errors for what cannot be resent, another organization's ids not found.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { read834 } from '../src/carriers/x12/index.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let registry: ConnectorRegistry;
let worker: Worker;
const year = Number(new Date().toISOString().slice(0, 4));
let carrierId: string;
let periodId: string;
let subscriberId: string;

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  registry = createConnectorRegistry(t.testDb.database.db, t.cipher, { carrierFilesDir: t.carrierFilesDir });
  worker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor });
  carrierId = (await createCarrier(api, undefined, 'Sandbox Health')).id;
  // The carrier's translator answers to another receiver id: our file's ISA08 is refused (TA1 R).
  expect((await api.put(`/carriers/${carrierId}`, { carrier: { connection: { type: 'sandbox', receiver_id: 'ELSEWHERE' } } })).status).toBe(200);
  const group = await createGroup(api);
  periodId = (await createCoveragePeriod(api, group.id, carrierId, year)).id;
  const medical = (await createPlan(api, periodId, 'medical')).id;
  const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: SUBSCRIBER });
  subscriberId = created.body.subscriber.id;
  const start = `${year}-01-01`;
  const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
    qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: periodId, plan_elections: { medical: { plan_id: medical, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: start }] } } },
  });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  for (let pass = 0; pass < 2; pass++) await worker.runOnce();
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

const files = async () => (await api.get(`/coverage_periods/${periodId}/file_deliveries`)).body.file_deliveries as Array<Record<string, unknown> & { id: string; status: string }>;
const auditOf = (id: string) => t.testDb.database.db.selectFrom('audit_events').select(['resource_type', 'action', 'before', 'after']).where('resource_id', '=', id).where('action', '=', 'resend').execute();
const statusOf = async () => (await api.get(`/subscribers/${subscriberId}`)).body.status as string;

describe('resending a rejected file', () => {
  let rejected: Record<string, unknown> & { id: string };
  let resent: Record<string, unknown> & { id: string };

  it('builds it again with new control numbers, names the file it replaces and makes the family pending', async () => {
    rejected = (await files())[0]!;
    expect(rejected.status).toBe('rejected');
    expect(await statusOf()).toBe('errors');
    expect((await api.put(`/carriers/${carrierId}`, { carrier: { connection: { type: 'sandbox' } } })).status).toBe(200);

    const res = await api.post(`/file_deliveries/${rejected.id}/resend`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    resent = res.body.file_delivery;
    expect(resent).toMatchObject({ status: 'ready', kind: rejected.kind, member_count: rejected.member_count, resent_from_id: rejected.id });
    for (const number of ['interchange_control_number', 'group_control_number', 'transaction_set_control_number']) expect(resent[number], number).not.toBe(rejected[number]);
    expect(resent.file_name).not.toBe(rejected.file_name);
    const content = read834((await api.get(`/file_deliveries/${resent.id}/content`)).body.content);
    // The file as sent says so: ISA13, GS06 and ST02 are the new numbers.
    expect(content.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(content.interchange?.controlNumber).toBe(String(resent.interchange_control_number).padStart(9, '0'));
    expect(Number(content.groups[0]!.controlNumber)).toBe(resent.group_control_number);
    expect(Number(content.transactionSets[0]!.controlNumber)).toBe(resent.transaction_set_control_number);
    expect(await statusOf()).toBe('pending');
    const [audit] = await auditOf(resent.id);
    expect(audit).toMatchObject({ resource_type: 'file_delivery', before: { id: rejected.id, status: 'rejected' }, after: { id: resent.id, resent_from_id: rejected.id } });
  });

  it('is accepted by the carrier, and the family synced', async () => {
    for (let pass = 0; pass < 2; pass++) await worker.runOnce();
    const now = await files();
    expect(now.find((f) => f.id === resent.id)?.status).toMatch(/acknowledged|completed/);
    expect(now.find((f) => f.id === rejected.id)?.status).toBe('rejected');
    expect(await statusOf()).toBe('synced');
  });

  it('refuses a file that is not rejected or failed with a typed 409, changing nothing', async () => {
    const before = (await files()).length;
    const res = await api.post(`/file_deliveries/${resent.id}/resend`, {});
    expect(res.status).toBe(409);
    expect(res.body.errors[0].error_type).toBe('conflict.file_delivery_not_resendable');
    expect((await files()).length).toBe(before);
    expect(await auditOf(resent.id)).toHaveLength(1);
  });
});

describe('resending a family', () => {
  it('queues its current state: pending, then carried by the next 834 file, and synced again', async () => {
    const before = (await files()).map((f) => f.id);
    const res = await api.post(`/subscribers/${subscriberId}/resend`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.resend).toEqual({ subscriber_id: subscriberId, queued: [{ coverage_period_id: periodId, carrier_id: carrierId }] });
    expect(await statusOf()).toBe('pending');
    const [audit] = await auditOf(subscriberId);
    expect(audit).toMatchObject({ resource_type: 'subscriber', before: { carrier_statuses: [{ coverage_period_id: periodId, status: 'synced' }] } });

    for (let pass = 0; pass < 2; pass++) await worker.runOnce();
    const next = (await files()).filter((f) => !before.includes(f.id));
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ kind: 'change', member_count: 1 });
    const content = (await api.get(`/file_deliveries/${next[0]!.id}/content`)).body.content as string;
    expect(content).toContain(`REF*23*${subscriberId}~`);
    expect(await statusOf()).toBe('synced');
  });

  it('another organization’s subscriber or file is not found, and nothing is queued', async () => {
    const other = await t.tenant({ name: 'Stranger' });
    const theirs = client(t, () => other);
    const outbox = await t.testDb.database.db.selectFrom('carrier_outbox').select('id').execute();
    for (const url of [`/subscribers/${subscriberId}/resend`, `/file_deliveries/${(await files())[0]!.id}/resend`]) {
      const res = await theirs.post(url, {});
      expect(res.status, url).toBe(404);
      expect(res.body.errors[0].error_type).toBe('not_found');
    }
    expect((await t.testDb.database.db.selectFrom('carrier_outbox').select('id').execute()).length).toBe(outbox.length);
  });
});
