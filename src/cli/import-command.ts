// `enroll import census FILE --group ID --coverage-period ID [--dry-run] [--complete]`: on the database
// directly, or through a running server with --url. Exit 0 when the file was applied (or validated on
// a dry run), 1 when it was refused (every bad row is printed), 2 on a usage error.
import fs from 'node:fs';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';
import { runCensusImport, type CensusOutcome } from '../imports/census/run-census-import.ts';
import { createProgress } from './progress.ts';
import { parseOptions, UsageError } from './main.ts';
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

export async function runImportCommand(args: string[], access: DirectAccess, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [kind, file, ...rest] = args;
  if (kind !== 'census') throw new UsageError('import takes census (import 834 is `enroll import 834 FILE`)');
  if (!file || !fs.existsSync(file)) throw new UsageError(`import census needs a readable FILE${file ? `; ${file} does not exist` : ''}`);
  const { values } = parseOptions(rest, OPTIONS);
  const group = values.group;
  const period = values['coverage-period'];
  if (!group || !period) throw new UsageError('import census needs --group ID and --coverage-period ID');
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
    const target = await database.db.selectFrom('coverage_periods').select(['id', 'group_id', 'organization_id']).where('id', '=', period).executeTakeFirst();
    if (!target || target.group_id !== group) throw new UsageError(`No coverage period ${period} in group ${group}`);
    const id = newId();
    await database.db
      .insertInto('census_imports')
      .values({ id, organization_id: target.organization_id, group_id: group, coverage_period_id: period, api_key_id: null, state: 'queued', dry_run: Boolean(values['dry-run']), complete: Boolean(values.complete), termination_date: values['termination-date'] ?? null, file_bytes: fs.statSync(file).size, rows_total: null, message: null, reference_number: null, started_at: null, finished_at: null })
      .execute();
    const outcome = await runCensusImport(id, file, { db: database.db, databaseKind: database.kind, cipher, logger: access.logger, onProgress: (p) => progress.update(p.rowsDone, p.rowsTotal) });
    progress.finish();
    out(`census import ${id}`);
    return printOutcome(outcome, out, err);
  } finally {
    await database.close();
  }
}
