// A `directory` carrier's folders stay under the carrier files root: an API key with `write` must not
// be able to point our 834s (plaintext, with SSNs) or our reads anywhere else on the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';

let t: TestApp;
let acme: Tenant;
let other: Tenant;
let outside: string;

beforeAll(async () => {
  t = await startTestApp();
  acme = await t.tenant({ name: 'Acme Employer' });
  other = await t.tenant({ name: 'Other Employer' });
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-outside-'));
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(outside, { recursive: true, force: true });
});

const interchange = { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: '30', receiver_id: '987654321' };
const directory = (outbound_path: string, inbound_path: string) => ({ type: 'directory', outbound_path, inbound_path });
const create = (tenant: Tenant, connection: unknown) =>
  t.app.inject({ method: 'POST', url: '/carriers', headers: tenant.headers, payload: { carrier: { name: 'Folder Life', payer_identifier: '987654321', interchange, connection } } });
const carrierCount = async () => Number((await t.testDb.database.db.selectFrom('carriers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('directory carriers', () => {
  it('takes folders relative to the root, or absolute inside it, and answers them relative', async () => {
    const relative = await create(acme, directory('acme/out', 'acme/in'));
    expect(relative.statusCode, relative.body).toBe(201);
    expect(relative.json().carrier.connection).toEqual(directory('acme/out', 'acme/in'));

    const absolute = await create(acme, directory(path.join(t.carrierFilesDir, 'beta', 'out'), `${t.carrierFilesDir}/beta/./in/`));
    expect(absolute.statusCode, absolute.body).toBe(201);
    expect(absolute.json().carrier.connection).toEqual(directory('beta/out', 'beta/in'));
  });

  it.each([
    ['an absolute path outside the root', () => outside, 'outbound_path'],
    ['the root itself', () => t.carrierFilesDir, 'outbound_path'],
    ['a path with ..', () => 'gamma/../../escape', 'outbound_path'],
    ['a path with .. that stays inside', () => 'gamma/../gamma-out', 'outbound_path'],
  ])('refuses %s with 422 naming the parameter, and stores nothing', async (_label, folder, field) => {
    const before = await carrierCount();
    const res = await create(acme, directory(folder(), 'gamma/in'));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([{ error_type: 'unprocessable.folder_not_allowed', message: expect.any(String), parameter: `carrier.connection.${field}` }]);
    expect(await carrierCount()).toBe(before);
  });

  it('refuses a folder reached through a symbolic link that leaves the root', async () => {
    fs.symlinkSync(outside, path.join(t.carrierFilesDir, 'escape-link'));
    const before = await carrierCount();
    for (const folder of ['escape-link', 'escape-link/deeper/not-yet-made']) {
      const res = await create(acme, directory('delta/out', folder));
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors).toEqual([{ error_type: 'unprocessable.folder_not_allowed', message: expect.stringContaining('symbolic link'), parameter: 'carrier.connection.inbound_path' }]);
    }
    expect(await carrierCount()).toBe(before);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it("refuses another carrier's folder, in this organization or another, and folders in or around it", async () => {
    const first = await create(acme, directory('shared/out', 'shared/in'));
    expect(first.statusCode, first.body).toBe(201);
    fs.mkdirSync(path.join(t.carrierFilesDir, 'shared', 'out'), { recursive: true });
    fs.symlinkSync(path.join(t.carrierFilesDir, 'shared', 'out'), path.join(t.carrierFilesDir, 'alias-of-shared-out'));
    const before = await carrierCount();
    const attempts: [Tenant, unknown, string][] = [
      [other, directory('shared/out', 'other/in'), 'outbound_path'],
      [acme, directory('mine/out', 'shared/out'), 'inbound_path'],
      [other, directory('other/out', 'shared/in/processed'), 'inbound_path'],
      [other, directory('shared', 'other/in'), 'outbound_path'],
      [other, directory('alias-of-shared-out', 'other/in'), 'outbound_path'],
    ];
    for (const [tenant, connection, field] of attempts) {
      const res = await create(tenant, connection);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors).toEqual([{ error_type: 'unprocessable.folder_in_use', message: expect.any(String), parameter: `carrier.connection.${field}` }]);
    }
    expect(await carrierCount()).toBe(before);
    // The other organization's own folders are fine.
    expect((await create(other, directory('other/out', 'other/in'))).statusCode).toBe(201);
  });

  it('refuses one folder for both directions', async () => {
    const res = await create(acme, directory('same', './same'));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ parameter: 'carrier.connection.inbound_path' });
  });

  it('checks an update too, and lets a carrier keep its own folders', async () => {
    const created = await create(acme, directory('epsilon/out', 'epsilon/in'));
    expect(created.statusCode).toBe(201);
    const id = created.json().carrier.id;
    const put = (connection: unknown) => t.app.inject({ method: 'PUT', url: `/carriers/${id}`, headers: acme.headers, payload: { carrier: { connection } } });
    expect((await put(directory('epsilon/out', 'epsilon/answers'))).statusCode).toBe(200);
    const moved = await put(directory(outside, 'epsilon/in'));
    expect(moved.statusCode).toBe(422);
    expect(moved.json().errors[0]).toMatchObject({ error_type: 'unprocessable.folder_not_allowed', parameter: 'carrier.connection.outbound_path' });
    const read = await t.app.inject({ method: 'GET', url: `/carriers/${id}`, headers: acme.headers });
    expect(read.json().carrier.connection).toEqual(directory('epsilon/out', 'epsilon/answers'));
  });

  it('has its root inside the data folder by default, and never a root that holds the data folder', () => {
    expect(readConfig({ ENROLL_DATA_DIR: '/srv/enroll' }).carrierFilesDir).toBe(path.resolve('/srv/enroll/carrier-files'));
    expect(readConfig({ ENROLL_DATA_DIR: '/srv/enroll', ENROLL_CARRIER_FILES_DIR: '/srv/edi' }).carrierFilesDir).toBe(path.resolve('/srv/edi'));
    expect(() => readConfig({ ENROLL_DATA_DIR: '/srv/enroll', ENROLL_CARRIER_FILES_DIR: '/srv' })).toThrow(/must not hold the data folder/);
    expect(() => readConfig({ ENROLL_DATA_DIR: '/srv/enroll', ENROLL_CARRIER_FILES_DIR: '/srv/enroll' })).toThrow(/must not hold the data folder/);
  });
});
