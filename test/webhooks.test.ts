// Webhooks end to end: a real HTTP receiver on 127.0.0.1 verifies every signature (with our function
// and with its own HMAC), fails on purpose, deduplicates by event id; the worker retries, logs every
// attempt, refuses private addresses unless allowed, and picks up after a restart.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/http/app.ts';
import { inTenant } from '../src/db/tenant.ts';
import { sql } from '../src/db/database.ts';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { applyFamilyChanges } from '../src/enrollment/families/family-change-store.ts';
import { emptyChanges, pendingAnnouncement } from '../src/enrollment/families/family-change.ts';
import { leaseDueDeliveries, MAX_WEBHOOK_ATTEMPTS } from '../src/webhooks/deliverer.ts';
import { verifyWebhook } from '../src/webhooks/signature.ts';
import { recordEvent } from '../src/webhooks/emit-event.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER } from './support/enrollment-fixtures.ts';

const quiet = pino({ level: 'silent' });
const year = Number(new Date().toISOString().slice(0, 4));
const ALL_EVENTS = ['subscriber.status_changed', 'subscriber.carrier_status_changed', 'qualifying_life_event.status_changed', 'file_delivery.created', 'file_delivery.acknowledged', 'carrier_error.created', 'census_import.completed'];

// ---- the receiver ---------------------------------------------------------------------------------

interface Received {
  path: string;
  eventId: string;
  signature: string;
  raw: string;
  body: any;
  status: number;
}

/** The check a receiver writes from the README, with node:crypto alone — not our verify function. */
function independentlyVerified(secret: string, header: string, raw: string): boolean {
  const fields = new Map(header.split(',').map((part) => part.split('=') as [string, string]));
  const timestamp = Number(fields.get('t'));
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest();
  const given = Buffer.from(fields.get('v1') ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const secrets = new Map<string, string>(); // path → secret
const received: Received[] = [];
const processed = new Map<string, Set<string>>(); // path → event ids acted on once (deduplication)
const tries = new Map<string, number>(); // `${path} ${eventId}` → requests seen
let slowOnce = true;

const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const path = req.url ?? '/';
    const raw = Buffer.concat(chunks).toString('utf8');
    const header = String(req.headers['open-enrollment-signature'] ?? '');
    const eventId = String(req.headers['open-enrollment-event-id'] ?? '');
    const secret = secrets.get(path) ?? '';
    const ours = verifyWebhook(secret, header, raw);
    if (!ours.ok || !independentlyVerified(secret, header, raw) || req.headers['content-type'] !== 'application/json') {
      res.statusCode = 401;
      res.end('bad signature');
      received.push({ path, eventId, signature: header, raw, body: undefined, status: 401 });
      return;
    }
    const body = JSON.parse(raw);
    const key = `${path} ${eventId}`;
    const attempt = (tries.get(key) ?? 0) + 1;
    tries.set(key, attempt);
    const reply = (status: number) => {
      if (status === 200) {
        // At least once: the same event may come again; act on it once.
        const seen = processed.get(path) ?? new Set<string>();
        seen.add(body.id);
        processed.set(path, seen);
      }
      received.push({ path, eventId, signature: header, raw, body, status });
      res.statusCode = status;
      res.end(status === 200 ? 'ok' : 'try again later');
    };
    if (path.startsWith('/flaky')) return reply(attempt <= 2 ? 500 : 200);
    if (path.startsWith('/down')) return reply(503);
    if (path.startsWith('/slow') && slowOnce) {
      slowOnce = false;
      // Acts on the event but answers after the sender has given up: the sender must retry.
      setTimeout(() => reply(200), 800);
      return;
    }
    return reply(200);
  });
});

// ---- the app, two workers, helpers ---------------------------------------------------------------

let t: TestApp;
let open: App; // the same API with ENROLL_WEBHOOKS_ALLOW_PRIVATE=true, over the same database
let owner: Tenant;
let registry: ConnectorRegistry;
let worker: Worker;
let base: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  t = await startTestApp();
  open = await buildApp({ ...t.app.services, config: { ...t.app.services.config, allowPrivateWebhookUrls: true } });
  await open.ready();
  owner = await t.tenant({ name: 'Webhook Employer' });
  registry = createConnectorRegistry(t.testDb.database.db, t.cipher);
  worker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: quiet, connectorFor: registry.connectorFor, webhooks: { allowPrivateUrls: true } });
});
afterAll(async () => {
  await registry?.close();
  await open?.close();
  await t?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  received.length = 0;
});

