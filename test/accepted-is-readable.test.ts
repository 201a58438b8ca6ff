// What the API accepts it can read back: a tagged union refuses values of the wrong type, text
// PostgreSQL cannot store is refused up front, and a write whose answer cannot be sent is not made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, type Client } from './support/enrollment-fixtures.ts';
import { censusText } from '../src/imports/census/testing/generate-census.ts';
import { x12Text } from '../src/imports/x12/testing/generate-834.ts';
import { writeOnce } from '../src/http/tenant-transaction.ts';
import { insertGroup } from '../src/enrollment/groups/store.ts';

let t: TestApp;
let owner: Tenant;
let api: Client;

beforeAll(async () => {
  t = await startTestApp({
    beforeReady(app) {
      // A write whose answer breaks its own response schema: `receipt` is required and never given.
      app.post('/test/broken_answer', {
        config: { scope: 'write' },
        schema: { response: { 201: Type.Object({ group_id: Type.String(), receipt: Type.String() }) } },
      }, async (request, reply) =>
        writeOnce(request, reply, async ({ trx, caller, audit }) => {
          const row = await insertGroup(trx, caller.organizationId, {
            external_identifier: 'BROKEN-ANSWER', name: 'Never stored', employer: { organization_name: 'Never stored', fein: '234567891' },
            primary_location: { id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80', address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' },
            secondary_locations: [], status: 'active',
          } as never);
          await audit({ resource_type: 'group', resource_id: row.id, action: 'create' });
          return { status: 201, body: { group_id: row.id } as never };
        }));
    },
  });
  owner = await t.tenant();
  api = client(t, () => owner);
});
afterAll(() => t?.close());

const carrierBody = (connection: unknown) => ({
  carrier: { name: 'Perf Carrier', payer_identifier: '123456789', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'PERF' }, connection },
});
const count = async (table: 'carriers' | 'groups' | 'audit_events' | 'idempotency_keys') =>
  Number((await t.testDb.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('a tagged union (a carrier’s connection)', () => {
  it.each([['a string', 'PERF'], ['a number', 42], ['an array', [{ type: 'sandbox' }]], ['null', null], ['true', true]])('refuses %s with a 400 naming carrier.connection, and stores nothing', async (_, connection) => {
    const before = await count('carriers');
    const res = await api.post('/carriers', carrierBody(connection));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ error_type: 'invalid_request.parameter_invalid', parameter: 'carrier.connection' }));
    expect(await count('carriers')).toBe(before);
    expect((await api.get('/carriers')).status).toBe(200);
  });

  it('refuses a string connection on update too', async () => {
    const carrier = await createCarrier(api);
    const res = await api.put(`/carriers/${carrier.id}`, { carrier: { connection: 'PERF' } });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors[0].parameter).toBe('carrier.connection');
    expect((await api.get(`/carriers/${carrier.id}`)).body.carrier.connection).toEqual({ type: 'sandbox' });
  });

  it('still names the field of the variant its type names', async () => {
    const res = await api.post('/carriers', carrierBody({ type: 'directory', outbound_path: '/out' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ error_type: 'invalid_request.parameter_required', parameter: 'carrier.connection.inbound_path' })]);
  });
});

describe('text PostgreSQL cannot store', () => {
  const group = (name: string) => ({
    group: { external_identifier: `NUL-${Math.random().toString(36).slice(2, 8)}`, name, employer: { organization_name: 'Widget', fein: '234567891' }, primary_location: { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' } },
  });

  it.each([['a NUL', 'Wid\u0000get'], ['a lone high surrogate', 'Wid\ud800get'], ['a lone low surrogate', '\udc00Widget']])('refuses %s in a body string with a 400 naming the field', async (_, name) => {
    const before = await count('groups');
    const res = await api.post('/groups', group(name));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ error_type: 'invalid_request.parameter_invalid', parameter: 'group.name' })]);
    expect(await count('groups')).toBe(before);
  });

  it('accepts a character outside the basic plane (a well-formed surrogate pair)', async () => {
    const res = await api.post('/groups', group('Widget 🌱'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await api.get(`/groups/${res.body.group.id}`)).body.group.name).toBe('Widget 🌱');
  });

  it('refuses a NUL in a field name, in an array item, in the query string and in the path', async () => {
    const key = await api.post('/groups', { group: { ...group('Widget').group, 'na\u0000me': 'x' } });
    expect(key.status).toBe(400);
    expect(key.body.errors[0].parameter).toBe('group.na\u0000me');
    const webhook = await api.post('/webhook_endpoints', { webhook_endpoint: { url: 'https://203.0.113.10/hooks', events: ['subscriber.status_changed', 'x\u0000'] } });
    expect(webhook.status).toBe(400);
    expect(webhook.body.errors[0].parameter).toBe('webhook_endpoint.events[1]');
    const query = await t.app.inject({ method: 'GET', url: '/audit_events?resource_id=%00', headers: owner.headers });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors[0].parameter).toBe('resource_id');
    const created = await createGroup(api);
    const path = await t.app.inject({ method: 'GET', url: `/groups/${created.id}%00`, headers: owner.headers });
    expect(path.statusCode).toBe(400);
    expect(path.json().errors[0]).toMatchObject({ error_type: 'invalid_request.parameter_invalid', parameter: 'id' });
  });

  it('refuses a NUL in an Idempotency-Key', async () => {
    const res = await api.post('/groups', group('Widget'), undefined, { 'idempotency-key': 'k\u0000' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].parameter).toBe('Idempotency-Key');
  });
});

