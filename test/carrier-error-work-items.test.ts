// Carrier errors as work items (issue 13): each error of a coverage period has an id and a status; it
// can be commented, resolved with a resolution and reopened (the discrepancies' shapes and rules), every
// step audited; and once the carrier accepts the family, its open errors resolve by themselves.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
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
  // A carrier that offers medical only: the family's dental is refused, member by member.
  carrierId = (await createCarrier(api, undefined, 'Medical Only Health')).id;
  expect((await api.put(`/carriers/${carrierId}`, { carrier: { connection: { type: 'sandbox', lines_of_coverage: ['HLT'] } } })).status).toBe(200);
  const group = await createGroup(api);
  periodId = (await createCoveragePeriod(api, group.id, carrierId, year)).id;
  const plans = { medical: (await createPlan(api, periodId, 'medical')).id, dental: (await createPlan(api, periodId, 'dental')).id };
  const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: SUBSCRIBER });
  subscriberId = created.body.subscriber.id;
  const start = `${year}-01-01`;
  const elections = Object.fromEntries(Object.entries(plans).map(([line, plan_id]) => [line, { plan_id, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: start }] }]));
  const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: periodId, plan_elections: elections } });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  for (let pass = 0; pass < 2; pass++) await worker.runOnce();
  expect((await api.get(`/subscribers/${subscriberId}`)).body.status).toBe('errors');
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

const auditOf = (id: string) => t.testDb.database.db.selectFrom('audit_events').select(['resource_type', 'action', 'before', 'after']).where('resource_id', '=', id).orderBy('id').execute();

describe('a carrier error as a work item', () => {
  let errorId: string;

  it('is listed with an id and open, the carrier’s errors with it', async () => {
    const listed = await api.get(`/coverage_periods/${periodId}/errors`);
    expect(listed.status).toBe(200);
    expect(listed.body.errors).toHaveLength(1);
    const [error] = listed.body.errors;
    expect(error).toMatchObject({ id: expect.any(String), subscriber_id: subscriberId, carrier_id: carrierId, coverage_period_id: periodId, file_delivery_id: expect.any(String), status: 'open', resolution: null, resolved_by: null });
    expect(error.errors).toContainEqual(expect.objectContaining({ parameter: 'line_of_coverage', message: expect.stringContaining('DEN') }));
    errorId = error.id;
    expect((await api.get(`/coverage_periods/${periodId}/errors?status=resolved`)).body.errors).toEqual([]);
  });

  it('is commented, resolved with a note and reopened, each step audited; a wrong step is a typed 4xx that changes nothing', async () => {
    const comment = await api.post(`/errors/${errorId}/comments`, { comment: { body: 'Asked the carrier whether the group has dental' } });
    expect(comment.status, JSON.stringify(comment.body)).toBe(201);
    expect(comment.body.comment).toMatchObject({ error_id: errorId, body: 'Asked the carrier whether the group has dental' });

    const unknown = await api.post(`/errors/${errorId}/resolve`, { resolution: 'no_longer_found' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].error_type).toMatch(/^invalid_request/);

    const resolved = await api.post(`/errors/${errorId}/resolve`, { resolution: 'carrier_will_fix', note: 'The carrier adds dental to the group next week' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.error).toMatchObject({ id: errorId, status: 'resolved', resolution: 'carrier_will_fix', resolution_note: 'The carrier adds dental to the group next week', resolved_by: 'user', resolved_at: expect.any(String) });
    const twice = await api.post(`/errors/${errorId}/resolve`, { resolution: 'dismissed' });
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0].error_type).toBe('unprocessable.error_resolved');
    expect((await api.get(`/coverage_periods/${periodId}/errors?status=open`)).body.errors).toEqual([]);

    const reopened = await api.post(`/errors/${errorId}/reopen`, {});
    expect(reopened.status).toBe(200);
    expect(reopened.body.error).toMatchObject({ status: 'open', resolution: null, resolution_note: null, resolved_at: null });
    expect((await api.post(`/errors/${errorId}/reopen`, {})).body.errors[0].error_type).toBe('unprocessable.error_open');

    const read = await api.get(`/errors/${errorId}`);
    expect(read.body.error.status).toBe('open');
    expect(read.body.comments.map((c: { body: string }) => c.body)).toEqual(['Asked the carrier whether the group has dental']);
    const audit = await auditOf(errorId);
    expect(audit.map((row) => `${row.resource_type} ${row.action}`)).toEqual(['carrier_error comment', 'carrier_error resolve', 'carrier_error reopen']);
    expect(audit[1]!.before).toMatchObject({ status: 'open' });
    expect(audit[1]!.after).toMatchObject({ status: 'resolved', resolution: 'carrier_will_fix' });
  });

  it('another organization’s error is not found', async () => {
    const stranger = await t.tenant({ name: 'Stranger' });
    const other = client(t, () => stranger);
    for (const res of [await other.get(`/errors/${errorId}`), await other.post(`/errors/${errorId}/resolve`, { resolution: 'dismissed' }), await other.post(`/errors/${errorId}/comments`, { comment: { body: 'x' } })]) {
      expect(res.status).toBe(404);
      expect(res.body.errors[0].error_type).toBe('not_found');
    }
  });

  it('resolves by itself (fixed_here, by the system) once the carrier accepts the family', async () => {
    expect((await api.put(`/carriers/${carrierId}`, { carrier: { connection: { type: 'sandbox', lines_of_coverage: ['HLT', 'DEN'] } } })).status).toBe(200);
    expect((await api.post(`/subscribers/${subscriberId}/resend`, {})).status).toBe(202);
    for (let pass = 0; pass < 2; pass++) await worker.runOnce();
    expect((await api.get(`/subscribers/${subscriberId}`)).body.status).toBe('synced');
    const [error] = (await api.get(`/coverage_periods/${periodId}/errors`)).body.errors;
    expect(error).toMatchObject({ id: errorId, status: 'resolved', resolution: 'fixed_here', resolved_by: 'system', resolution_note: expect.stringContaining('accepted') });
    expect((await api.get(`/coverage_periods/${periodId}/errors?status=open`)).body.errors).toEqual([]);
  });
});