async function call(app: App, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, tenant: Tenant = owner) {
  const res = await app.inject({ method, url, headers: tenant.headers, ...(body === undefined ? {} : { payload: body as object }) });
  return { status: res.statusCode, body: res.body ? res.json() : undefined };
}

async function createEndpoint(path: string, events: string[] = ['subscriber.status_changed'], tenant: Tenant = owner) {
  const res = await call(open, 'POST', '/webhook_endpoints', { webhook_endpoint: { url: `${base}${path}`, events, description: `receiver ${path}` } }, tenant);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  secrets.set(path, res.body.webhook_endpoint.secret);
  return res.body.webhook_endpoint as { id: string; secret: string };
}

const db = () => t.testDb.database.db;
/** Instead of waiting minutes for a retry: every pending delivery is due now. */
const makeDue = () => sql`UPDATE webhook_deliveries SET next_attempt_at = now() - interval '1 second' WHERE status = 'pending'`.execute(db());
const deliveries = async (endpointId: string) => (await call(t.app, 'GET', `/webhook_endpoints/${endpointId}/deliveries`)).body.webhook_deliveries as any[];
const from = (path: string) => received.filter((r) => r.path === path);
/** Deliveries run concurrently and retries reorder them: a receiver orders events by created_at (then id). */
const inOrder = (path: string) =>
  from(path)
    .map((r) => r.body)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));

async function enrolledFamily(carrierId: string, lines: string[]) {
  const api = { post: (url: string, body: unknown) => call(t.app, 'POST', url, body) } as never;
  const group = await createGroup(api);
  const period = await createCoveragePeriod(api, group.id, carrierId, year);
  const plans: Record<string, string> = {};
  for (const line of lines) plans[line] = (await createPlan(api, period.id, line)).id;
  const created = await call(t.app, 'POST', `/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: `W-${Math.random().toString(36).slice(2, 8)}` } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const subscriberId = created.body.subscriber.id as string;
  const elections = Object.fromEntries(lines.map((line) => [line, { plan_id: plans[line], type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: `${year}-01-01` }] }]));
  const event = await call(t.app, 'POST', `/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: `${year}-01-01`, coverage_period_id: period.id, plan_elections: elections } });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  return { groupId: group.id, periodId: period.id, subscriberId, eventId: event.body.qualifying_life_event.id as string };
}

// ---- the tests -----------------------------------------------------------------------------------