describe('a write whose answer cannot be sent', () => {
  it('answers 500 and commits nothing: no row, no audit event, no stored answer', async () => {
    const before = { groups: await count('groups'), audit: await count('audit_events'), keys: await count('idempotency_keys') };
    for (const headers of [{}, { 'idempotency-key': 'broken-answer-1' }, { 'idempotency-key': 'broken-answer-1' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/test/broken_answer', headers: { ...owner.headers, ...headers } });
      expect(res.statusCode).toBe(500);
      expect(res.json().errors[0].message).toMatch(/the change was not made/);
      expect(res.headers['idempotent-replayed']).toBeUndefined();
    }
    expect({ groups: await count('groups'), audit: await count('audit_events'), keys: await count('idempotency_keys') }).toEqual(before);
    expect((await api.get('/groups')).body.groups.map((g: { name: string }) => g.name)).not.toContain('Never stored');
  });
});

describe('a NUL in an uploaded file', () => {
  let groupId: string;
  let periodId: string;
  beforeAll(async () => {
    const carrier = await createCarrier(api, undefined, 'Import Carrier');
    groupId = (await createGroup(api)).id;
    periodId = (await createCoveragePeriod(api, groupId, carrier.id, 2026)).id;
    await createPlan(api, periodId, 'medical');
  });
  const upload = (url: string, contentType: string, payload: string | Buffer) => t.app.inject({ method: 'POST', url, headers: { ...owner.headers, 'content-type': contentType }, payload });
  async function finished(url: string, key: 'census_import' | 'x12_import') {
    await t.runImportJobs(); // the worker's import step
    for (let i = 0; i < 100; i++) {
      const view = (await api.get(url)).body[key];
      if (!['queued', 'processing'].includes(view.state)) return view;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${url} never finished`);
  }
  const census = censusText({ subscribers: 1, coverageStartDate: '2026-01-01', plans: { medical: 'medical-plan' }, prefix: 'NUL' });

  it.each(['true', 'false'])('fails a census import (dry_run=%s) with a row error naming the cell, and writes nothing', async (dryRun) => {
    const [header, first, ...rest] = census.split('\n');
    const cells = first!.split(',');
    cells[3] = `${cells[3]}\u0000`; // first_name
    const res = await upload(`/groups/${groupId}/census_imports?coverage_period_id=${periodId}&dry_run=${dryRun}`, 'text/csv', [header, cells.join(','), ...rest].join('\n'));
    expect(res.statusCode, res.body).toBe(202);
    const view = await finished(`/census_imports/${res.json().census_import.id}`, 'census_import');
    expect(view.state).toBe('failed');
    expect(view.errors).toContainEqual(expect.objectContaining({ row: 2, column: 'first_name', error_type: 'invalid_request.parameter_invalid' }));
    expect((await api.get(`/groups/${groupId}/subscribers`)).body.subscribers).toEqual([]);
  });

  it('fails a census of garbage bytes (NULs in its header) instead of leaving it processing', async () => {
    const res = await upload(`/groups/${groupId}/census_imports?coverage_period_id=${periodId}`, 'text/csv', Buffer.from([0x00, 0xff, 0x2c, 0x0a, 0xed, 0xa0, 0x80, 0x00, 0x0a]));
    expect(res.statusCode, res.body).toBe(202);
    const view = await finished(`/census_imports/${res.json().census_import.id}`, 'census_import');
    expect(view.state).toBe('failed');
    expect(JSON.stringify(view.errors)).not.toContain('\\u0000');
  });

  it('refuses an 834 whose sponsor name has a NUL with a 422, and fails one whose member name has one', async () => {
    const file = x12Text({ families: 1, coverageStartDate: '2026-01-01', plans: { HLT: 'MEDICAL-001' }, groupNumber: 'GRP002' });
    const sponsor = await upload(`/groups/${groupId}/x12_imports`, 'application/edi-x12', file.replace('N1*P5*', 'N1*P5*\u0000'));
    expect(sponsor.statusCode, sponsor.body).toBe(422);
    expect(sponsor.json().errors[0]).toMatchObject({ error_type: 'invalid_request.x12_invalid', parameter: 'body' });
    const member = await upload(`/groups/${groupId}/x12_imports`, 'application/edi-x12', file.replace('NM1*IL*1*', 'NM1*IL*1*\u0000'));
    expect(member.statusCode, member.body).toBe(202);
    const view = await finished(`/x12_imports/${member.json().x12_import.id}`, 'x12_import');
    expect(view.state).toBe('failed');
    expect(view.errors).toContainEqual(expect.objectContaining({ column: 'last_name', error_type: 'invalid_request.parameter_invalid' }));
  });
});
