// Tenancy, second line of defence: every tenant transaction runs as the unprivileged role
// `enroll_app` with the caller's organization in a transaction-local setting, and row-level
// security policies (see migrations) hide every row of other organizations. The queries filter by
// organization too; the policies catch the query that forgot.
//
// The settings take one statement, and that statement also does what a request needs before its
// first read: it checks that the API key is still live (a key revoked in any process is refused at
// once, although authentication reads keys from a short-lived cache) and it locks the family the
// request changes, so the family's one-statement load that follows sees every change committed before.
import { sql, type Db, type Trx } from './database.ts';

export interface TenantOptions {
  /** The key the request came with: the transaction is refused (KeyNotLiveError) if it was revoked. */
  apiKeyId?: string;
  /** Lock this subscriber's family (its member row and status) for the transaction. */
  lockSubscriberId?: string;
  /** Lock the family this dependent belongs to. */
  lockFamilyOfDependentId?: string;
}

export class KeyNotLiveError extends Error {
  constructor() {
    super('The API key was revoked');
  }
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

export async function inTenant<T>(db: Db, organizationId: string, work: (trx: Trx) => Promise<T>, options: TenantOptions = {}): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const key = options.apiKeyId ? sql`, (SELECT k.revoked_at IS NULL FROM api_keys k WHERE k.id = ${options.apiKeyId}::uuid) AS key_live` : sql``;
    const family = options.lockSubscriberId ?? options.lockFamilyOfDependentId;
    const subscriber = options.lockSubscriberId
      ? sql`${family}::uuid`
      : sql`(SELECT d.subscriber_id FROM members d WHERE d.id = ${family ?? NO_ID}::uuid)`;
    const lock = family
      ? sql`, (SELECT 1 FROM members m WHERE m.id = ${subscriber} FOR UPDATE) AS family_locked,
          (SELECT 1 FROM subscriber_statuses s WHERE s.subscriber_id = ${subscriber} FOR UPDATE) AS status_locked`
      : sql``;
    const { rows } = await sql<{ key_live?: boolean | null }>`select set_config('enroll.organization_id', ${organizationId}, true), set_config('role', 'enroll_app', true)${key}${lock}`.execute(trx);
    if (options.apiKeyId && rows[0]?.key_live !== true) throw new KeyNotLiveError();
    return work(trx);
  });
}
