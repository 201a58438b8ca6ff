// Tenancy, second line of defence: every tenant transaction runs as the unprivileged role
// `enroll_app` with the caller's organization in a transaction-local setting, and row-level
// security policies (see migrations) hide every row of other organizations. The queries filter by
// organization too; the policies catch the query that forgot.
import { sql, type Db, type Trx } from './database.ts';

export async function inTenant<T>(db: Db, organizationId: string, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('enroll.organization_id', ${organizationId}, true), set_config('role', 'enroll_app', true)`.execute(trx);
    return work(trx);
  });
}
