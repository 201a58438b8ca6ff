// See the file before and after: the preview's whole interchange, a life event tried with
// ?dry_run=true (its answer and its 834, nothing written), and a sent file downloaded with the
// carrier's answers.
import nodeX12 from 'node-x12';
import pino from 'pino';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { read834, readAcknowledgments } from '../src/carriers/x12/index.ts';
import { parseCarrierResultFile } from '../src/carriers/sandbox/carrier-result-file.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let registry: ConnectorRegistry;
let worker: Worker;
const year = Number(new Date().toISOString().slice(0, 4));
const start = `${year}-01-01`;

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  registry = createConnectorRegistry(t.testDb.database.db, t.cipher, { carrierFilesDir: t.carrierFilesDir });
  worker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor });
  // An endpoint, so that any change would also queue webhook deliveries.
  const endpoint = await api.post('/webhook_endpoints', { webhook_endpoint: { url: 'https://203.0.113.10/hooks', events: ['subscriber.status_changed', 'qualifying_life_event.status_changed'] } });
  expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

/** A family of three with medical and dental at two carriers' coverage periods (two groups' worth of files). */
async function family(carriers = 1) {
  const group = await createGroup(api);
  const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: `S-${Math.random().toString(36).slice(2, 8)}` } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const subscriberId = created.body.subscriber.id as string;
  const [spouseId, childId] = created.body.subscriber.dependents.map((d: { id: string }) => d.id) as [string, string];
  const periods: { id: string; plans: Record<string, string> }[] = [];
  for (let i = 0; i < carriers; i++) {
    const carrier = await createCarrier(api, undefined, `Carrier ${i + 1}`);
    const period = await createCoveragePeriod(api, group.id, carrier.id, year);
    const plans = { medical: (await createPlan(api, period.id, 'medical')).id, dental: (await createPlan(api, period.id, 'dental')).id };
    periods.push({ id: period.id, plans });
  }
  return { group, subscriberId, spouseId, childId, periods };
}

const enrollment = (f: Awaited<ReturnType<typeof family>>, period: { id: string; plans: Record<string, string> }) => ({
  qualifying_life_event: {
    event: 'initial_enrollment',
    date: start,
    coverage_period_id: period.id,
    plan_elections: Object.fromEntries(
      Object.entries(period.plans).map(([line, plan_id]) => [line, { plan_id, type: 'election', coverages: [f.subscriberId, f.spouseId, f.childId].map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: start })) }]),
    ),
  },
});

/** Every table's row count, read as the owner (past row-level security): "nothing written" means none moved. */
async function rowCounts(): Promise<Record<string, number>> {
  const db = t.testDb.database.db;
  const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'rate_limit_windows' ORDER BY table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table_name)}`.execute(db);
    counts[table_name] = Number(rows[0]!.n);
  }
  return counts;
}

type Independent = { header: { elements: Array<{ value: string }> }; functionalGroups: Array<{ transactions: Array<{ segments: Array<{ tag: string }> }> }> };

describe('preview_834', () => {
  it('answers the whole interchange as text that node-x12 (strict) and our reader read as it is', async () => {
    const f = await family();
    expect((await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events`, enrollment(f, f.periods[0]!))).status).toBe(201);
    for (const [tenant, ssn] of [[employer, '222222222'], [await t.keyFor(employer.organizationId, ['read']), 'XXXXX2222']] as const) {
      const res = await api.get(`/subscribers/${f.subscriberId}/preview_834`, tenant);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const [preview] = res.body.previews;
      expect(preview.x12).toMatch(/^ISA\*/);
      expect(preview.x12).toMatch(/IEA\*1\*000000001~\n$/);
      expect(preview.x12.split('\n').filter(Boolean)).toEqual(preview.segments);
      const independent = new nodeX12.X12Parser(true).parse(preview.x12) as Independent;
      const segments = independent.functionalGroups[0]!.transactions[0]!.segments;
      expect(segments.filter((s) => s.tag === 'INS')).toHaveLength(3);
      expect(segments.filter((s) => s.tag === 'HD')).toHaveLength(6);
      const ours = read834(preview.x12);
      expect(ours.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(ours.members.find((m) => m.isSubscriber)?.ssn).toBe(ssn);
    }
  });
});

