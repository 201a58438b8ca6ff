// Imports as jobs. The API stores the file (upload-store.ts) and queues a job in the transaction that
// creates the import's row; any worker process claims a due job with FOR UPDATE SKIP LOCKED and a
// lease, renews the lease while the import runs (PostgreSQL), and finishes the job in the import's own
// transaction — fenced by the claim's number, so a worker whose lease was taken over rolls back. A
// worker killed mid-import leaves its lease to expire; the import's one transaction died with it, so
// the next claim starts again from the beginning, up to MAX_IMPORT_ATTEMPTS, then fails the import
// with nothing written. Never left `processing`.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Selectable } from 'kysely';
import { sql, type Db, type Trx } from '../../db/database.ts';
import { inTenant } from '../../db/tenant.ts';
import type { ImportJobKind, ImportJobsTable } from '../../db/tables.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { recordCensusImportCompleted } from '../../webhooks/emit-event.ts';
import { ImportAbandoned, type ImportOutcome, type RunOptions } from '../run-import.ts';
import { runCensusImport } from '../census/run-census-import.ts';
import { runX12Import } from '../x12/run-x12-import.ts';
import { readUpload } from './upload-store.ts';
import { runRenewal } from '../../enrollment/renewals/run-renewal.ts';

/** Seconds a claim holds a job without a renewal before another worker may take it over. */
export const DEFAULT_IMPORT_LEASE_SECONDS = 60;
/** Claims of one job, the crashed ones included, before it is failed instead of run again. */
export const MAX_IMPORT_ATTEMPTS = 3;
/** An upload no job was queued for (its request failed half-way, the process died) is kept this long. */
const ORPHAN_UPLOAD_HOURS = 24;

export type ImportJob = Selectable<ImportJobsTable>;

export interface NewImportJob {
  /** The import's id (census_imports.id or x12_imports.id). */
  id: string;
  kind: ImportJobKind;
  /** The organization that uploaded the file: the import runs as this tenant. */
  organizationId: string;
  /** The stored file; none for a renewal, which reads the database. */
  uploadId: string | null;
}

/** Queues the import; call in the transaction that creates the import's row. */
export async function queueImportJob(trx: Trx, job: NewImportJob): Promise<void> {
  await trx.insertInto('import_jobs').values({ id: job.id, kind: job.kind, organization_id: job.organizationId, upload_id: job.uploadId, leased_by: null, leased_until: null, last_error: null, finished_at: null }).execute();
}

export interface ImportJobOptions {
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  cipher: PersonalDataCipher;
  logger?: Logger;
  /** See DEFAULT_IMPORT_LEASE_SECONDS. */
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Who holds a claim, for the operator; unique per process by default. */
  workerId?: string;
  /** Claim this job only (the CLI runs its own import). */
  only?: string;
  onProgress?: RunOptions['onProgress'];
}

const defaultWorkerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/** Takes the oldest due job: never claimed, or its lease expired (its worker died or stalled). */
export async function claimImportJob(db: Db, workerId: string, leaseSeconds: number, only?: string): Promise<ImportJob | undefined> {
  const claimed = await sql<ImportJob>`
    UPDATE import_jobs SET state = 'running', attempts = attempts + 1, leased_by = ${workerId},
      leased_until = now() + ${leaseSeconds} * interval '1 second'
    WHERE id = (
      SELECT id FROM import_jobs
      WHERE state <> 'done' AND (leased_until IS NULL OR leased_until < now()) AND (${only ?? null}::uuid IS NULL OR id = ${only ?? null}::uuid)
      ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  return claimed.rows[0];
}

/**
 * The job's end, in the transaction that records the import's outcome: only the latest claim may end
 * it (else ImportAbandoned rolls the import back), and the stored file goes with it.
 */
async function endJob(trx: Trx, job: ImportJob, lastError: string | null): Promise<void> {
  const ended = await trx
    .updateTable('import_jobs')
    .set({ state: 'done', leased_until: null, finished_at: new Date(), last_error: lastError })
    .where('id', '=', job.id)
    .where('attempts', '=', job.attempts)
    .where('state', '=', 'running')
    .executeTakeFirst();
  if (!Number(ended.numUpdatedRows)) throw new ImportAbandoned(`import job ${job.id}: attempt ${job.attempts} was taken over by another worker`);
  if (job.upload_id) await trx.deleteFrom('import_uploads').where('id', '=', job.upload_id).execute();
}

/** Renews the lease while the import runs. PGlite has one connection, held by the import itself. */
function keepLease(job: ImportJob, options: ImportJobOptions, leaseSeconds: number): () => void {
  if (options.databaseKind !== 'postgres') return () => {};
  const timer = setInterval(() => {
    void inTenant(options.db, job.organization_id, (trx) =>
      trx
        .updateTable('import_jobs')
        .set({ leased_until: sql<Date>`now() + ${leaseSeconds} * interval '1 second'` })
        .where('id', '=', job.id)
        .where('attempts', '=', job.attempts)
        .where('state', '=', 'running')
        .execute(),
    ).catch((error) => options.logger?.warn({ err: error, import_id: job.id }, 'could not renew the import’s lease'));
  }, Math.max(200, (leaseSeconds * 1000) / 3));
  timer.unref();
  return () => clearInterval(timer);
}

/** A job claimed too often: its worker kept dying (or it kept failing). The import fails with nothing written. */
async function giveUp(job: ImportJob, options: ImportJobOptions, maxAttempts: number): Promise<void> {
  const message =
    job.kind === 'renewal'
      ? // A renewal's chunks commit as they go: what they renewed stays, the rest is not renewed.
        `The renewal stopped after ${maxAttempts} attempts${job.last_error ? ` (the last time: ${job.last_error})` : ' (the worker running it stopped)'}; the families counted as renewed are renewed, the others are not`
      : job.last_error
        ? `The import failed ${maxAttempts} times and wrote nothing (the last time: ${job.last_error}); upload the file again`
        : `The import was interrupted ${maxAttempts} times before it could finish (the worker running it stopped) and wrote nothing; upload the file again`;
  await inTenant(options.db, job.organization_id, async (trx) => {
    const table = job.kind === 'census' ? 'census_imports' : job.kind === 'renewal' ? 'renewals' : 'x12_imports';
    const before = await trx.selectFrom(table).select(['state', 'organization_id', 'group_id']).where('id', '=', job.id).executeTakeFirst();
    await trx.updateTable(table).set({ state: 'failed', message, finished_at: new Date() }).where('id', '=', job.id).where('state', 'in', ['queued', 'processing']).execute();
    if (job.kind === 'census' && before && (before.state === 'queued' || before.state === 'processing')) {
      await recordCensusImportCompleted(trx, { organizationId: before.organization_id, groupId: before.group_id, importId: job.id, status: 'failed', previousStatus: before.state });
    }
    await endJob(trx, job, message);
  });
  options.logger?.warn({ import_id: job.id, kind: job.kind, attempts: job.attempts }, 'import failed: interrupted too many times');
}

/** Runs one claimed job to its end. */
export async function runImportJob(job: ImportJob, options: ImportJobOptions): Promise<ImportOutcome | undefined> {
  const leaseSeconds = options.leaseSeconds ?? DEFAULT_IMPORT_LEASE_SECONDS;
  const maxAttempts = options.maxAttempts ?? MAX_IMPORT_ATTEMPTS;
  if (job.attempts > maxAttempts) {
    await giveUp(job, options, maxAttempts);
    return undefined;
  }
  const stop = keepLease(job, options, leaseSeconds);
  options.logger?.info({ import_id: job.id, kind: job.kind, attempt: job.attempts }, 'import started');
  try {
    const uploadId = job.upload_id;
    const file = (db: Db) => {
      if (!uploadId) throw new Error(`Import ${job.id} has no stored file`);
      return readUpload(db, uploadId);
    };
    const run: RunOptions = {
      db: options.db,
      databaseKind: options.databaseKind,
      cipher: options.cipher,
      tenantId: job.organization_id,
      ...(options.logger ? { logger: options.logger } : {}),
      onProgress: (progress) => {
        options.logger?.debug({ import_id: job.id, rows_done: progress.rowsDone }, 'import progress');
        options.onProgress?.(progress);
      },
      settle: (trx) => endJob(trx, job, null),
    };
    if (job.kind === 'renewal') {
      // Chunks commit as they go; a renewal taken over or retried resumes after its last committed chunk.
      await runRenewal(job.id, { db: options.db, tenantId: job.organization_id, settle: (trx) => endJob(trx, job, null) });
      options.logger?.info({ import_id: job.id, kind: job.kind, attempt: job.attempts }, 'renewal finished');
      return undefined;
    }
    const outcome = job.kind === 'census' ? await runCensusImport(job.id, file, run) : await runX12Import(job.id, file, run);
    options.logger?.info({ import_id: job.id, kind: job.kind, state: outcome.state, attempt: job.attempts }, 'import finished');
    return outcome;
  } catch (error) {
    if (error instanceof ImportAbandoned) {
      options.logger?.warn({ import_id: job.id, attempt: job.attempts }, 'import taken over by another worker; rolled back');
      return undefined;
    }
    // Not recorded (the database went away, say): let the claim lapse soon and try again.
    options.logger?.error({ err: error, import_id: job.id, attempt: job.attempts }, 'import did not finish; it will be tried again');
    await inTenant(options.db, job.organization_id, (trx) =>
      trx
        .updateTable('import_jobs')
        .set({ leased_until: sql<Date>`now() + ${5 * job.attempts} * interval '1 second'`, last_error: (error as Error).message.slice(0, 500) })
        .where('id', '=', job.id)
        .where('attempts', '=', job.attempts)
        .where('state', '=', 'running')
        .execute(),
    ).catch(() => {});
    return undefined;
  } finally {
    stop();
  }
}

/** Deletes uploads no job was ever queued for, after a day. */
async function sweepOrphanUploads(db: Db): Promise<void> {
  await sql`
    DELETE FROM import_uploads u
    WHERE u.created_at < now() - ${ORPHAN_UPLOAD_HOURS} * interval '1 hour'
      AND NOT EXISTS (SELECT 1 FROM import_jobs j WHERE j.upload_id = u.id)`.execute(db);
}

/**
 * The worker's import step: claims at most one due job and runs it. Returns how many it ran (0 or 1).
 * Never throws: a failure is logged and the job is tried again after its lease.
 */
export async function runImportJobsOnce(options: ImportJobOptions): Promise<number> {
  const leaseSeconds = options.leaseSeconds ?? DEFAULT_IMPORT_LEASE_SECONDS;
  try {
    if (!options.only) await sweepOrphanUploads(options.db);
    const job = await claimImportJob(options.db, options.workerId ?? defaultWorkerId, leaseSeconds, options.only);
    if (!job) return 0;
    await runImportJob(job, options);
    return 1;
  } catch (error) {
    options.logger?.error({ err: error }, 'import step failed');
    return 0;
  }
}
