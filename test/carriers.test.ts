import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/db/database.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';

let t: TestApp;
let acme: Tenant;
let other: Tenant;

beforeAll(async () => {
  t = await startTestApp();
  acme = await t.tenant({ name: 'Acme Employer' });
  other = await t.tenant({ name: 'Other Employer' });
});
afterAll(() => t?.close());

const PASSWORD = 'hunter2-very-secret';
const PRIVATE_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
const interchange = { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: '30', receiver_id: '987654321' };
const sftp = { type: 'sftp', host: 'sftp.acme-life.example', username: 'openenroll', password: PASSWORD, outbound_path: '/in', inbound_path: '/out' };
const carrierBody = (overrides: Record<string, unknown> = {}) => ({
  carrier: { name: 'Acme Life', payer_identifier: '987654321', interchange, connection: { type: 'sandbox' }, ...overrides },
});

const call = (tenant: Tenant, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: tenant.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const createCarrier = async (tenant: Tenant, overrides: Record<string, unknown> = {}) => {
  const res = await call(tenant, 'POST', '/carriers', carrierBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().carrier;
};

describe('carriers', () => {
  it('creates a carrier with envelope defaults resolved and reads it back', async () => {
    const carrier = await createCarrier(acme, { line_of_coverage_codes: { life: 'AH', medical: 'HLT' } });
    expect(carrier).toEqual({
      id: expect.any(String),
      name: 'Acme Life',
      payer_identifier: '987654321',
      interchange: { ...interchange, application_sender_code: 'OPENENROLL', application_receiver_code: '987654321', usage_indicator: 'T' },
      connection: { type: 'sandbox' },
      line_of_coverage_codes: { life: 'AH', medical: 'HLT' },
      // The sandbox answers with a result file per family: that is its acceptance unless chosen otherwise.
      file_settings: { full_file_action_code: '4', maximum_members_per_file: null, subscriber_identifier: 'external_identifier', acceptance: 'result_file' },
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const read = await call(acme, 'GET', `/carriers/${carrier.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().carrier).toEqual(carrier);
  });

  it('takes every kind of connection', async () => {
    const connections = [
      { type: 'sandbox' },
      { type: 'none' },
      { type: 'directory', outbound_path: 'acme/out', inbound_path: 'acme/in' },
      { ...sftp, port: 2222 },
      { type: 'http', url: 'https://edi.carrier.example/834' },
    ];
    for (const connection of connections) {
      const carrier = await createCarrier(acme, { connection });
      expect(carrier.connection).toEqual(connection.type === 'sftp' ? { ...connection, password: '[set]' } : connection);
    }
    const defaultPort = await createCarrier(acme, { connection: sftp });
    expect(defaultPort.connection.port).toBe(22);
  });

  it('never answers, logs or audits a secret, and stores it sealed', async () => {
    const carrier = await createCarrier(acme, { connection: { ...sftp, private_key: PRIVATE_KEY } });
    expect(carrier.connection).toMatchObject({ password: '[set]', private_key: '[set]' });
    const http = await createCarrier(acme, { connection: { type: 'http', url: 'https://edi.example/834', auth_header: 'Bearer tok-secret-123' } });
    expect(http.connection).toEqual({ type: 'http', url: 'https://edi.example/834', auth_header: '[set]' });

    const reads = [
      await call(acme, 'GET', `/carriers/${carrier.id}`),
      await call(acme, 'GET', '/carriers?limit=500'),
      await call(acme, 'GET', '/audit_events?limit=500'),
      await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { name: 'Renamed' } }),
    ];
    for (const res of reads) {
      expect(res.statusCode).toBe(200);
      for (const secret of [PASSWORD, 'b3BlbnNzaC1rZXktdjEAAAAA', 'tok-secret-123']) expect(res.body).not.toContain(secret);
    }
    const stored = await sql<{ connection: string }>`select connection::text as connection from carriers`.execute(t.testDb.database.db);
    for (const row of stored.rows) expect(row.connection).not.toContain(PASSWORD);
    expect(stored.rows.some((row) => row.connection.includes('password_sealed'))).toBe(true);
  });

  it('keeps a stored secret when an update leaves it out or sends "[set]" back, and removes it on null', async () => {
    const carrier = await createCarrier(acme, { connection: { ...sftp, private_key: PRIVATE_KEY } });
    const sealedOf = async () => {
      const row = await t.testDb.database.db.selectFrom('carriers').select('connection').where('id', '=', carrier.id).executeTakeFirstOrThrow();
      return row.connection as Record<string, string>;
    };
    const before = await sealedOf();

    const roundTrip = await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { connection: { ...carrier.connection, outbound_path: '/inbound' } } });
    expect(roundTrip.statusCode, roundTrip.body).toBe(200);
    expect(roundTrip.json().carrier.connection).toMatchObject({ outbound_path: '/inbound', password: '[set]', private_key: '[set]' });
    expect(await sealedOf()).toMatchObject({ password_sealed: before.password_sealed, private_key_sealed: before.private_key_sealed });

    const { password: _p, private_key: _k, ...withoutSecrets } = carrier.connection;
    const removed = await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { connection: { ...withoutSecrets, private_key: null } } });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().carrier.connection).toEqual({ ...withoutSecrets, password: '[set]' });

    const changed = await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { connection: { ...withoutSecrets, password: 'new-password' } } });
    expect(changed.statusCode).toBe(200);
    const after = await sealedOf();
    expect(after.password_sealed).not.toBe(before.password_sealed);
    expect(after.private_key_sealed).toBeUndefined();
  });

  it('refuses "[set]" for a secret that is not stored and an sftp connection without credentials', async () => {
    const placeholder = await call(acme, 'POST', '/carriers', carrierBody({ connection: { ...sftp, password: '[set]' } }));
    expect(placeholder.statusCode).toBe(422);
    expect(placeholder.json().errors[0]).toMatchObject({ error_type: 'unprocessable.secret_not_set', parameter: 'carrier.connection.password' });
    const { password: _, ...noCredentials } = sftp;
    const bare = await call(acme, 'POST', '/carriers', carrierBody({ connection: noCredentials }));
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors[0].parameter).toBe('carrier.connection.password');
  });

  it('validates envelope ids, connection fields and HD03 codes, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ interchange: { ...interchange, sender_id: 'X'.repeat(16) } }, 'carrier.interchange.sender_id'],
      [{ interchange: { ...interchange, receiver_qualifier: 'QQ' } }, 'carrier.interchange.receiver_qualifier'],
      [{ interchange: { ...interchange, usage_indicator: 'X' } }, 'carrier.interchange.usage_indicator'],
      [{ line_of_coverage_codes: { life: 'LIFE' } }, 'carrier.line_of_coverage_codes.life'],
      [{ line_of_coverage_codes: { snacks: 'HLT' } }, 'carrier.line_of_coverage_codes.snacks'],
      [{ file_settings: { full_file_action_code: '2' } }, 'carrier.file_settings.full_file_action_code'],
      [{ file_settings: { acceptance: 'fax' } }, 'carrier.file_settings.acceptance'],
      [{ file_settings: { subscriber_identifier: 'member_id' } }, 'carrier.file_settings.subscriber_identifier'],
    ];
    for (const [overrides, parameter] of cases) {
      const res = await call(acme, 'POST', '/carriers', carrierBody(overrides));
      expect(res.statusCode, parameter).toBe(400);
      expect(res.json().errors.map((e: { parameter: string }) => e.parameter), parameter).toContain(parameter);
    }
    const { host: _, ...noHost } = sftp;
    const res = await call(acme, 'POST', '/carriers', carrierBody({ connection: noHost }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { parameter: string }) => e.parameter)).toContain('carrier.connection.host');
  });

  it('updates only the fields given', async () => {
    const carrier = await createCarrier(acme, { connection: sftp, line_of_coverage_codes: { life: 'AH' }, file_settings: { maximum_members_per_file: 100 } });
    const res = await call(acme, 'PUT', `/carriers/${carrier.id}`, {
      carrier: { interchange: { ...interchange, usage_indicator: 'P', application_receiver_code: 'ACMELIFE' }, file_settings: { full_file_action_code: 'RX' } },
    });
    expect(res.statusCode).toBe(200);
    const updated = res.json().carrier;
    expect(updated).toMatchObject({ name: carrier.name, payer_identifier: carrier.payer_identifier, connection: carrier.connection, line_of_coverage_codes: { life: 'AH' } });
    expect(updated.interchange).toMatchObject({ usage_indicator: 'P', application_receiver_code: 'ACMELIFE', application_sender_code: 'OPENENROLL' });
    // A real carrier's 999 (or 997) is its acceptance unless the carrier sends result files.
    expect(updated.file_settings).toEqual({ full_file_action_code: 'RX', maximum_members_per_file: 100, subscriber_identifier: 'external_identifier', acceptance: 'acknowledgement' });
    const limit = await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { file_settings: { maximum_members_per_file: null } } });
    expect(limit.json().carrier.file_settings).toEqual({ full_file_action_code: 'RX', maximum_members_per_file: null, subscriber_identifier: 'external_identifier', acceptance: 'acknowledgement' });
    const bySsn = await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { file_settings: { subscriber_identifier: 'ssn' } } });
    expect(bySsn.json().carrier.file_settings).toEqual({ full_file_action_code: 'RX', maximum_members_per_file: null, subscriber_identifier: 'ssn', acceptance: 'acknowledgement' });
  });

  it('keeps an acceptance chosen, and otherwise lets it follow the connection', async () => {
    const carrier = await createCarrier(acme, { connection: sftp });
    const chosen = await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { file_settings: { acceptance: 'result_file' } } });
    expect(chosen.json().carrier.file_settings.acceptance).toBe('result_file');
    const elsewhere = await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { connection: { type: 'sandbox' } } });
    expect(elsewhere.json().carrier.file_settings.acceptance).toBe('result_file');
    const unchosen = await createCarrier(acme);
    expect(unchosen.file_settings.acceptance).toBe('result_file');
    const moved = await call(acme, 'PUT', `/carriers/${unchosen.id}`, { carrier: { connection: sftp } });
    expect(moved.json().carrier.file_settings.acceptance).toBe('acknowledgement');
  });

  it('pages through the carriers with limit and cursor', async () => {
    const tenant = await t.tenant();
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await createCarrier(tenant, { name: `Carrier ${i}` })).id);
    const first = (await call(tenant, 'GET', '/carriers?limit=2')).json();
    expect(first.carriers.map((c: { id: string }) => c.id)).toEqual(made.slice(0, 2));
    const second = (await call(tenant, 'GET', `/carriers?limit=2&cursor=${first.next_cursor}`)).json();
    expect(second.carriers.map((c: { id: string }) => c.id)).toEqual(made.slice(2));
    expect(second.next_cursor).toBeNull();
  });

  it("answers 404 to another tenant's carrier, exactly as to a missing one", async () => {
    const carrier = await createCarrier(acme);
    const missing = await call(other, 'GET', '/carriers/0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80');
    const theirs = await call(other, 'GET', `/carriers/${carrier.id}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(missing.json());
    expect((await call(other, 'PUT', `/carriers/${carrier.id}`, { carrier: { name: 'Mine now' } })).statusCode).toBe(404);
    expect((await call(other, 'GET', '/carriers?limit=500')).json().carriers.map((c: { id: string }) => c.id)).not.toContain(carrier.id);
    expect((await call(acme, 'GET', `/carriers/${carrier.id}`)).json().carrier.name).toBe('Acme Life');
  });

  it('records an audit event for each write', async () => {
    const carrier = await createCarrier(acme);
    await call(acme, 'PUT', `/carriers/${carrier.id}`, { carrier: { name: 'Acme Life & Health' } });
    const events = (await call(acme, 'GET', `/audit_events?resource_id=${carrier.id}`)).json().audit_events;
    expect(events.map((e: { resource_type: string; action: string }) => `${e.resource_type}:${e.action}`)).toEqual(['carrier:create', 'carrier:update']);
    expect(events[1].after.name).toBe('Acme Life & Health');
  });
});
