import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from '../src/db/database.ts';
import { inTenant } from '../src/db/tenant.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';

let t: TestApp;
let acme: Tenant;
let other: Tenant;

beforeAll(async () => {
  t = await startTestApp();
  acme = await t.tenant({ name: 'Acme Employer' });
  other = await t.tenant({ name: 'Other Broker', kind: 'broker' });
});
afterAll(() => t?.close());

const createKey = (tenant: Tenant, body: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api_keys', headers: { ...tenant.headers, ...headers }, payload: body as object });

describe('authentication', () => {
  it('answers 401 with a typed error when no key is sent', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/organization' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ errors: [{ error_type: 'authentication.invalid_key', message: expect.any(String), parameter: 'Authorization' }] });
  });

  it('answers 401 to a malformed, unknown or wrong key', async () => {
    const [, prefix] = acme.key.split('_');
    for (const key of ['nonsense', `enr_${prefix}_${'0'.repeat(64)}`, `enr_000000000000_${'a'.repeat(64)}`]) {
      const res = await t.app.inject({ method: 'GET', url: '/organization', headers: { authorization: `Bearer ${key}` } });
      expect(res.statusCode, key).toBe(401);
      expect(res.json().errors[0].error_type).toBe('authentication.invalid_key');
    }
  });

  it('accepts the key in a Vericred-Api-Key header, as Ideon clients send it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/organization', headers: { 'vericred-api-key': acme.key } });
    expect(res.statusCode).toBe(200);
    expect(res.json().organization).toMatchObject({ id: acme.organizationId, name: 'Acme Employer', kind: 'employer' });
  });

  it('stops accepting a key the moment it is revoked', async () => {
    const created = await createKey(acme, { api_key: { name: 'short-lived', scopes: ['read'] } });
    expect(created.statusCode).toBe(201);
    const { id, key } = created.json().api_key;
    expect((await t.app.inject({ method: 'GET', url: '/organization', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: 'POST', url: `/api_keys/${id}/revoke`, headers: acme.headers });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().api_key.revoked_at).toEqual(expect.any(String));
    expect((await t.app.inject({ method: 'GET', url: '/organization', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(401);
  });

  it('stores only a hash of the secret: the key appears nowhere in the database', async () => {
    const { key } = (await createKey(acme, { api_key: { name: 'hash check', scopes: ['read'] } })).json().api_key;
    const secret = key.split('_')[2];
    const rows = await sql<{ secret_hash: string }>`select secret_hash from api_keys`.execute(t.testDb.database.db);
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows.some((row) => row.secret_hash.includes(secret))).toBe(false);
    const listed = await t.app.inject({ method: 'GET', url: '/api_keys', headers: acme.headers });
    expect(listed.body).not.toContain(secret);
  });
});

describe('scopes', () => {
  it('answers 403 naming the scope a key lacks', async () => {
    const readOnly = await t.keyFor(acme.organizationId, ['read']);
    const res = await createKey(readOnly, { api_key: { name: 'x', scopes: ['read'] } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ errors: [{ error_type: 'authorization.scope_missing', message: expect.stringContaining('admin'), parameter: 'scope' }] });
    const writeOnly = await t.keyFor(acme.organizationId, ['write']);
    expect((await t.app.inject({ method: 'GET', url: '/organization', headers: writeOnly.headers })).statusCode).toBe(403);
  });
});

describe('request validation', () => {
  it('names the missing parameter', async () => {
    const res = await createKey(acme, { api_key: { scopes: ['read'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ error_type: 'invalid_request.parameter_required', message: expect.any(String), parameter: 'api_key.name' });
  });

  it('names an invalid parameter, down to the array index', async () => {
    const res = await createKey(acme, { api_key: { name: 'x', scopes: ['read', 'superuser'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { parameter: string }) => e.parameter)).toContain('api_key.scopes[1]');
  });

  it('rejects unknown fields instead of dropping them silently', async () => {
    const res = await createKey(acme, { api_key: { name: 'x', scopes: ['read'], expires: 'never' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ error_type: 'invalid_request.parameter_unknown', message: expect.any(String), parameter: 'api_key.expires' });
  });

  it('does not coerce body types: a number where a string belongs is an error', async () => {
    const res = await createKey(acme, { api_key: { name: 42, scopes: ['read'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].parameter).toBe('api_key.name');
  });

  it('answers malformed JSON, a wrong content type, an empty and an oversized body with typed 4xx', async () => {
    const malformed = await t.app.inject({ method: 'POST', url: '/api_keys', headers: { ...acme.headers, 'content-type': 'application/json' }, payload: '{"api_key": {' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0]).toMatchObject({ error_type: 'invalid_request.malformed_json', parameter: 'body' });

    const xml = await t.app.inject({ method: 'POST', url: '/api_keys', headers: { ...acme.headers, 'content-type': 'application/xml' }, payload: '<api_key/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().errors[0]).toMatchObject({ error_type: 'invalid_request.content_type', parameter: 'Content-Type' });

    const empty = await t.app.inject({ method: 'POST', url: '/api_keys', headers: { ...acme.headers, 'content-type': 'application/json' }, payload: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].parameter).toBe('body');

    const huge = await t.app.inject({ method: 'POST', url: '/api_keys', headers: { ...acme.headers, 'content-type': 'application/json' }, payload: JSON.stringify({ api_key: { name: 'x'.repeat(2 * 1024 * 1024), scopes: ['read'] } }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().errors[0].error_type).toBe('invalid_request.body_too_large');
  });

  it('names a bad query parameter and a bad path id', async () => {
    const limit = await t.app.inject({ method: 'GET', url: '/api_keys?limit=0', headers: acme.headers });
    expect(limit.statusCode).toBe(400);
    expect(limit.json().errors[0].parameter).toBe('limit');
    const id = await t.app.inject({ method: 'GET', url: '/api_keys/not-a-uuid', headers: acme.headers });
    expect(id.statusCode).toBe(400);
    expect(id.json().errors[0].parameter).toBe('id');
  });

  it('answers an unknown route with a typed 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/nope', headers: acme.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().errors[0].error_type).toBe('not_found');
  });
});

describe('idempotency', () => {
  it('replays the first answer for the same key and body, and makes the change once', async () => {
    const body = { api_key: { name: 'idempotent', scopes: ['read'] } };
    const first = await createKey(acme, body, { 'idempotency-key': 'create-once' });
    const second = await createKey(acme, body, { 'idempotency-key': 'create-once' });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const listed = (await t.app.inject({ method: 'GET', url: '/api_keys?limit=500', headers: acme.headers })).json().api_keys;
    expect(listed.filter((k: { name: string }) => k.name === 'idempotent')).toHaveLength(1);
  });

  it('answers 409 when the same key comes with a different body', async () => {
    await createKey(acme, { api_key: { name: 'one', scopes: ['read'] } }, { 'idempotency-key': 'k-409' });
    const res = await createKey(acme, { api_key: { name: 'two', scopes: ['read'] } }, { 'idempotency-key': 'k-409' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ error_type: 'conflict.idempotency_key_reused', parameter: 'Idempotency-Key' });
  });

  it('keeps keys per organization: another tenant may use the same key', async () => {
    const mine = await createKey(acme, { api_key: { name: 'mine', scopes: ['read'] } }, { 'idempotency-key': 'shared-key' });
    const theirs = await createKey(other, { api_key: { name: 'theirs', scopes: ['read'] } }, { 'idempotency-key': 'shared-key' });
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().api_key.id).not.toBe(mine.json().api_key.id);
  });
});

describe('audit log', () => {
  it('records one event per write with the key, the action and before/after', async () => {
    const created = (await createKey(acme, { api_key: { name: 'audited', scopes: ['read'] } })).json().api_key;
    await t.app.inject({ method: 'POST', url: `/api_keys/${created.id}/revoke`, headers: acme.headers });
    const res = await t.app.inject({ method: 'GET', url: `/audit_events?resource_id=${created.id}`, headers: acme.headers });
    expect(res.statusCode).toBe(200);
    const events = res.json().audit_events;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'revoke']);
    expect(events[0]).toMatchObject({ resource_type: 'api_key', before: null, after: { id: created.id, revoked_at: null } });
    expect(events[1].before.revoked_at).toBeNull();
    expect(events[1].after.revoked_at).toEqual(expect.any(String));
    expect(events[0].api_key_id).toEqual(expect.any(String));
    // Nothing about the key's secret is in the log.
    expect(res.body).not.toContain(created.key.split('_')[2]);
  });

  it('writes no audit event for a rejected write', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/audit_events?limit=500', headers: other.headers })).json().audit_events.length;
    await createKey(other, { api_key: { name: '', scopes: ['read'] } });
    const after = (await t.app.inject({ method: 'GET', url: '/audit_events?limit=500', headers: other.headers })).json().audit_events.length;
    expect(after).toBe(before);
  });
});

describe('tenancy', () => {
  it('hides every row of another organization even from a query that forgets to filter', async () => {
    const visible = await inTenant(t.testDb.database.db, other.organizationId, async (trx) => {
      const orgs = await trx.selectFrom('organizations').select('id').execute();
      const keys = await trx.selectFrom('api_keys').select('organization_id').execute();
      return { orgs: orgs.map((o) => o.id), keyOwners: [...new Set(keys.map((k) => k.organization_id))] };
    });
    expect(visible.orgs).toEqual([other.organizationId]);
    expect(visible.keyOwners).toEqual([other.organizationId]);
  });

  it('refuses a write into another organization at the database itself', async () => {
    await expect(
      inTenant(t.testDb.database.db, other.organizationId, (trx) =>
        trx.insertInto('audit_events').values({ organization_id: acme.organizationId, api_key_id: null, resource_type: 'x', resource_id: 'x', action: 'x', before: null, after: null }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps the audit log append-only for the application', async () => {
    await expect(
      inTenant(t.testDb.database.db, acme.organizationId, (trx) => trx.deleteFrom('audit_events').where('organization_id', '=', acme.organizationId).execute()),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('health and the API description', () => {
  it('reports the database it checked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.testDb.database.kind });
  });

  it('serves an OpenAPI 3.1 document that validates and lists every route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(spec.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const documented = new Set(Object.entries(spec.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    for (const route of t.routes()) expect(documented, `${route} is not in the OpenAPI document`).toContain(route);
    // Every JSON request body comes with an example, and every operation says what it does.
    for (const [path, operations] of Object.entries<Record<string, any>>(spec.paths)) {
      for (const [method, operation] of Object.entries<any>(operations)) {
        expect(operation.summary, `${method} ${path} has no summary`).toEqual(expect.any(String));
        const media = operation.requestBody?.content?.['application/json'];
        if (media) expect(media.example ?? media.examples, `${method} ${path} has no example body`).toBeDefined();
      }
    }
  });

  it('serves the interactive reference at /docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });
});
