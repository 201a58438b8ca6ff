// kill -9 the transmission worker in the middle of its work, start it again, and every change is
// delivered exactly once: each family in one file, each file sent once, nothing lost.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { createCipher } from '../src/security/personal-data-cipher.ts';
import { createApiKey, createOrganization } from '../src/organizations/store.ts';
import { runEnroll } from './support/server-process.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './support/test-database.ts';
import { SUBSCRIBER } from './support/enrollment-fixtures.ts';

const FAMILIES = 6;
let dir: string;
/** The carrier files root (ENROLL_CARRIER_FILES_DIR) the directory carrier's folders are in. */
let carrierFiles: string;
let env: Record<string, string>;
let testDb: TestDatabase | undefined;
const subscribers: string[] = [];

async function database(): Promise<Database> {
  if (testDb) return testDb.database;
  const opened = await openDatabase({ dataDir: env.ENROLL_DATA_DIR! });
  await migrate(opened);
  return opened;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-crash-'));
  carrierFiles = path.join(dir, 'carrier-files');
  fs.mkdirSync(path.join(carrierFiles, 'out'), { recursive: true });
  fs.mkdirSync(path.join(carrierFiles, 'in'));
  const key = randomBytes(32).toString('hex');
  if (onPostgres) {
    testDb = await createTestDatabase();
    env = { DATABASE_URL: testDb.url!, ENROLL_ENCRYPTION_KEY: key, ENROLL_SEND_LEASE_SECONDS: '2', ENROLL_CARRIER_FILES_DIR: carrierFiles };
  } else {
    env = { DATABASE_URL: '', ENROLL_DATA_DIR: path.join(dir, 'data'), ENROLL_ENCRYPTION_KEY: key, ENROLL_SEND_LEASE_SECONDS: '2', ENROLL_CARRIER_FILES_DIR: carrierFiles };
  }
  const db = await database();
  const app = await buildApp({ db: db.db, databaseKind: db.kind, cipher: createCipher(Buffer.from(key, 'hex')), config: { bodyLimit: 1 << 20, uploadDir: dir, carrierFilesDir: carrierFiles } });
  const org = await createOrganization(db.db, 'Crash Employer', 'employer');
  const { key: apiKey } = await createApiKey(db.db, org.id, 'crash', ['read', 'write', 'pii']);
  const post = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${apiKey}` }, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const carrier = (await post('/carriers', { carrier: { name: 'Folder Health', payer_identifier: '123456789', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'FOLDER' }, connection: { type: 'directory', outbound_path: 'out', inbound_path: 'in' } } })).carrier;
  // One group (so one file) per family: the worker has several files to build and send.
  for (let i = 0; i < FAMILIES; i++) {
    const group = (await post('/groups', { group: { external_identifier: `G${i}`, name: `Group ${i}`, employer: { organization_name: `Group ${i}`, fein: '123456789' }, primary_location: { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' } } })).group;
    const period = (await post(`/groups/${group.id}/coverage_periods`, { coverage_period: { carrier_id: carrier.id, carrier_group_number: `G-${i}`, coverage_start_date: '2026-01-01', coverage_end_date: '2026-12-31' } })).coverage_period;
    const plan = (await post(`/coverage_periods/${period.id}/plans`, { plan: { external_identifier: 'MED', description: 'Medical', product_line: 'medical', plan_identifier: 'MED' } })).plan;
    const subscriber = (await post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, dependents: [] } })).subscriber;
    await post(`/subscribers/${subscriber.id}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: '2026-01-01', coverage_period_id: period.id, plan_elections: { medical: { plan_id: plan.id, type: 'election', coverages: [{ member_id: subscriber.id, status: 'employer_sponsored', start_date: '2026-01-01' }] } } } });
    subscribers.push(subscriber.id);
  }
  await app.close();
  if (!onPostgres) await db.close();
}, 120_000);
afterAll(async () => {
  await testDb?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sentFiles = () => fs.readdirSync(path.join(carrierFiles, 'out')).filter((name) => name.endsWith('.834'));

it('delivers every change exactly once after a kill -9 in the middle of the work', async () => {
  const first = runEnroll(['worker'], env);
  const deadline = Date.now() + 60_000;
  while (sentFiles().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  first.child.kill('SIGKILL');
  await first.exited;
  const atKill = sentFiles().length;
  expect(atKill).toBeGreaterThan(0);

  const second = runEnroll(['worker'], env);
  while (sentFiles().length < FAMILIES && Date.now() < deadline + 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
  // A file the killed worker had sent but not recorded is leased to it for ENROLL_SEND_LEASE_SECONDS:
  // after that the new worker sends it again (the same name and content: a no-op on the carrier's
  // side) and records it. Wait out the lease and a few passes.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  second.child.kill('SIGTERM');
  expect(await second.exited, second.output()).toBe(0);

  const files = sentFiles();
  expect(files).toHaveLength(FAMILIES);
  // Our id for each subscriber is their REF*23 (REF*0F is the id the carrier knows: the external_identifier).
  const carried = files.flatMap((name) => [...fs.readFileSync(path.join(carrierFiles, 'out', name), 'utf8').matchAll(/^INS\*Y\*[^\n]*\n(?:(?!INS\*)[^\n]*\n)*?REF\*23\*([0-9a-f-]{36})~/gm)].map((m) => m[1]));
  expect(carried.sort()).toEqual([...subscribers].sort());

  const db = await database();
  try {
    const deliveries = await db.db.selectFrom('file_deliveries').select(['status', 'file_name']).execute();
    expect(deliveries).toHaveLength(FAMILIES);
    expect(deliveries.every((d) => d.status === 'sent')).toBe(true);
    expect(deliveries.map((d) => d.file_name).sort()).toEqual([...files].sort());
    const unsent = await db.db.selectFrom('carrier_outbox').select('id').where('delivery_id', 'is', null).execute();
    expect(unsent).toEqual([]);
  } finally {
    if (!onPostgres) await db.close();
  }
}, 180_000);