describe('a qualifying life event with dry_run=true', () => {
  it('answers what the real request answers, and the 834 for each carrier, with nothing written', async () => {
    const f = await family(2);
    for (const period of f.periods) expect((await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events`, enrollment(f, period))).status).toBe(201);
    const divorce = { qualifying_life_event: { event: 'divorce', date: `${year}-06-15`, coverage_period_id: f.periods[0]!.id, member_id: f.spouseId } };
    const recordBefore = (await api.get(`/subscribers/${f.subscriberId}`)).body;
    const countsBefore = await rowCounts();

    const tried = await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events?dry_run=true`, divorce);
    expect(tried.status, JSON.stringify(tried.body)).toBe(200);
    expect(tried.body.dry_run).toBe(true);
    expect(await rowCounts()).toEqual(countsBefore);
    expect((await api.get(`/subscribers/${f.subscriberId}`)).body).toEqual(recordBefore);
    expect((await api.get(`/qualifying_life_events/${tried.body.qualifying_life_event.id}`)).status).toBe(404);
    expect((await api.get(`/acknowledgements/${tried.body.acknowledgement.reference_number}`)).status).toBe(404);

    // The 834s it would send: the divorce ends the spouse's coverage with both carriers (one file each).
    expect(tried.body.previews.map((p: { coverage_period_id: string }) => p.coverage_period_id)).toEqual(f.periods.map((p) => p.id));
    for (const each of tried.body.previews) {
      expect(each.errors).toEqual([]);
      expect((new nodeX12.X12Parser(true).parse(each.x12) as Independent).functionalGroups).toHaveLength(1);
    }
    const [preview] = tried.body.previews;
    const read = read834(preview.x12);
    const spouse = read.members.find((m) => m.memberReference === f.spouseId)!;
    // As the answer says: the spouse's coverages end (the coverage period's rule decides the day).
    const ended = tried.body.coverages.filter((c: { member_id: string; end_date: string | null; coverage_period_id: string }) => c.member_id === f.spouseId && c.end_date && c.coverage_period_id === f.periods[0]!.id);
    expect(ended).toHaveLength(2);
    expect(spouse.coverages.map((c) => c.endDate).sort()).toEqual(ended.map((c: { end_date: string }) => c.end_date).sort());

    const real = await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events`, divorce);
    expect(real.status, JSON.stringify(real.body)).toBe(201);
    const { dry_run: _d, previews: _p, ...answer } = tried.body;
    const shape = (body: typeof answer) => ({
      event: { ...body.qualifying_life_event, id: 'id', created_at: 'at', status_datetime: 'at' },
      coverages: body.coverages.map((c: Record<string, unknown>) => ({ ...c, id: 'id', replaces_id: c.replaces_id ? 'id' : null, qualifying_life_event_id: 'id', created_at: 'at', recorded_at: 'at' })),
      acknowledgement: {
        ...body.acknowledgement,
        reference_number: 'ACK',
        resource_id: 'id',
        received_at: 'at',
        people: body.acknowledgement.people.map((p: Record<string, unknown>) => ({ ...p, reference_number: 'ACK' })),
        coverage_items: body.acknowledgement.coverage_items.map((c: Record<string, unknown>) => ({ ...c, reference_number: 'ACK', resource_id: 'id' })),
      },
    });
    expect(shape(answer)).toEqual(shape(real.body));
    expect(Object.keys(answer).sort()).toEqual(Object.keys(real.body).sort());
    // The real one wrote; the dry run's preview is the 834 the real change now previews.
    expect(await rowCounts()).not.toEqual(countsBefore);
    const after = await api.get(`/subscribers/${f.subscriberId}/preview_834`);
    // Alike but for the clock (ISA, GS, BGN) and the ids of the coverage rows each change made (REF*X9).
    const strip = (text: string) => text.replace(/^(ISA|GS|BGN|REF\*X9)\*.*$/gm, '');
    expect(strip(after.body.previews.find((p: { coverage_period_id: string }) => p.coverage_period_id === f.periods[0]!.id).x12)).toBe(strip(preview.x12));
  });

  it('answers the errors the real request answers, and writes nothing', async () => {
    const f = await family();
    const countsBefore = await rowCounts();
    const bad = { qualifying_life_event: { event: 'divorce', date: `${year}-06-15`, coverage_period_id: f.periods[0]!.id, member_id: f.childId } };
    const tried = await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events?dry_run=true`, bad);
    const real = await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events`, bad);
    expect(tried.status).toBe(real.status);
    expect(tried.status).toBeGreaterThanOrEqual(400);
    expect(tried.body).toEqual(real.body);
    expect(await rowCounts()).toEqual(countsBefore);
    const missing = await api.post(`/subscribers/${f.group.id}/qualifying_life_events?dry_run=true`, bad);
    expect(missing.status).toBe(404);
    expect((await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events?dry_run=maybe`, bad)).status).toBe(400);
    const readOnly = await t.keyFor(employer.organizationId, ['read']);
    expect((await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events?dry_run=true`, bad, readOnly)).status).toBe(403);
  });

  it('ignores an Idempotency-Key for the dry run: the real request with it is still made', async () => {
    const f = await family();
    const headers = { 'idempotency-key': `dry-${f.subscriberId}` };
    const tried = await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events?dry_run=true`, enrollment(f, f.periods[0]!), undefined, headers);
    expect(tried.status).toBe(200);
    const real = await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events`, enrollment(f, f.periods[0]!), undefined, headers);
    expect(real.status).toBe(201);
    expect(real.body.coverages).toHaveLength(6);
  });
});

describe('GET /file_deliveries/:id/content', () => {
  it('downloads the sent file with the carrier’s answers, for pii keys only, and records the read', async () => {
    const f = await family();
    expect((await api.post(`/subscribers/${f.subscriberId}/qualifying_life_events`, enrollment(f, f.periods[0]!))).status).toBe(201);
    await worker.runOnce();
    await worker.runOnce();
    const [delivery] = (await api.get(`/coverage_periods/${f.periods[0]!.id}/file_deliveries`)).body.file_deliveries;
    expect(delivery.status).toBe('completed');

    const readOnly = await t.keyFor(employer.organizationId, ['read', 'write']);
    const refused = await api.get(`/file_deliveries/${delivery.id}/content`, readOnly);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0]).toMatchObject({ error_type: 'authorization.scope_missing' });

    const audited = async () => (await t.testDb.database.db.selectFrom('audit_events').select(['action', 'api_key_id']).where('resource_id', '=', delivery.id).where('action', '=', 'read_content').execute()).length;
    expect(await audited()).toBe(0);
    const res = await api.get(`/file_deliveries/${delivery.id}/content`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await audited()).toBe(1);
    expect(res.body.file_delivery).toEqual(delivery);
    const file = read834(res.body.content);
    expect(file.interchange?.controlNumber).toBe(String(delivery.interchange_control_number).padStart(9, '0'));
    expect(file.members.find((m) => m.isSubscriber)?.ssn).toBe('222222222');
    new nodeX12.X12Parser(true).parse(res.body.content);

    expect(res.body.acknowledgements.map((a: { kind: string }) => a.kind)).toEqual(['999', 'results']);
    const [ack, results] = res.body.acknowledgements;
    expect(ack.name).toBe(`${delivery.file_name}.999`);
    expect(readAcknowledgments(ack.content).acknowledgments[0]!.accepted).toBe(true);
    expect(parseCarrierResultFile(results.content).results.every((r) => r.status === 'accepted')).toBe(true);
    expect(results).toMatchObject({ problem: null, processed_at: expect.any(String), received_at: expect.any(String) });

    // Another organization does not find it.
    const other = await t.tenant();
    expect((await api.get(`/file_deliveries/${delivery.id}/content`, other)).status).toBe(404);
  });
});
