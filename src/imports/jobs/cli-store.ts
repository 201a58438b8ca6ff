// What `enroll import` asks of the database directly (SQL): it creates the queued import's row in the
// tenant's transaction, like an upload does, then reads the import it runs itself — its job's state,
// its progress, its outcome — outside any tenant, as the operator: by id, the id it made.
import type { Selectable } from 'kysely';
import type { Db, Trx } from '../../db/database.ts';
import type { CensusImportsTable, X12ImportsTable } from '../../db/tables.ts';
import type { ImportJob } from './import-jobs.ts';

export type CensusImportRow = Selectable<CensusImportsTable>;
export type X12ImportRow = Selectable<X12ImportsTable>;

export interface QueuedCensusImport {
  id: string;
  organizationId: string;
  groupId: string;
  coveragePeriodId: string;
  dryRun: boolean;
  complete: boolean;
  terminationDate: string | null;
  fileBytes: number;
}

/** The census import's row, queued, with no API key (the operator made it); call in the tenant's transaction. */
export async function insertQueuedCensusImport(trx: Trx, census: QueuedCensusImport): Promise<void> {
  await trx
    .insertInto('census_imports')
    .values({ id: census.id, organization_id: census.organizationId, group_id: census.groupId, coverage_period_id: census.coveragePeriodId, api_key_id: null, state: 'queued', dry_run: census.dryRun, complete: census.complete, termination_date: census.terminationDate, file_bytes: census.fileBytes, rows_total: null, message: null, reference_number: null, started_at: null, finished_at: null })
    .execute();
}

/** The state of the import's job; throws when there is none. */
export async function importJobState(db: Db, id: string): Promise<ImportJob['state']> {
  const job = await db.selectFrom('import_jobs').select('state').where('id', '=', id).executeTakeFirstOrThrow();
  return job.state;
}

/** Rows (census) or members (834) done and in all, so far; throws when there is no such import. */
export async function importProgress(db: Db, id: string, table: 'census_imports' | 'x12_imports'): Promise<{ done: number; total: number | null }> {
  return table === 'census_imports'
    ? db.selectFrom('census_imports').select(['rows_done as done', 'rows_total as total']).where('id', '=', id).executeTakeFirstOrThrow()
    : db.selectFrom('x12_imports').select(['members_done as done', 'members_total as total']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The census import as it stands; throws when there is none. */
export async function loadCensusImport(db: Db, id: string): Promise<CensusImportRow> {
  return db.selectFrom('census_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The 834 import as it stands; throws when there is none. */
export async function loadX12Import(db: Db, id: string): Promise<X12ImportRow> {
  return db.selectFrom('x12_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
