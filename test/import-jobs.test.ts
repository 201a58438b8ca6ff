// Imports as jobs, on a real database: the upload is stored in the database in ~1 MB chunks and queued,
// and only a worker's import step runs it; a claim whose lease expired is taken over by another worker
// (and the stale worker can no longer finish it); a job interrupted too often fails with nothing
// written; the import writes as the uploading tenant, so rows naming another organization are refused
// by row-level security; on PostgreSQL, progress is visible while the import runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { censusText } from '../src/imports/census/testing/generate-census.ts';
import { inTenant } from '../src/db/tenant.ts';
import { newId } from '../src/db/ids.ts';
import { writeChunk } from '../src/imports/census/census-store.ts';
import { claimImportJob, MAX_IMPORT_ATTEMPTS, runImportJob, runImportJobsOnce } from '../src/imports/jobs/import-jobs.ts';
import { UPLOAD_CHUNK_BYTES } from '../src/imports/jobs/upload-store.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, type Client } from './support/enrollment-fixtures.ts';
import { onPostgres } from './support/test-database.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
const year = 2026;
const plans = { medical: 'MED-PPO' };

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  const carrier = await createCarrier(api);
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrier.id, year)).id;
  const res = await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: 'MED-PPO', description: 'medical plan', product_line: 'medical' } });
  expect(res.status).toBe(201);
}, 120_000);
afterAll(() => t?.close());

const db = () => t.testDb.database.db;
const count = async (table: 'members' | 'import_upload_chunks' | 'import_uploads') => Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const jobOptions = () => ({ db: db(), databaseKind: t.testDb.database.kind, cipher: t.cipher });

