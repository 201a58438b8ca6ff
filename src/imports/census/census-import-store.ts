// SQL of a census import's own row: queued by an upload (the route) or by `enroll import census` (the
// CLI) through the one insert here, and read back by the caller's organization.
import type { Selectable } from 'kysely';
import type { Trx } from '../../db/database.ts';
import type { CensusImportsTable } from '../../db/tables.ts';
import { reachableBy } from '../../enrollment/group-access.ts';

export type CensusImportRow = Selectable<CensusImportsTable>;

export interface QueuedCensusImport {
  id: string;
  organizationId: string;
  groupId: string;
  coveragePeriodId: string;
  /** The key that uploaded it; null when the operator made it (`enroll import`). */
  apiKeyId: string | null;
  dryRun: boolean;
  complete: boolean;
  terminationDate: string | null;
  fileBytes: number;
}

/** The import's row, queued; call in the tenant's transaction, with the job queued beside it. */
export async function insertQueuedCensusImport(trx: Trx, census: QueuedCensusImport): Promise<CensusImportRow> {
  return trx
    .insertInto('census_imports')
    .values({ id: census.id, organization_id: census.organizationId, group_id: census.groupId, coverage_period_id: census.coveragePeriodId, api_key_id: census.apiKeyId, state: 'queued', dry_run: census.dryRun, complete: census.complete, termination_date: census.terminationDate, file_bytes: census.fileBytes, rows_total: null, message: null, reference_number: null, started_at: null, finished_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The import, when the organization owns its group or holds a live grant for it. */
export async function findReachableCensusImport(trx: Trx, organizationId: string, id: string): Promise<CensusImportRow | undefined> {
  return trx.selectFrom('census_imports').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'census_imports')).executeTakeFirst();
}
