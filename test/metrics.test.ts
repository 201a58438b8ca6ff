// Prometheus metrics: off unless configured, behind a Bearer token, request counts by route pattern
// (never a URL with ids), and the database-backed gauges read on scrape.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/http/app.ts';
import { runImportJobsOnce } from '../src/imports/jobs/import-jobs.ts';
import { createCipher } from '../src/security/personal-data-cipher.ts';
import { createApiKey, createOrganization } from '../src/organizations/store.ts';
import { createConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { createWorker } from '../src/carriers/transmission/worker.ts';
import { createLogger } from '../src/logger.ts';
import { readConfig, ConfigError } from '../src/config.ts';
import { censusText } from '../src/imports/census/testing/generate-census.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const TOKEN = 'metrics-token-0123456789';
let testDb: TestDatabase;
let app: App;
let plain: App;
let headers: Record<string, string>;
const cipher = createCipher(randomBytes(32));
const ids = {} as Record<"carrier" | "group" | "period" | "plan" | "subscriber", string>;
const year = 2026;
const address = { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' };

const scrape = async (token = TOKEN) => app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
const sample = (text: string, name: string, labels: Record<string, string>) => {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.split(' ').pop());
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  const { db, kind } = testDb.database;
  const config = { bodyLimit: 1 << 20, uploadDir: path.join(os.tmpdir(), 'oe-metrics-uploads'), allowPrivateWebhookUrls: true };
  app = await buildApp({ db, databaseKind: kind, cipher, config: { ...config, metrics: { mode: 'token', token: TOKEN } } });
  plain = await buildApp({ db, databaseKind: kind, cipher, config });
  const org = await createOrganization(db, 'Metrics Employer', 'employer');
  const { key } = await createApiKey(db, org.id, 'metrics', ['read', 'write', 'pii', 'admin']);
  headers = { authorization: `Bearer ${key}` };
  const post = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  ids.carrier = (await post('/carriers', { carrier: { name: 'Sandbox', payer_identifier: '876543219', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'SANDBOX' }, connection: { type: 'sandbox' } } })).carrier.id;
  ids.group = (await post('/groups', { group: { external_identifier: 'M', employer: { organization_name: 'Metrics Co', fein: '123456789' }, primary_location: address } })).group.id;
  ids.period = (await post(`/groups/${ids.group}/coverage_periods`, { coverage_period: { carrier_id: ids.carrier, carrier_group_number: 'G-M', coverage_start_date: `${year}-01-01`, coverage_end_date: `${year}-12-31` } })).coverage_period.id;
  ids.plan = (await post(`/coverage_periods/${ids.period}/plans`, { plan: { external_identifier: 'MED', description: 'Medical', product_line: 'medical', plan_identifier: 'MEDPPO' } })).plan.id;
  ids.subscriber = (await post(`/groups/${ids.group}/subscribers`, { subscriber: { external_identifier: 'E-1', first_name: 'Ada', last_name: 'Lovelace', gender: 'female', birth_date: '1985-12-10', residential_address: address, employment_details: { status: 'full_time', start_date: `${year}-01-01` } } })).subscriber.id;
  await post(`/subscribers/${ids.subscriber}/qualifying_life_events`, { qualifying_life_event: { event: 'new_hire', date: `${year}-01-01`, coverage_period_id: ids.period, plan_elections: { medical: { plan_id: ids.plan, type: 'election', coverages: [{ member_id: ids.subscriber, status: 'employer_sponsored', start_date: `${year}-01-01` }] } } } });
  // An endpoint nobody listens on: its deliveries fail and are retried.
  await post('/webhook_endpoints', { webhook_endpoint: { url: 'http://127.0.0.1:9/hooks', events: ['subscriber.status_changed'] } });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await plain?.close();
  await testDb?.drop();
});

