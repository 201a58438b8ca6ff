// What `enroll import` asks of the database directly (SQL), after queuing the import's row in the
// tenant's transaction through the insert an upload uses (census-import-store, createX12Import): it
// reads the import it runs itself — its job's state, its progress, its outcome — outside any tenant,
// as the operator: by id, the id it made.
import { sql } from 'kysely';
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

/**
 * `enroll import 834` on the database directly, without --group: the groups, in any organization (the
 * operator's view), whose employer FEIN is the sponsor's (N1*P5, digits compared), narrowed to those
 * with a coverage period of the file's group number when that tells several apart — as the server
 * finds a file's group among those the caller reaches.
 */
export async function findGroupsBySponsorForOperator(db: Db, fein: string, groupNumber: string | null): Promise<Array<{ id: string; organization_id: string }>> {
  const digits = fein.replace(/\D/g, '');
  const candidates = await db
    .selectFrom('groups')
    .select(['id', 'organization_id'])
    .where(sql<boolean>`regexp_replace(employer->>'fein', '[^0-9]', '', 'g') = ${digits}`)
    .limit(100)
    .execute();
  if (candidates.length <= 1 || !groupNumber) return candidates;
  const withNumber = await db.selectFrom('coverage_periods').select('group_id').distinct().where('group_id', 'in', candidates.map((c) => c.id)).where('carrier_group_number', '=', groupNumber).execute();
  const narrowed = candidates.filter((c) => withNumber.some((w) => w.group_id === c.id));
  return narrowed.length ? narrowed : candidates;
}