async function upload(csv: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/census_imports?coverage_period_id=${periodId}`, headers: { ...employer.headers, 'content-type': 'text/csv' }, payload: csv });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().census_import.state).toBe('queued');
  return res.json().census_import.id;
}

const censusImport = async (id: string) => (await api.get(`/census_imports/${id}`)).body.census_import;
const job = (id: string) => db().selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const expireLease = (id: string) => db().updateTable('import_jobs').set({ leased_until: new Date(Date.now() - 1000) }).where('id', '=', id).execute();

describe('an uploaded census', () => {
  it('is stored in the database in chunks and queued; a worker’s import step runs it and removes the file', async () => {
    const csv = censusText({ subscribers: 7500, seed: 3, coverageStartDate: `${year}-01-01`, plans, prefix: 'CHUNK' });
    const bytes = Buffer.byteLength(csv);
    expect(bytes).toBeGreaterThan(2 * UPLOAD_CHUNK_BYTES);
    const id = await upload(csv);

    const chunks = await db().selectFrom('import_upload_chunks').select(['seq', (eb) => eb.fn('octet_length', ['data']).as('size')]).orderBy('seq').execute();
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    expect(chunks.reduce((sum, c) => sum + Number(c.size), 0)).toBe(bytes);
    expect(await job(id)).toMatchObject({ kind: 'census', state: 'queued', attempts: 0, organization_id: employer.organizationId });

    // The API did not run it: without a worker it stays queued.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await censusImport(id)).state).toBe('queued');

    expect(await runImportJobsOnce(jobOptions())).toBe(1);
    const rows = csv.trim().split('\n').length - 1;
    expect(await censusImport(id)).toMatchObject({ state: 'completed', rows_done: rows, families_created: 7500, error_count: 0 });
    expect(await job(id)).toMatchObject({ state: 'done', attempts: 1 });
    expect(await count('import_upload_chunks')).toBe(0);
    expect(await count('import_uploads')).toBe(0);
    expect(await runImportJobsOnce(jobOptions())).toBe(0);
  }, 300_000);
});

describe('a worker that stops holding its lease', () => {
  it('is taken over once the lease expires, and can no longer finish the import itself', async () => {
    const before = await count('members');
    const csv = censusText({ subscribers: 50, seed: 5, coverageStartDate: `${year}-01-01`, plans, prefix: 'LEASE', firstSsn: 300_000_000 });
    const id = await upload(csv);

    const stale = await claimImportJob(db(), 'worker-a', 60);
    expect(stale).toMatchObject({ id, attempts: 1, leased_by: 'worker-a' });
    // Held: another worker finds nothing to do.
    expect(await runImportJobsOnce({ ...jobOptions(), workerId: 'worker-b' })).toBe(0);

    await expireLease(id);
    const current = await claimImportJob(db(), 'worker-b', 60);
    expect(current).toMatchObject({ id, attempts: 2, leased_by: 'worker-b' });

    // Worker A wakes up and runs its stale claim: the import's transaction is rolled back at the end.
    expect(await runImportJob(stale!, jobOptions())).toBeUndefined();
    expect(await count('members')).toBe(before);
    expect(await job(id)).toMatchObject({ state: 'running', attempts: 2, leased_by: 'worker-b' });

    const outcome = await runImportJob(current!, jobOptions());
    expect(outcome).toMatchObject({ state: 'completed', families_created: 50 });
    const rows = csv.trim().split('\n').length - 1;
    expect(await count('members')).toBe(before + rows);
    const subscribers = await db().selectFrom('members').select('external_identifier').where('external_identifier', 'like', 'LEASE%').where('subscriber_id', 'is', null).execute();
    expect(subscribers).toHaveLength(50);
    expect(new Set(subscribers.map((s) => s.external_identifier)).size).toBe(50);
    expect(await job(id)).toMatchObject({ state: 'done', attempts: 2 });
  }, 120_000);

  it(`fails an import interrupted ${MAX_IMPORT_ATTEMPTS} times, with nothing written, instead of leaving it processing`, async () => {
    const before = await count('members');
    const id = await upload(censusText({ subscribers: 20, seed: 6, coverageStartDate: `${year}-01-01`, plans, prefix: 'DIES', firstSsn: 310_000_000 }));
    for (let attempt = 1; attempt <= MAX_IMPORT_ATTEMPTS; attempt++) {
      // Each worker claims it, marks it processing as runImportJob would, and dies.
      expect(await claimImportJob(db(), `dying-${attempt}`, 60)).toMatchObject({ id, attempts: attempt });
      await db().updateTable('census_imports').set({ state: 'processing' }).where('id', '=', id).execute();
      await expireLease(id);
    }
    expect(await runImportJobsOnce(jobOptions())).toBe(1);
    const failed = await censusImport(id);
    expect(failed.state).toBe('failed');
    expect(failed.message).toMatch(new RegExp(`interrupted ${MAX_IMPORT_ATTEMPTS} times.*wrote nothing`));
    expect(failed.finished_at).not.toBeNull();
    expect(await count('members')).toBe(before);
    expect(await job(id)).toMatchObject({ state: 'done', attempts: MAX_IMPORT_ATTEMPTS + 1 });
    expect(await count('import_uploads')).toBe(0);
  }, 120_000);
});

describe('an import’s writes', () => {
  it('are refused by row-level security when they name another organization', async () => {
    const stranger = await t.tenant();
    const strangerApi = client(t, () => stranger);
    const strangerGroup = (await createGroup(strangerApi)).id;
    const member = (organizationId: string, group: string) => ({
      id: newId(), organization_id: organizationId, group_id: group, subscriber_id: null, subscriber_relationship: 'self', external_identifier: `RLS-${newId()}`,
      first_name: 'Ada', last_name: 'Lovelace', emails: [], phone_numbers: [],
    });
    const writes = (organizationId: string, group: string) => ({ inserts: [member(organizationId, group)] as never[], updates: [], coverage: [], changedFamilies: [] });

    // The import's bulk writer, in a transaction of the employer's tenant, with the stranger's rows.
    await expect(inTenant(db(), employer.organizationId, (trx) => writeChunk(trx, { organizationId: stranger.organizationId, groupId: strangerGroup, coveragePeriodId: periodId }, writes(stranger.organizationId, strangerGroup)))).rejects.toThrow(/row-level security/);
    // The same rows of its own organization go in: the refusal is the policy's, not the rows'.
    const before = await count('members');
    await inTenant(db(), employer.organizationId, async (trx) => {
      await writeChunk(trx, { organizationId: employer.organizationId, groupId, coveragePeriodId: periodId }, writes(employer.organizationId, groupId));
      throw new Error('roll back');
    }).catch((error) => expect((error as Error).message).toBe('roll back'));
    expect(await count('members')).toBe(before);
    expect(await db().selectFrom('members').select('id').where('group_id', '=', strangerGroup).execute()).toEqual([]);
  }, 60_000);

  it('run as the uploading tenant: a job queued for an organization that does not reach the group writes nothing', async () => {
    const before = await count('members');
    const id = await upload(censusText({ subscribers: 10, seed: 8, coverageStartDate: `${year}-01-01`, plans, prefix: 'FORGED', firstSsn: 320_000_000 }));
    const stranger = await t.tenant();
    // As if the job had been queued by another organization (its upload moved with it).
    const { upload_id } = await job(id);
    await db().updateTable('import_uploads').set({ organization_id: stranger.organizationId }).where('id', '=', upload_id!).execute();
    await db().updateTable('import_upload_chunks').set({ organization_id: stranger.organizationId }).where('upload_id', '=', upload_id!).execute();
    await db().updateTable('import_jobs').set({ organization_id: stranger.organizationId }).where('id', '=', id).execute();
    for (let i = 0; i <= MAX_IMPORT_ATTEMPTS; i++) {
      await runImportJobsOnce(jobOptions());
      await expireLease(id);
    }
    expect(await job(id)).toMatchObject({ state: 'done' });
    expect((await job(id)).last_error).toMatch(/interrupted|not reachable/);
    expect(await count('members')).toBe(before);
    expect((await censusImport(id)).state).toBe('queued'); // the stranger could not even mark it
  }, 120_000);
});

describe.runIf(onPostgres)('progress on PostgreSQL', () => {
  it('is visible through GET while the import runs', async () => {
    const csv = censusText({ subscribers: 5000, seed: 9, coverageStartDate: `${year}-01-01`, plans, prefix: 'PROGRESS', firstSsn: 330_000_000 });
    const rows = csv.trim().split('\n').length - 1;
    const id = await upload(csv);
    const running = runImportJobsOnce(jobOptions());
    const seen: Array<{ state: string; rows_done: number }> = [];
    for (;;) {
      const state = await censusImport(id);
      seen.push({ state: state.state, rows_done: state.rows_done });
      if (!['queued', 'processing'].includes(state.state)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await running).toBe(1);
    const midway = seen.filter((s) => s.state === 'processing' && s.rows_done > 0 && s.rows_done < rows);
    expect(midway.length, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.at(-1)).toEqual({ state: 'completed', rows_done: rows });
  }, 300_000);
});