describe('/metrics', () => {
  it('is off by default (404) and refuses a missing or wrong token (401)', async () => {
    expect((await plain.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await scrape('not-the-token-at-all');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].parameter).toBe('Authorization');
    expect((await app.inject({ method: 'GET', url: '/metrics', headers })).statusCode).toBe(401); // an API key is not the metrics token
  });

  it('counts requests by route pattern and status, never by the URL with its ids', async () => {
    for (let i = 0; i < 3; i++) expect((await app.inject({ method: 'GET', url: `/subscribers/${ids.subscriber}`, headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/subscribers/0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80', headers })).statusCode).toBe(404);
    await app.inject({ method: 'GET', url: '/no/such/route/123' });
    const res = await scrape();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(sample(text, 'enroll_http_requests_total', { method: 'GET', route: '/subscribers/:id', status: '200' })).toBe(3);
    expect(sample(text, 'enroll_http_requests_total', { method: 'GET', route: '/subscribers/:id', status: '404' })).toBe(1);
    expect(sample(text, 'enroll_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    expect(sample(text, 'enroll_http_request_duration_seconds_count', { route: '/subscribers/:id', status: '200' })).toBe(3);
    expect(text).not.toContain(ids.subscriber);
    expect(text).not.toContain('/no/such/route');
    expect(text).toContain('enroll_process_cpu_seconds_total');
  });

  it('reads outbox depth and age, file deliveries, webhook failures and import rows from the database', async () => {
    let text = (await scrape()).body;
    expect(sample(text, 'enroll_outbox_changes', { carrier_id: ids.carrier })).toBe(1);
    expect(sample(text, 'enroll_outbox_oldest_change_age_seconds', { carrier_id: ids.carrier })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'enroll_file_deliveries', { status: 'completed' })).toBeUndefined();

    const connectors = createConnectorRegistry(testDb.database.db, cipher);
    const worker = createWorker({ db: testDb.database.db, cipher, logger: createLogger('silent'), connectorFor: connectors.connectorFor, webhooks: { allowPrivateUrls: true } });
    const pass = await worker.runOnce();
    await connectors.close();
    expect(pass.built).toBe(1);

    text = (await scrape()).body;
    expect(sample(text, 'enroll_outbox_changes', { carrier_id: ids.carrier })).toBeUndefined();
    const files = ['ready', 'sent', 'acknowledged', 'completed'].reduce((n, status) => n + (sample(text, 'enroll_file_deliveries', { status }) ?? 0), 0);
    expect(files).toBe(1);
    expect(sample(text, 'enroll_webhook_delivery_failures', { state: 'retrying' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'enroll_webhook_delivery_failures', { state: 'failed' })).toBe(0);

    const csv = censusText({ subscribers: 4, coverageStartDate: `${year}-01-01`, plans: { medical: 'MED' }, prefix: 'MET' });
    const upload = await app.inject({ method: 'POST', url: `/groups/${ids.group}/census_imports?coverage_period_id=${ids.period}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: csv });
    expect(upload.statusCode, upload.body).toBe(202);
    let job = upload.json().census_import;
    // Imports are jobs: the worker's import step runs this one.
    const { db, kind } = testDb.database;
    while (await runImportJobsOnce({ db, databaseKind: kind, cipher }));
    for (let i = 0; i < 200 && (job.state === 'queued' || job.state === 'processing'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await app.inject({ method: 'GET', url: `/census_imports/${job.id}`, headers })).json().census_import;
    }
    expect(job.state).toBe('completed');
    text = (await scrape()).body;
    expect(sample(text, 'enroll_import_rows', { format: 'census', state: 'completed' })).toBe(job.rows_total);
    expect(job.rows_total).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('is configured by ENROLL_METRICS and ENROLL_METRICS_TOKEN', () => {
    expect(readConfig({}).metrics).toEqual({ mode: 'off' });
    expect(readConfig({ ENROLL_METRICS: 'token', ENROLL_METRICS_TOKEN: TOKEN }).metrics).toEqual({ mode: 'token', token: TOKEN });
    expect(() => readConfig({ ENROLL_METRICS: 'token' })).toThrow(ConfigError);
    expect(() => readConfig({ ENROLL_METRICS: 'token', ENROLL_METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(() => readConfig({ ENROLL_METRICS: 'on' })).toThrow(/off or token/);
  });
});