describe('registering an endpoint', () => {
  it('refuses loopback, private and link-local URLs unless the server allows them (SSRF)', async () => {
    for (const url of ['http://127.0.0.1:8080/hooks', `${base}/flaky`, 'http://localhost/hooks', 'http://10.1.2.3/', 'http://192.168.0.10/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://100.64.0.1/', 'http://0.0.0.0/']) {
      const res = await call(t.app, 'POST', '/webhook_endpoints', { webhook_endpoint: { url, events: ['subscriber.status_changed'] } });
      expect(res.status, url).toBe(422);
      expect(res.body.errors[0], url).toMatchObject({ error_type: 'unprocessable.webhook_url_refused', parameter: 'webhook_endpoint.url' });
    }
    const loopback = await call(t.app, 'POST', '/webhook_endpoints', { webhook_endpoint: { url: 'http://127.0.0.1/', events: ['subscriber.status_changed'] } });
    expect(loopback.body.errors[0].message).toContain('127.0.0.1 is loopback');
    // A public address is accepted; other schemes and credentials in the URL never are.
    expect((await call(t.app, 'POST', '/webhook_endpoints', { webhook_endpoint: { url: 'https://203.0.113.10/hooks', events: ['subscriber.status_changed'] } })).status).toBe(201);
    const ftp = await call(t.app, 'POST', '/webhook_endpoints', { webhook_endpoint: { url: 'ftp://203.0.113.10/', events: ['subscriber.status_changed'] } });
    expect(ftp.status).toBe(400);
    expect(ftp.body.errors[0].parameter).toBe('webhook_endpoint.url');
    expect((await call(open, 'POST', '/webhook_endpoints', { webhook_endpoint: { url: 'https://u:p@203.0.113.10/', events: ['subscriber.status_changed'] } })).status).toBe(400);
    const unknownEvent = await call(t.app, 'POST', '/webhook_endpoints', { webhook_endpoint: { url: 'https://203.0.113.10/', events: ['subscriber.deleted'] } });
    expect(unknownEvent.status).toBe(400);
    // Changing the URL later is checked the same way.
    const endpoint = await createEndpoint('/ok-put');
    const moved = await call(t.app, 'PUT', `/webhook_endpoints/${endpoint.id}`, { webhook_endpoint: { url: 'http://10.0.0.1/' } });
    expect(moved.status).toBe(422);
    expect(moved.body.errors[0].parameter).toBe('webhook_endpoint.url');
  });

  it('shows the signing secret once, keeps it sealed, and needs the admin scope', async () => {
    const endpoint = await createEndpoint('/ok-secret');
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const one = await call(t.app, 'GET', `/webhook_endpoints/${endpoint.id}`);
    expect(one.status).toBe(200);
    expect(one.body.webhook_endpoint).toMatchObject({ id: endpoint.id, url: `${base}/ok-secret`, events: ['subscriber.status_changed'], enabled: true, disabled_reason: null });
    expect(one.body.webhook_endpoint).not.toHaveProperty('secret');
    const list = await call(t.app, 'GET', '/webhook_endpoints');
    expect(list.body.webhook_endpoints.map((e: any) => e.id)).toContain(endpoint.id);
    expect(JSON.stringify([one.body, list.body])).not.toContain(endpoint.secret);
    const audit = await call(t.app, 'GET', `/audit_events?resource_id=${endpoint.id}`);
    expect(JSON.stringify(audit.body)).not.toContain(endpoint.secret);
    const stored = await db().selectFrom('webhook_endpoints').select('secret_sealed').where('id', '=', endpoint.id).executeTakeFirstOrThrow();
    expect(stored.secret_sealed).not.toContain(endpoint.secret);
    expect(t.cipher.open(stored.secret_sealed)).toBe(endpoint.secret);

    const writer = await t.keyFor(owner.organizationId, ['read', 'write']);
    expect((await call(t.app, 'GET', '/webhook_endpoints', undefined, writer)).status).toBe(403);
    expect((await call(open, 'POST', '/webhook_endpoints', { webhook_endpoint: { url: `${base}/x`, events: ['subscriber.status_changed'] } }, writer)).status).toBe(403);
  });

  it('changes events and description, and deletes an endpoint with its delivery log', async () => {
    const endpoint = await createEndpoint('/ok-delete');
    const changed = await call(t.app, 'PUT', `/webhook_endpoints/${endpoint.id}`, { webhook_endpoint: { events: ['carrier_error.created', 'file_delivery.created'], description: 'errors only' } });
    expect(changed.status).toBe(200);
    expect(changed.body.webhook_endpoint).toMatchObject({ events: ['carrier_error.created', 'file_delivery.created'], description: 'errors only' });
    expect((await call(t.app, 'POST', `/webhook_endpoints/${endpoint.id}/test`, {})).status).toBe(202);
    const deleted = await call(t.app, 'DELETE', `/webhook_endpoints/${endpoint.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await call(t.app, 'GET', `/webhook_endpoints/${endpoint.id}`)).status).toBe(404);
    expect((await call(t.app, 'GET', `/webhook_endpoints/${endpoint.id}/deliveries`)).status).toBe(404);
    expect(await db().selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', endpoint.id).execute()).toEqual([]);
  });
});

describe('delivering', () => {
  it('retries a failing receiver with backoff and logs every attempt: 500, 500, then 200', async () => {
    const endpoint = await createEndpoint('/flaky');
    const ping = await call(t.app, 'POST', `/webhook_endpoints/${endpoint.id}/test`, {});
    expect(ping.status, JSON.stringify(ping.body)).toBe(202);
    const eventId = ping.body.event.id as string;

    const first = await worker.runOnce();
    expect(first.webhooks).toBeGreaterThanOrEqual(1);
    let [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ event_id: eventId, event_type: 'test.ping', status: 'pending', attempt_count: 1, last_error: expect.stringContaining('HTTP 500') });
    // The next try waits about a minute (±20%), not a moment.
    const wait = Date.parse(delivery.next_attempt_at) - Date.now();
    expect(wait).toBeGreaterThan(40_000);
    expect(wait).toBeLessThan(75_000);
    await worker.runOnce();
    expect(from('/flaky')).toHaveLength(1); // not due yet: nothing sent

    await makeDue();
    await worker.runOnce();
    await makeDue();
    await worker.runOnce();

    [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt_count: 3, next_attempt_at: null, last_error: null, delivered_at: expect.any(String) });
    expect(delivery.attempts.map((a: any) => a.http_status)).toEqual([500, 500, 200]);
    expect(delivery.attempts.map((a: any) => a.error)).toEqual([expect.stringContaining('HTTP 500: try again later'), expect.stringContaining('HTTP 500'), null]);
    for (const a of delivery.attempts) {
      expect(a.latency_ms).toBeGreaterThanOrEqual(0);
      expect(a.latency_ms).toBeLessThan(5000);
      expect(Date.parse(a.attempted_at)).not.toBeNaN();
    }

    // Three requests, each signed and verified, one event id and one body: the receiver acted once.
    const requests = from('/flaky');
    expect(requests.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(requests.map((r) => r.eventId))).toEqual(new Set([eventId]));
    expect(new Set(requests.map((r) => r.raw)).size).toBe(1);
    expect(processed.get('/flaky')).toEqual(new Set([eventId]));
    expect(requests[0]!.body).toEqual({ id: eventId, type: 'test.ping', created_at: expect.any(String), data: { object: 'webhook_endpoint', id: endpoint.id, status: null, previous_status: null } });

    // What a receiver refuses: the captured request replayed after the tolerance, or with another body.
    const captured = requests[2]!;
    const signedAt = Number(/t=(\d+)/.exec(captured.signature)![1]);
    expect(verifyWebhook(endpoint.secret, captured.signature, captured.raw, { now: signedAt + 301 })).toMatchObject({ ok: false });
    expect(verifyWebhook(endpoint.secret, captured.signature, captured.raw.replace('test.ping', 'test.pong')).ok).toBe(false);
    expect(independentlyVerified('whsec_wrong', captured.signature, captured.raw)).toBe(false);
  });

  it('delivers again when an answer comes too late (at least once), and the receiver deduplicates by event id', async () => {
    const endpoint = await createEndpoint('/slow');
    const hasty = createWorker({ db: db(), cipher: t.cipher, logger: quiet, connectorFor: registry.connectorFor, webhooks: { allowPrivateUrls: true, timeoutMs: 300 } });
    const ping = await call(t.app, 'POST', `/webhook_endpoints/${endpoint.id}/test`, {});
    await hasty.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 700)); // the receiver acts on it, late
    await makeDue();
    await hasty.runOnce();
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery.status).toBe('succeeded');
    expect(delivery.attempts.map((a: any) => [a.http_status, a.error])).toEqual([[null, 'No answer within 300 ms'], [200, null]]);
    expect(from('/slow').map((r) => r.eventId)).toEqual([ping.body.event.id, ping.body.event.id]);
    expect(processed.get('/slow')).toEqual(new Set([ping.body.event.id]));
  });

  it('announces a subscriber’s way pending → submitted → synced, the file and its answer, with no personal data', async () => {
    const endpoint = await createEndpoint('/ok-journey', ALL_EVENTS);
    const carrier = await createCarrier({ post: (url: string, body: unknown) => call(t.app, 'POST', url, body) } as never, undefined, 'Sandbox Health');
    const family = await enrolledFamily(carrier.id, ['medical']);
    for (let pass = 0; pass < 4; pass++) await worker.runOnce();

    const events = inOrder('/ok-journey');
    const about = (id: string) => events.filter((e) => e.data.id === id).map((e) => `${e.type} ${e.data.previous_status}→${e.data.status}`);
    const family_ = (type: string) => about(family.subscriberId).filter((line) => line.startsWith(`${type} `));
    expect(family_('subscriber.status_changed')).toEqual(['subscriber.status_changed null→pending', 'subscriber.status_changed pending→submitted', 'subscriber.status_changed submitted→synced']);
    // The family's status with its one carrier moves the same way, naming the carrier and period.
    expect(family_('subscriber.carrier_status_changed')).toEqual(['subscriber.carrier_status_changed null→pending', 'subscriber.carrier_status_changed pending→submitted', 'subscriber.carrier_status_changed submitted→synced']);
    expect(events.find((e) => e.type === 'subscriber.carrier_status_changed')?.data).toMatchObject({ object: 'carrier_status', subscriber_id: family.subscriberId, carrier_id: carrier.id, coverage_period_id: family.periodId });
    expect(about(family.eventId)).toEqual(['qualifying_life_event.status_changed null→pending', 'qualifying_life_event.status_changed pending→submitted', 'qualifying_life_event.status_changed submitted→synced']);
    const files = events.filter((e) => e.data.object === 'file_delivery').map((e) => `${e.type} ${e.data.previous_status}→${e.data.status}`);
    expect(files).toEqual(['file_delivery.created null→ready', 'file_delivery.acknowledged sent→acknowledged', 'file_delivery.acknowledged acknowledged→completed']);
    expect((await call(t.app, 'GET', `/subscribers/${family.subscriberId}`)).body.status).toBe('synced');

    // Thin: ids and statuses. Nothing of the person travels.
    for (const r of from('/ok-journey')) {
      expect(Object.keys(r.body)).toEqual(['id', 'type', 'created_at', 'data']);
      expect(r.eventId).toBe(r.body.id);
      for (const personal of ['John', 'Smith', '2222', '1981-01-01', 'Main St']) expect(r.raw).not.toContain(personal);
    }
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt_count: 1 });
  });

  it('announces carrier errors with the file and coverage period they came in', async () => {
    await createEndpoint('/ok-errors', ['carrier_error.created', 'subscriber.status_changed']);
    const carrier = await createCarrier({ post: (url: string, body: unknown) => call(t.app, 'POST', url, body) } as never, undefined, 'Sandbox Without Disability');
    const family = await enrolledFamily(carrier.id, ['medical', 'short_term_disability']);
    for (let pass = 0; pass < 4; pass++) await worker.runOnce();
    const events = inOrder('/ok-errors');
    const error = events.find((e) => e.type === 'carrier_error.created');
    expect(error?.data).toMatchObject({ object: 'carrier_error', id: family.subscriberId, status: 'rejected', subscriber_id: family.subscriberId, coverage_period_id: family.periodId, file_delivery_id: expect.any(String) });
    expect(events.filter((e) => e.data.id === family.subscriberId && e.type === 'subscriber.status_changed').map((e) => e.data.status)).toEqual(['pending', 'submitted', 'errors']);
    const periodErrors = await call(t.app, 'GET', `/coverage_periods/${family.periodId}/errors`);
    expect(periodErrors.body.errors[0].file_delivery_id).toBe(error.data.file_delivery_id);
  });

  it('announces nothing for a change that rolled back, and exactly one event for one that committed', async () => {
    const carrier = await createCarrier({ post: (url: string, body: unknown) => call(t.app, 'POST', url, body) } as never, undefined, 'Sandbox Health');
    const family = await enrolledFamily(carrier.id, ['medical']);
    for (let pass = 0; pass < 4; pass++) await worker.runOnce();
    expect((await call(t.app, 'GET', `/subscribers/${family.subscriberId}`)).body.status).toBe('synced');
    const eventsAbout = async (type = 'subscriber.status_changed') =>
      (await db().selectFrom('events').select(['type', 'payload']).where(sql<boolean>`payload->'data'->>'id' = ${family.subscriberId}`).where('type', '=', type).execute()).length;
    const before = await eventsAbout();
    const deliveriesBefore = (await db().selectFrom('webhook_deliveries').select('id').execute()).length;

    // Refused by the rules (422): nothing changed, nothing announced.
    const refused = await call(t.app, 'PUT', `/subscribers/${family.subscriberId}`, { subscriber: { location_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80' } });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(await eventsAbout()).toBe(before);

    // A change whose transaction fails after the event was written: the event goes with it.
    const failure = inTenant(db(), owner.organizationId, async (trx) => {
      // The write path every family change takes: pending, queued for the carrier, announced.
      const changes = emptyChanges();
      const changed = { subscriberId: family.subscriberId, organizationId: owner.organizationId, groupId: family.groupId };
      changes.families.push({ ...changed, qualifyingLifeEventId: null });
      changes.webhookEvents.push(...pendingAnnouncement(changed, 'synced'));
      await applyFamilyChanges(trx, changes);
      const inside = await trx.selectFrom('events').select('id').where(sql<boolean>`payload->'data'->>'id' = ${family.subscriberId}`).where('type', '=', 'subscriber.status_changed').execute();
      expect(inside.length).toBe(before + 1); // written, inside the transaction
      throw new Error('something later in the same request failed');
    });
    await expect(failure).rejects.toThrow('something later');
    expect(await eventsAbout()).toBe(before);
    expect((await db().selectFrom('webhook_deliveries').select('id').execute()).length).toBe(deliveriesBefore);
    expect((await call(t.app, 'GET', `/subscribers/${family.subscriberId}`)).body.status).toBe('synced');

    // The same change committed: one event, synced → pending.
    const ok = await call(t.app, 'PUT', `/subscribers/${family.subscriberId}`, { subscriber: { first_name: 'Jon' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await eventsAbout()).toBe(before + 1);
    const last = await db().selectFrom('events').select('payload').where(sql<boolean>`payload->'data'->>'id' = ${family.subscriberId}`).where('type', '=', 'subscriber.status_changed').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect((last.payload as any).data).toMatchObject({ object: 'subscriber', status: 'pending', previous_status: 'synced' });
    // A further change while pending is no status change: no event.
    await call(t.app, 'PUT', `/subscribers/${family.subscriberId}`, { subscriber: { first_name: 'John' } });
    expect(await eventsAbout()).toBe(before + 1);
  });

  it('refuses at delivery time a URL that resolves into a private network when the worker does not allow it', async () => {
    const byName = await createEndpoint('/ok-by-name');
    await call(open, 'PUT', `/webhook_endpoints/${byName.id}`, { webhook_endpoint: { url: `${base.replace('127.0.0.1', 'localhost')}/ok-by-name` } });
    const byAddress = await createEndpoint('/ok-by-address');
    const strict = createWorker({ db: db(), cipher: t.cipher, logger: quiet, connectorFor: registry.connectorFor, webhooks: { allowPrivateUrls: false } });
    await call(t.app, 'POST', `/webhook_endpoints/${byName.id}/test`, {});
    await call(t.app, 'POST', `/webhook_endpoints/${byAddress.id}/test`, {});
    await strict.runOnce();
    expect(from('/ok-by-name')).toEqual([]);
    expect(from('/ok-by-address')).toEqual([]);
    for (const endpoint of [byName, byAddress]) {
      const [delivery] = await deliveries(endpoint.id);
      expect(delivery.status).toBe('pending');
      expect(delivery.attempts).toEqual([expect.objectContaining({ http_status: null, error: expect.stringMatching(/^Refused: The address (127\.0\.0\.1|::1) is loopback/) })]);
    }
    const [named] = await deliveries(byName.id);
    expect(named.attempts[0].error).toContain('localhost resolves to');
    await call(t.app, 'DELETE', `/webhook_endpoints/${byName.id}`);
    await call(t.app, 'DELETE', `/webhook_endpoints/${byAddress.id}`);
  });

  it('resumes after a worker restart: a delivery leased by a worker that died goes out from a new one', async () => {
    const endpoint = await createEndpoint('/ok-restart');
    await call(t.app, 'POST', `/webhook_endpoints/${endpoint.id}/test`, {});
    // The first worker takes the lease and dies before sending (or before recording what it sent).
    const leased = await leaseDueDeliveries(db(), 50);
    const ours = leased.find((d) => d.endpoint_id === endpoint.id);
    expect(ours).toBeDefined();

    const restarted = createWorker({ db: db(), cipher: t.cipher, logger: quiet, connectorFor: registry.connectorFor, webhooks: { allowPrivateUrls: true } });
    await restarted.runOnce();
    expect(from('/ok-restart')).toEqual([]); // the lease still holds
    // The lease runs out (60 s; here at once).
    await sql`UPDATE webhook_deliveries SET locked_until = now() - interval '1 second' WHERE id = ${ours!.id}`.execute(db());
    await restarted.runOnce();
    expect(from('/ok-restart').map((r) => r.status)).toEqual([200]);
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt_count: 2 }); // two tries started, one recorded
    expect(delivery.attempts.map((a: any) => a.http_status)).toEqual([200]);

    // Simply stopped and started again: pending deliveries wait in the database for the next worker.
    await call(t.app, 'POST', `/webhook_endpoints/${endpoint.id}/test`, {});
    await worker.stop();
    const another = createWorker({ db: db(), cipher: t.cipher, logger: quiet, connectorFor: registry.connectorFor, webhooks: { allowPrivateUrls: true } });
    await another.runOnce();
    expect(from('/ok-restart')).toHaveLength(2);
  });

  it('gives up after about three days and disables an endpoint that kept failing, saying why', async () => {
    const endpoint = await createEndpoint('/down');
    await call(t.app, 'POST', `/webhook_endpoints/${endpoint.id}/test`, {});
    await worker.runOnce();
    // Skip the days in between: the delivery is at its last attempt.
    await sql`UPDATE webhook_deliveries SET attempts = ${MAX_WEBHOOK_ATTEMPTS - 1}, next_attempt_at = now() - interval '1 second' WHERE endpoint_id = ${endpoint.id}`.execute(db());
    await worker.runOnce();
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: 'failed', attempt_count: MAX_WEBHOOK_ATTEMPTS, last_error: expect.stringMatching(/^Gave up after 9 attempts: HTTP 503/) });
    const disabled = (await call(t.app, 'GET', `/webhook_endpoints/${endpoint.id}`)).body.webhook_endpoint;
    expect(disabled).toMatchObject({ enabled: false, disabled_at: expect.any(String), disabled_reason: expect.stringContaining('Disabled automatically: no delivery has succeeded since') });

    // Disabled: no new deliveries, no test pings; enabled again, it hears of new events.
    const refused = await call(t.app, 'POST', `/webhook_endpoints/${endpoint.id}/test`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].parameter).toBe('webhook_endpoint.enabled');
    const group = await createGroup({ post: (url: string, body: unknown) => call(t.app, 'POST', url, body) } as never);
    await call(t.app, 'POST', `/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'DOWN-1' } });
    expect(await deliveries(endpoint.id)).toHaveLength(1);
    const enabled = await call(t.app, 'PUT', `/webhook_endpoints/${endpoint.id}`, { webhook_endpoint: { enabled: true } });
    expect(enabled.body.webhook_endpoint).toMatchObject({ enabled: true, disabled_reason: null, disabled_at: null });
    await call(t.app, 'POST', `/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'DOWN-2', social_security_number: '666666666', dependents: SUBSCRIBER.dependents.map((d) => ({ ...d, social_security_number: null })) } });
    expect(await deliveries(endpoint.id)).toHaveLength(2);
  });
});

describe('across organizations', () => {
  it('tells a broker granted a group of its changes too, and tells no one else', async () => {
    const broker = await t.tenant({ name: 'Webhook Broker', kind: 'broker' });
    const stranger = await t.tenant({ name: 'Webhook Stranger' });
    const ownerEndpoint = await createEndpoint('/ok-owner');
    const brokerEndpoint = await createEndpoint('/ok-broker', ['subscriber.status_changed'], broker);
    const strangerEndpoint = await createEndpoint('/ok-stranger', ['subscriber.status_changed'], stranger);
    const group = await createGroup({ post: (url: string, body: unknown) => call(t.app, 'POST', url, body) } as never);
    const grant = await call(t.app, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } });
    expect(grant.status).toBe(201);
    // The broker's own request writes the event and the owner's delivery, which it cannot see.
    const created = await call(t.app, 'POST', `/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'BROKERED' } }, broker);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(await deliveries(ownerEndpoint.id)).toHaveLength(1);
    expect((await call(t.app, 'GET', `/webhook_endpoints/${brokerEndpoint.id}/deliveries`, undefined, broker)).body.webhook_deliveries).toHaveLength(1);
    expect((await call(t.app, 'GET', `/webhook_endpoints/${strangerEndpoint.id}/deliveries`, undefined, stranger)).body.webhook_deliveries).toHaveLength(0);
    expect((await call(t.app, 'GET', `/webhook_endpoints/${ownerEndpoint.id}`, undefined, broker)).status).toBe(404);
    // Row-level security: in the broker's transaction, the owner's endpoints and deliveries do not exist.
    const seen = await inTenant(db(), broker.organizationId, async (trx) => ({
      endpoints: await trx.selectFrom('webhook_endpoints').select('id').execute(),
      deliveries: await trx.selectFrom('webhook_deliveries').select('endpoint_id').execute(),
    }));
    expect(seen.endpoints.map((e) => e.id)).toEqual([brokerEndpoint.id]);
    expect(new Set(seen.deliveries.map((d) => d.endpoint_id))).toEqual(new Set([brokerEndpoint.id]));
    // A tenant cannot make events about what it does not reach.
    const forged = inTenant(db(), stranger.organizationId, (trx) =>
      recordEvent(trx, { organizationId: owner.organizationId, groupId: group.id, type: 'subscriber.status_changed', data: { object: 'subscriber', id: created.body.subscriber.id, status: 'synced', previous_status: 'pending' } }),
    );
    await expect(forged).rejects.toThrow('does not reach');
  });
});
