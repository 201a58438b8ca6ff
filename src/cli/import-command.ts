// `enroll import census FILE --group ID --coverage-period ID [--dry-run] [--complete]`: on the database
// directly, or through a running server with --url. Exit 0 when the file was applied (or validated on
// a dry run), 1 when it was refused (every bad row is printed), 2 on a usage error. On the database
// directly the file is stored and queued like an upload and this process runs the job itself (the same
// code as a worker's; should a worker claim it first, this waits for it to end).
import fs from 'node:fs';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { inTenant } from '../db/tenant.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';
import type { CensusOutcome } from '../imports/census/run-census-import.ts';
import { createProgress } from './progress.ts';
import { stream834 } from '../carriers/x12/read-834.ts';
import { readFileFacts } from '../imports/x12/x12-file-facts.ts';
import { createX12Import } from '../imports/x12/create-x12-import.ts';
import { queueImportJob, runImportJobsOnce } from '../imports/jobs/import-jobs.ts';
import { deleteUpload, storeUpload } from '../imports/jobs/upload-store.ts';
import { importJobState, importProgress, loadCensusImport, loadX12Import } from '../imports/jobs/cli-store.ts';
import { insertQueuedCensusImport } from '../imports/census/census-import-store.ts';
import { findCoveragePeriodForOperator } from '../enrollment/coverage-periods/store.ts';
import { findGroupForOperator } from '../enrollment/groups/store.ts';
import { ApiError } from '../http/errors.ts';
import { parseOptions, requireUuid, UsageError } from './main.ts';
import { remoteApi } from './remote-api.ts';

export interface DirectAccess {
  open(): Promise<{ database: Database; cipher: PersonalDataCipher }>;
  logger: Logger;
}

const OPTIONS = {
  group: { type: 'string' },
  'coverage-period': { type: 'string' },
  'dry-run': { type: 'boolean' },
  complete: { type: 'boolean' },
  'termination-date': { type: 'string' },
  url: { type: 'string' },
} as const;

type Summary = Pick<CensusOutcome, 'state' | 'families_created' | 'families_changed' | 'families_unchanged' | 'families_terminated' | 'error_count' | 'errors' | 'message'> & { rows_total: number | null };

function printOutcome(outcome: Summary, out: (line: string) => void, err: (line: string) => void): number {
  out(`${outcome.state}: ${outcome.rows_total ?? 0} rows; families created ${outcome.families_created}, changed ${outcome.families_changed}, unchanged ${outcome.families_unchanged}, terminated ${outcome.families_terminated}`);
  if (outcome.message) out(outcome.message);
  for (const error of outcome.errors.slice(0, 50)) err(`row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.error_type}: ${error.message}`);
  if (outcome.error_count > 50) err(`... and ${outcome.error_count - 50} more`);
  return outcome.state === 'failed' ? 1 : 0;
}

