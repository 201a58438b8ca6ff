// kill -9 the real `enroll worker` in the middle of a census import, start it again, and the import
// ends `completed` with every family written exactly once — never stuck `processing`. The API only
// queued the import; the killed worker's one transaction died with it, so at the kill nothing of the
// file is stored, and the restarted worker takes the job over once its lease expires.
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
import { censusText } from '../src/imports/census/testing/generate-census.ts';
import { runEnroll } from './support/server-process.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './support/test-database.ts';

// Large enough that the import runs for seconds, so the kill lands in the middle of it. The families
// get no coverage (the file has no plan columns): nothing goes to a carrier, so the restarted worker's
// pass ends with the import instead of building an 834 of every family.
const SUBSCRIBERS = 15_000;
let dir: string;
let env: Record<string, string>;
let testDb: TestDatabase | undefined;
let importId: string;
let groupId: string;
let rows: number;

async function database(): Promise<Database> {
  if (testDb) return testDb.database;
  const opened = await openDatabase({ dataDir: env.ENROLL_DATA_DIR! });
  await migrate(opened);
  return opened;
}

/** Runs `work` on the database; on PGlite the folder is opened for it and closed after (one process at a time). */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await database();
  try {
    return await work(db);
  } finally {
    if (!onPostgres) await db.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-import-crash-'));
  const key = randomBytes(32).toString('hex');
  const common = { ENROLL_ENCRYPTION_KEY: key, ENROLL_IMPORT_LEASE_SECONDS: '2', LOG_LEVEL: 'debug' };
  if (onPostgres) {
    testDb = await createTestDatabase();
    env = { ...common, DATABASE_URL: testDb.url! };
  } else {
    env = { ...common, DATABASE_URL: '', ENROLL_DATA_DIR: path.join(dir, 'data') };
  }
  await withDatabase(async (db) => {
    const app = await buildApp({ db: db.db, databaseKind: db.kind, cipher: createCipher(Buffer.from(key, 'hex')), config: { bodyLimit: 1 << 20, uploadDir: dir } });
    const org = await createOrganization(db.db, 'Import Crash Employer', 'employer');
    const { key: apiKey } = await createApiKey(db.db, org.id, 'crash', ['read', 'write', 'pii']);
    const headers = { authorization: `Bearer ${apiKey}` };
    const post = async (url: string, payload: object) => {
      const res = await app.inject({ method: 'POST', url, headers, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const carrier = (await post('/carriers', { carrier: { name: 'Acme Health', payer_identifier: '123456789', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'ACME' }, connection: { type: 'sandbox' } } })).carrier;
    groupId = (await post('/groups', { group: { external_identifier: 'CRASH', name: 'Crash Corp', employer: { organization_name: 'Crash Corp', fein: '123456789' }, primary_location: { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' } } })).group.id;
    const period = (await post(`/groups/${groupId}/coverage_periods`, { coverage_period: { carrier_id: carrier.id, carrier_group_number: 'CR-1', coverage_start_date: '2026-01-01', coverage_end_date: '2026-12-31' } })).coverage_period;
    await post(`/coverage_periods/${period.id}/plans`, { plan: { external_identifier: 'MED-PPO', description: 'Medical', product_line: 'medical' } });
    const csv = censusText({ subscribers: SUBSCRIBERS, seed: 42, coverageStartDate: '2026-01-01', plans: {} });
    rows = csv.trim().split('\n').length - 1;
    const res = await app.inject({ method: 'POST', url: `/groups/${groupId}/census_imports?coverage_period_id=${period.id}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode, res.body).toBe(202);
    importId = res.json().census_import.id;
    await app.close();
  });
}, 300_000);
afterAll(async () => {
  await testDb?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const importState = (db: Database) => db.db.selectFrom('census_imports').selectAll().where('id', '=', importId).executeTakeFirstOrThrow();
const membersOf = (db: Database) => db.db.selectFrom('members').select(['external_identifier', 'subscriber_id']).where('group_id', '=', groupId).execute();

it('completes a census import exactly once after its worker is killed with kill -9 in the middle of it', async () => {
  const first = runEnroll(['worker'], env);
  const deadline = Date.now() + 60_000;
  if (onPostgres) {
    // Progress is written through another connection: the import is under way once rows are done.
    while (Date.now() < deadline && (await importState(testDb!.database)).rows_done === 0) await sleep(20);
  } else {
    // PGlite runs the whole import without yielding to I/O, so its progress lines are not seen while it
    // runs: give it a few seconds from its start (the state checked below says it was under way).
    while (Date.now() < deadline && !first.output().includes('"import started"')) await sleep(20);
    await sleep(5000);
  }
  first.child.kill('SIGKILL');
  await first.exited;
  expect(first.output()).toContain('"import started"');
  expect(first.output()).not.toContain('"import finished"');

  // At the kill: the import is processing and its transaction is gone — nothing of it was written.
  await withDatabase(async (db) => {
    const state = await importState(db);
    expect(state.state, 'the import finished before the kill; make the file larger').toBe('processing');
    expect(await membersOf(db)).toEqual([]);
    expect(await db.db.selectFrom('import_jobs').select(['state', 'attempts']).where('id', '=', importId).executeTakeFirstOrThrow()).toEqual({ state: 'running', attempts: 1 });
  });

  const second = runEnroll(['worker'], env);
  if (onPostgres) {
    while (Date.now() < deadline + 180_000 && ['queued', 'processing'].includes((await importState(testDb!.database)).state)) await sleep(100);
  } else {
    while (Date.now() < deadline + 180_000 && !second.output().includes('"import finished"')) await sleep(100);
  }
  second.child.kill('SIGTERM');
  expect(await second.exited, second.output()).toBe(0);

  await withDatabase(async (db) => {
    const state = await importState(db);
    expect(state).toMatchObject({ state: 'completed', rows_total: rows, rows_done: rows, families_created: SUBSCRIBERS, error_count: 0 });
    const members = await membersOf(db);
    expect(members).toHaveLength(rows);
    const subscribers = members.filter((m) => m.subscriber_id === null).map((m) => m.external_identifier);
    expect(new Set(subscribers).size).toBe(SUBSCRIBERS);
    expect(subscribers).toHaveLength(SUBSCRIBERS);
    const statuses = await db.db.selectFrom('subscriber_statuses').select(['subscriber_id', 'status']).where('group_id', '=', groupId).execute();
    expect(statuses).toHaveLength(SUBSCRIBERS);
    expect(statuses.every((s) => s.status === 'pending')).toBe(true);
    expect(await db.db.selectFrom('import_jobs').select(['state', 'attempts']).where('id', '=', importId).executeTakeFirstOrThrow()).toEqual({ state: 'done', attempts: 2 });
    expect(await db.db.selectFrom('import_upload_chunks').select('seq').execute()).toEqual([]);
  });
}, 600_000);
