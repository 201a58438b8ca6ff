// The README's quick start, against the real program — on the embedded database, or on PostgreSQL
// when DATABASE_URL is set: a key to start with, a carrier connected to the sandbox takes a subscriber
// from pending to synced, an acknowledged write survives kill -9, and (embedded) a second process is
// refused the data folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEnroll, startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './support/test-database.ts';

let dataDir: string;
let server: ServerProcess | undefined;
let testDb: TestDatabase | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-data-'));
  if (onPostgres) {
    testDb = await createTestDatabase();
    env = { DATABASE_URL: testDb.url!, ENROLL_ENCRYPTION_KEY: randomBytes(32).toString('hex') };
  } else {
    env = { DATABASE_URL: '', ENROLL_DATA_DIR: dataDir };
  }
}, 60_000);
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited;
  await testDb?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function call(method: string, url: string, key: string, body?: unknown) {
  const res = await fetch(url, { method, headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: res.status, body: (await res.json()) as any };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe(`enroll start on ${onPostgres ? 'PostgreSQL' : 'the embedded database'}`, () => {
  let key: string;
  let subscriberId: string;
  const year = new Date().toISOString().slice(0, 4);

  it('prints its URL and a key to start with (the first start’s, or the CLI’s on PostgreSQL)', async () => {
    server = await startServerProcess(env);
    if (onPostgres) {
      expect(server.devKey()).toBeUndefined();
      const created = runEnroll(['keys', 'create', '--organization', 'Quickstart', '--scopes', 'read,write,pii,admin'], env);
      expect(await created.exited).toBe(0);
      key = created.output().trim().split('\n').at(-1)!;
    } else {
      key = server.devKey()!;
    }
    expect(key).toMatch(/^enr_[0-9a-f]{12}_[0-9a-f]{64}$/);
    const health = await fetch(`${server.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: onPostgres ? 'postgres' : 'pglite' });
    expect(server.output()).not.toMatch(/"level":50/);
  }, 90_000);

  it('takes a subscriber from pending to synced with a carrier connected to the sandbox', async () => {
    const base = server!.url;
    const carrier = await call('POST', `${base}/carriers`, key, { carrier: { name: 'Sandbox Health', payer_identifier: '876543219', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'SANDBOX' }, connection: { type: 'sandbox' } } });
    const group = await call('POST', `${base}/groups`, key, { group: { external_identifier: 'ACME', name: 'Acme Widgets', employer: { organization_name: 'Acme Widgets', fein: '12-3456789' }, primary_location: { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' } } });
    const period = await call('POST', `${base}/groups/${group.body.group.id}/coverage_periods`, key, { coverage_period: { carrier_id: carrier.body.carrier.id, carrier_group_number: 'GRP-1001', coverage_start_date: `${year}-01-01`, coverage_end_date: `${year}-12-31` } });
    const plan = await call('POST', `${base}/coverage_periods/${period.body.coverage_period.id}/plans`, key, { plan: { external_identifier: 'PPO-1', description: 'Gold PPO', product_line: 'medical', plan_identifier: 'GOLDPPO' } });
    const subscriber = await call('POST', `${base}/groups/${group.body.group.id}/subscribers`, key, { subscriber: { external_identifier: 'E-1', first_name: 'Ada', last_name: 'Lovelace', social_security_number: '123456789', gender: 'female', birth_date: '1985-12-10', residential_address: { address_line_1: '2 Oak St', city: 'Springfield', state: 'IL', zip: '62701' }, employment_details: { status: 'full_time', start_date: `${year}-01-01` } } });
    expect(subscriber.status, JSON.stringify(subscriber.body)).toBe(201);
    subscriberId = subscriber.body.subscriber.id;
    const event = await call('POST', `${base}/subscribers/${subscriberId}/qualifying_life_events`, key, { qualifying_life_event: { event: 'new_hire', date: `${year}-01-01`, coverage_period_id: period.body.coverage_period.id, plan_elections: { medical: { plan_id: plan.body.plan.id, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: `${year}-01-01` }] } } } });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    const synced = await eventually(() => call('GET', `${base}/subscribers/${subscriberId}`, key), (res) => res.body.status === 'synced');
    expect(synced.body.status).toBe('synced');
    expect(synced.body.synced_subscriber).toMatchObject({ id: subscriberId, last_name: 'Lovelace', coverages: [expect.objectContaining({ product_line: 'medical' })] });
  }, 60_000);

  it.skipIf(onPostgres)('refuses a second process on the same data folder, naming the one that holds it', async () => {
    const second = runEnroll(['keys', 'list', '--organization', 'Development'], env);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`in use by process ${server!.child.pid}`);
  }, 30_000);

  it('keeps an acknowledged write through kill -9, and starts again on the same folder', async () => {
    const base = server!.url;
    const res = await call('PUT', `${base}/subscribers/${subscriberId}`, key, { subscriber: { last_name: 'King' } });
    expect(res.status).toBe(200);
    server!.child.kill('SIGKILL');
    await server!.exited;
    server = await startServerProcess(env);
    expect(server.devKey()).toBeUndefined(); // not a first start any more
    const after = await call('GET', `${server.url}/subscribers/${subscriberId}`, key);
    expect(after.body.subscriber.last_name).toBe('King');
    // The change made before the crash still reaches the carrier.
    // A restart on a busy machine (migrations checked, a worker process forked) can take a while.
    const synced = await eventually(() => call('GET', `${server!.url}/subscribers/${subscriberId}`, key), (r) => r.body.status === 'synced', 60_000);
    expect(synced.body.status).toBe('synced');
    expect(synced.body.synced_subscriber.last_name).toBe('King');
  }, 90_000);

  it('exits cleanly on SIGTERM and releases the folder', async () => {
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    if (!onPostgres) expect(fs.existsSync(path.join(dataDir, 'enroll.lock'))).toBe(false);
    server = undefined;
  }, 30_000);
});
