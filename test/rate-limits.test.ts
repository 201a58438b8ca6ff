// Abuse limits: per API key, per source address, and far fewer bad keys per address. Over a limit the
// answer is 429 with Retry-After and the typed error body; /health is never limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/http/app.ts';
import { readConfig } from '../src/config.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { onPostgres } from './support/test-database.ts';

let t: TestApp;
const opened: App[] = [];

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  for (const app of opened) await app.close();
  await t?.close();
});

type Limits = { perKey?: number; perAddress?: number; badKeysPerAddress?: number };
async function limitedApp(limits: Limits): Promise<App> {
  const rateLimits = { perKey: 0, perAddress: 0, badKeysPerAddress: 0, windowMs: 60_000, ...limits };
  const app = await buildApp({ ...t.app.services, config: { ...t.app.services.config, rateLimits } });
  await app.ready();
  opened.push(app);
  return app;
}

const get = (app: App, url: string, options: { tenant?: Tenant; key?: string; address?: string } = {}) =>
  app.inject({
    method: 'GET',
    url,
    remoteAddress: options.address ?? '127.0.0.1',
    headers: options.tenant ? options.tenant.headers : options.key ? { authorization: `Bearer ${options.key}` } : {},
  });

function expectRateLimited(res: Awaited<ReturnType<typeof get>>) {
  expect(res.statusCode, res.body).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  expect(res.json()).toEqual({ errors: [{ error_type: 'rate_limited', message: expect.stringMatching(/try again in \d+ s/), parameter: null }] });
}

// A key that looks right but is not any stored key.
const BAD_KEY = `enr_${'0'.repeat(12)}_${'f'.repeat(64)}`;

describe('rate limits', () => {
  it('limits requests per API key: 429 with Retry-After after N, while another key is still served', async () => {
    const app = await limitedApp({ perKey: 3 });
    const [busy, calm] = [await t.tenant(), await t.tenant()];
    for (let i = 0; i < 3; i++) {
      const res = await get(app, '/groups', { tenant: busy });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    expectRateLimited(await get(app, '/groups', { tenant: busy }));
    expectRateLimited(await get(app, '/carriers', { tenant: busy }));
    expect((await get(app, '/groups', { tenant: calm })).statusCode).toBe(200);
  });

  it('answers bad keys from one address 429 sooner, even a good key from it, and not other addresses', async () => {
    const app = await limitedApp({ perKey: 100, badKeysPerAddress: 3 });
    const good = await t.tenant();
    const attacker = '203.0.113.7';
    for (let i = 0; i < 3; i++) expect((await get(app, '/groups', { key: BAD_KEY, address: attacker })).statusCode).toBe(401);
    expectRateLimited(await get(app, '/groups', { key: BAD_KEY, address: attacker }));
    expectRateLimited(await get(app, '/groups', { address: attacker })); // no key at all
    expectRateLimited(await get(app, '/groups', { tenant: good, address: attacker }));
    // Someone else, elsewhere, is unaffected: a bad key is still told 401, a good one served.
    expect((await get(app, '/groups', { key: BAD_KEY, address: '198.51.100.9' })).statusCode).toBe(401);
    expect((await get(app, '/groups', { tenant: good, address: '198.51.100.9' })).statusCode).toBe(200);
    // Good keys do not count as bad ones.
    for (let i = 0; i < 5; i++) expect((await get(app, '/groups', { tenant: good, address: '198.51.100.10' })).statusCode).toBe(200);
  });

  it('limits requests per address whatever the key, and never /health', async () => {
    const app = await limitedApp({ perAddress: 4 });
    const address = '192.0.2.44';
    const tenants = [await t.tenant(), await t.tenant()];
    for (let i = 0; i < 4; i++) expect((await get(app, '/groups', { tenant: tenants[i % 2], address })).statusCode).toBe(200);
    expectRateLimited(await get(app, '/groups', { tenant: tenants[0], address }));
    expectRateLimited(await get(app, '/openapi.json', { address }));
    for (let i = 0; i < 10; i++) expect((await get(app, '/health', { address })).statusCode).toBe(200);
    expect((await get(app, '/groups', { tenant: tenants[0], address: '192.0.2.45' })).statusCode).toBe(200);
  });

  it.skipIf(!onPostgres)('on PostgreSQL, holds across API processes (the count is in the database)', async () => {
    const [first, second] = [await limitedApp({ perKey: 2 }), await limitedApp({ perKey: 2 })];
    const tenant = await t.tenant();
    expect((await get(first, '/groups', { tenant })).statusCode).toBe(200);
    expect((await get(second, '/groups', { tenant })).statusCode).toBe(200);
    expectRateLimited(await get(first, '/groups', { tenant }));
    expectRateLimited(await get(second, '/groups', { tenant }));
  });

  it('reads generous defaults from the environment, small limits when set, and off', () => {
    expect(readConfig({}).rateLimits).toEqual({ perKey: 600, perAddress: 1200, badKeysPerAddress: 20, windowMs: 60_000 });
    expect(readConfig({ ENROLL_RATE_LIMIT_PER_KEY: '5', ENROLL_RATE_LIMIT_BAD_KEYS: '0', ENROLL_RATE_LIMIT_WINDOW_SECONDS: '10' }).rateLimits).toEqual({ perKey: 5, perAddress: 1200, badKeysPerAddress: 0, windowMs: 10_000 });
    expect(readConfig({ ENROLL_RATE_LIMIT: 'off' }).rateLimits).toBeUndefined();
    expect(() => readConfig({ ENROLL_RATE_LIMIT_PER_KEY: 'lots' })).toThrow(/ENROLL_RATE_LIMIT_PER_KEY/);
  });
});