/** Runs the queued import `id` here until it ends (or waits while another worker runs it). */
async function runOwnImport(database: Database, cipher: PersonalDataCipher, logger: Logger, id: string, table: 'census_imports' | 'x12_imports', progress: ReturnType<typeof createProgress>): Promise<void> {
  const onProgress = (p: { rowsDone: number; rowsTotal: number | null }) => progress.update(p.rowsDone, p.rowsTotal);
  for (;;) {
    const ran = await runImportJobsOnce({ db: database.db, databaseKind: database.kind, cipher, logger, only: id, onProgress });
    if ((await importJobState(database.db, id)) === 'done') return;
    if (!ran) {
      const row = await importProgress(database.db, id, table);
      progress.update(row.done, row.total);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function runImportCommand(args: string[], access: DirectAccess, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [kind, file, ...rest] = args;
  if (kind === '834') return runImport834(file, rest, access, out, err);
  if (kind !== 'census') throw new UsageError('import takes census or 834');
  if (!file || !fs.existsSync(file)) throw new UsageError(`import census needs a readable FILE${file ? `; ${file} does not exist` : ''}`);
  const { values } = parseOptions(rest, OPTIONS);
  const group = values.group;
  const period = values['coverage-period'];
  if (!group || !period) throw new UsageError('import census needs --group ID and --coverage-period ID');
  requireUuid(group, '--group');
  requireUuid(period, '--coverage-period');
  const progress = createProgress('census');

  if (values.url) {
    const api = remoteApi(values.url);
    const query = new URLSearchParams({ coverage_period_id: period, ...(values['dry-run'] ? { dry_run: 'true' } : {}), ...(values.complete ? { complete: 'true' } : {}), ...(values['termination-date'] ? { termination_date: values['termination-date'] } : {}) });
    let job = (await api.upload(`/groups/${group}/census_imports?${query}`, file, 'text/csv')).census_import;
    while (job.state === 'queued' || job.state === 'processing') {
      progress.update(job.rows_done, job.rows_total);
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await api.get(`/census_imports/${job.id}`)).census_import;
    }
    progress.finish();
    return printOutcome(job, out, err);
  }

  const { database, cipher } = await access.open();
  try {
    const target = await findCoveragePeriodForOperator(database.db, period);
    if (!target || target.group_id !== group) throw new UsageError(`No coverage period ${period} in group ${group}`);
    const id = newId();
    const tenant = target.organization_id;
    const upload = await storeUpload(database.db, tenant, id, fs.createReadStream(file));
    await inTenant(database.db, tenant, async (trx) => {
      await insertQueuedCensusImport(trx, { id, organizationId: tenant, groupId: group, coveragePeriodId: period, apiKeyId: null, dryRun: Boolean(values['dry-run']), complete: Boolean(values.complete), terminationDate: values['termination-date'] ?? null, fileBytes: upload.bytes });
      await queueImportJob(trx, { id, kind: 'census', organizationId: tenant, uploadId: upload.id });
    });
    await runOwnImport(database, cipher, access.logger, id, 'census_imports', progress);
    const outcome = await loadCensusImport(database.db, id);
    progress.finish();
    out(`census import ${id}`);
    return printOutcome({ ...outcome, errors: outcome.errors as Summary['errors'] } as Summary, out, err);
  } finally {
    await database.close();
  }
}

/**
 * `enroll import 834 FILE [--group ID] [--coverage-period ID] [--dry-run] [--url URL]`. Directly on the
 * database the group is named (its owner is the importer); through a server (--url) the file's sponsor
 * and group number may find it.
 */
async function runImport834(file: string | undefined, rest: string[], access: DirectAccess, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  if (!file || !fs.existsSync(file)) throw new UsageError(`import 834 needs a readable FILE${file ? `; ${file} does not exist` : ''}`);
  const { values } = parseOptions(rest, { group: { type: 'string' }, 'coverage-period': { type: 'string' }, 'dry-run': { type: 'boolean' }, url: { type: 'string' } });
  if (values.group) requireUuid(values.group, '--group');
  if (values['coverage-period']) requireUuid(values['coverage-period'], '--coverage-period');
  const query = new URLSearchParams({ ...(values['coverage-period'] ? { coverage_period_id: values['coverage-period'] } : {}), ...(values['dry-run'] ? { dry_run: 'true' } : {}) });
  const progress = createProgress('834');
  let job;
  if (values.url) {
    const api = remoteApi(values.url);
    job = (await api.upload(`${values.group ? `/groups/${values.group}` : ''}/x12_imports?${query}`, file, 'application/edi-x12')).x12_import;
    while (job.state === 'queued' || job.state === 'processing') {
      progress.update(job.members_done ?? job.rows_done ?? 0, job.members_total ?? job.rows_total);
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await api.get(`/x12_imports/${job.id}`)).x12_import;
    }
  } else {
    if (!values.group) throw new UsageError('import 834 on the database directly needs --group ID (or --url to let the server find the group)');
    const { database, cipher } = await access.open();
    try {
      const group = await findGroupForOperator(database.db, values.group);
      if (!group) throw new UsageError(`No group ${values.group}`);
      const facts = await readFileFacts(stream834(fs.createReadStream(file)));
      const id = newId();
      const tenant = group.organization_id;
      const upload = await storeUpload(database.db, tenant, id, fs.createReadStream(file));
      await inTenant(database.db, tenant, async (trx) => {
        await createX12Import(trx, { id, callerOrganizationId: tenant, apiKeyId: null, groupId: group.id, query: { ...(values['coverage-period'] ? { coverage_period_id: values['coverage-period'] } : {}), dry_run: Boolean(values['dry-run']) } as never, facts, fileBytes: upload.bytes });
        await queueImportJob(trx, { id, kind: 'x12', organizationId: tenant, uploadId: upload.id });
      }).catch(async (error: unknown) => {
        await deleteUpload(database.db, tenant, id).catch(() => {});
        if (error instanceof ApiError) throw new UsageError(error.errors.map((e) => `${e.message}${e.parameter ? ` (${e.parameter})` : ''}`).join('; '));
        throw error;
      });
      await runOwnImport(database, cipher, access.logger, id, 'x12_imports', progress);
      job = await loadX12Import(database.db, id);
      out(`834 import ${id}`);
    } finally {
      await database.close();
    }
  }
  progress.finish();
  return printOutcome({ ...job, rows_total: job.members_total ?? job.rows_total ?? null, errors: job.errors ?? [] } as Summary, out, err);
}
