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
import { findGroupsBySponsorForOperator, importJobState, importProgress, loadCensusImport, loadX12Import } from '../imports/jobs/cli-store.ts';
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

/** `enroll import 834`'s flags and the API query parameters they are sent as. */
const X12_FLAGS = {
  mode: 'mode',
  'coverage-period': 'coverage_period_id',
  'dry-run': 'dry_run',
  'create-missing': 'create_missing',
  carrier: 'carrier_id',
  'group-name': 'group_name',
  'group-external-identifier': 'group_external_identifier',
  'group-address-line-1': 'group_address_line_1',
  'group-city': 'group_city',
  'group-state': 'group_state',
  'group-zip': 'group_zip',
} as const;
const X12_OPTIONS = {
  group: { type: 'string' },
  'coverage-period': { type: 'string' },
  'dry-run': { type: 'boolean' },
  'create-missing': { type: 'boolean' },
  mode: { type: 'string' },
  carrier: { type: 'string' },
  'group-name': { type: 'string' },
  'group-external-identifier': { type: 'string' },
  'group-address-line-1': { type: 'string' },
  'group-city': { type: 'string' },
  'group-state': { type: 'string' },
  'group-zip': { type: 'string' },
  url: { type: 'string' },
} as const;
export const X12_MODES = ['all-or-nothing', 'per-member'] as const;

/** The file was refused (exit 1, the reasons printed): not a usage error. */
export class ImportRefused extends Error {}

/** The API's words (query parameters, routes) in a message, as the CLI's flags. */
export function inCliWords(text: string): string {
  let said = text
    .replace(/send \?create_missing=true/g, 'pass --create-missing')
    .replace(/\?create_missing=true/g, '--create-missing')
    .replace(/POST \/groups\/\{id\}\/x12_imports/g, '--group ID')
    .replace(/\?coverage_period_id=/g, '--coverage-period ID');
  for (const [flag, parameter] of Object.entries(X12_FLAGS)) said = said.replace(new RegExp(`\\b${parameter}\\b`, 'g'), `--${flag}`);
  return said;
}

const flagOf = (parameter: string | null | undefined): string => {
  if (!parameter) return '';
  if (parameter === 'body') return ' (FILE)';
  if (parameter === 'id') return ' (--group)';
  const flag = Object.entries(X12_FLAGS).find(([, p]) => p === parameter)?.[0];
  return ` (${flag ? `--${flag}` : parameter})`;
};

/**
 * `enroll import 834 FILE [--group ID] [--coverage-period ID] [--mode all-or-nothing|per-member]
 * [--create-missing] [--carrier ID] [--group-name ...] [--dry-run] [--url URL]`. Directly on the
 * database, without --group, the group is found from the file as the server finds it: the sponsor's
 * FEIN (N1*P5), narrowed by the group number (REF*1L/REF*38); through a server (--url) the server finds
 * it. Exit 0 applied (or validated), 1 refused (the file, a member, a 4010 file, what is missing), 2 usage.
 */
async function runImport834(file: string | undefined, rest: string[], access: DirectAccess, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  if (!file || !fs.existsSync(file)) throw new UsageError(`import 834 needs a readable FILE${file ? `; ${file} does not exist` : ''}`);
  const { values } = parseOptions(rest, X12_OPTIONS);
  if (values.group) requireUuid(values.group, '--group');
  if (values['coverage-period']) requireUuid(values['coverage-period'], '--coverage-period');
  if (values.carrier) requireUuid(values.carrier, '--carrier');
  if (values.mode !== undefined && !(X12_MODES as readonly string[]).includes(values.mode)) throw new UsageError(`--mode takes ${X12_MODES.join(' or ')}, not ${JSON.stringify(values.mode)}`);
  // --mode is the API's `mode`: per-member (a change file's default) or all-or-nothing (a full file's).
  const params: Record<string, string> = {};
  for (const [flag, parameter] of Object.entries(X12_FLAGS)) {
    const value = values[flag as keyof typeof X12_FLAGS];
    if (value === true) params[parameter] = 'true';
    else if (typeof value === 'string') params[parameter] = value;
  }
  const progress = createProgress('834');
  let job;
  if (values.url) {
    const api = remoteApi(values.url);
    try {
      job = (await api.upload(`${values.group ? `/groups/${values.group}` : ''}/x12_imports?${new URLSearchParams(params)}`, file, 'application/edi-x12')).x12_import;
    } catch (error) {
      if (error instanceof UsageError && /^The server answered (404|409|422)/.test(error.message)) throw new ImportRefused(inCliWords(error.message));
      if (error instanceof UsageError) throw new UsageError(inCliWords(error.message));
      throw error;
    }
    while (job.state === 'queued' || job.state === 'processing') {
      progress.update(job.members_done ?? job.rows_done ?? 0, job.members_total ?? job.rows_total);
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await api.get(`/x12_imports/${job.id}`)).x12_import;
    }
  } else {
    const { database, cipher } = await access.open();
    try {
      const facts = await readFileFacts(stream834(fs.createReadStream(file)));
      let group: { id: string; organization_id: string } | undefined;
      if (values.group) {
        group = await findGroupForOperator(database.db, values.group);
        if (!group) throw new UsageError(`No group ${values.group}`);
      } else {
        const [sponsor, ...others] = facts.sponsors;
        if (!sponsor || others.length) throw new ImportRefused(`The file has ${sponsor ? `${facts.sponsors.length} sponsors` : 'no sponsor'} (N1*P5) to find its group by; name the group: --group ID`);
        const found = await findGroupsBySponsorForOperator(database.db, sponsor.id, facts.groupNumbers[0] ?? null);
        if (found.length > 1) throw new ImportRefused(`${found.length} groups have the sponsor's FEIN ${sponsor.id} (N1*P5) and the group number does not tell them apart; name the group: --group ID`);
        group = found[0];
        if (!group) throw new ImportRefused(`No group has the sponsor's FEIN ${sponsor.id} (N1*P5); name the group (--group ID), or import through a server (--url) with --create-missing to create it there`);
      }
      const id = newId();
      const tenant = group.organization_id;
      const upload = await storeUpload(database.db, tenant, id, fs.createReadStream(file));
      const query = { ...params, dry_run: Boolean(values['dry-run']), create_missing: Boolean(values['create-missing']) };
      await inTenant(database.db, tenant, async (trx) => {
        await createX12Import(trx, { id, callerOrganizationId: tenant, apiKeyId: null, groupId: group.id, query: query as never, facts, fileBytes: upload.bytes });
        await queueImportJob(trx, { id, kind: 'x12', organizationId: tenant, uploadId: upload.id });
      }).catch(async (error: unknown) => {
        await deleteUpload(database.db, tenant, id).catch(() => {});
        if (error instanceof ApiError) throw new ImportRefused(error.errors.map((e) => `${inCliWords(e.message)}${flagOf(e.parameter)}`).join('; '));
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
  for (const warning of (job.warnings ?? []) as Array<{ message: string; count: number }>) out(`warning: ${warning.message} (${warning.count})`);
  const code = printOutcome({ ...job, rows_total: job.members_total ?? job.rows_total ?? null, errors: job.errors ?? [] } as Summary, out, err);
  // Rejected members make the exit 1 even when others were applied (per-member mode).
  return code === 0 && (job.error_count ?? 0) > 0 ? 1 : code;
}
