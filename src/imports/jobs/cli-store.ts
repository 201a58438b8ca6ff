// What `enroll import` asks of the database directly (SQL), after queuing the import's row in the
// tenant's transaction through the insert an upload uses (census-import-store, createX12Import): it
// reads the import it runs itself — its job's state, its progress, its outcome — outside any tenant,
// as the operator: by id, the id it made.
import type { Db } from '../../db/database.ts';
import type { CensusImportRow } from '../census/census-import-store.ts';
import type { X12ImportRow } from '../x12/x12-store.ts';
import type { ImportJob } from './import-jobs.ts';

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
