// Tenancy, second line of defence: every tenant transaction runs as the unprivileged role
// `enroll_app` with the caller's organization in a transaction-local setting, and row-level
// security policies (see migrations) hide every row of other organizations. The queries filter by
// organization too; the policies catch the query that forgot.
//
// The transaction's start is one round trip: BEGIN and the settings travel together, and the settings'
// statement also does what a request needs before its first read — it checks that the API key is
// still live (a key revoked in any process is refused at once, although authentication reads keys
// from a short-lived cache) and it locks the family the request changes, so the family's one-statement
// load that follows sees every change committed before. The two statements go as one simple-protocol
// text, so their values are written into it: only ids, each checked to be a UUID first.
import type { RawBuilder } from 'kysely';
import { GENERIC_PLANS, sql, STATEMENT_SEPARATOR, type Db, type Trx } from './database.ts';

export interface TenantOptions {
  /** The key the request came with: the transaction is refused (KeyNotLiveError) if it was revoked. */
  apiKeyId?: string;
  /** Lock this subscriber's family (its member row and status) for the transaction. */
  lockSubscriberId?: string;
  /** Lock the family this dependent belongs to. */
  lockFamilyOfDependentId?: string;
  /**
   * Plan the transaction's prepared statements once per connection (generic plans): for the API's
   * writes, whose statements' shape comes from code and whose plans do not depend on the values (ids,
   * unnest arrays); PostgreSQL plans them again when ANALYZE finds a table grown. Not for reads (a name
   * search's prefix pattern needs a custom plan), nor for imports, whose statements join temporary
   * tables that grow through one transaction and are never analyzed. The setting also reaches the
   * plans of foreign-key checks and of our functions, so it is generic or PostgreSQL's own choice:
   * forcing custom plans there re-plans every key check of every row.
   */
  genericPlans?: boolean;
}

export class KeyNotLiveError extends Error {
  constructor() {
    super('The API key was revoked');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID as an SQL literal; anything else is refused (it never reaches the text). */
function uuid(value: string): string {
  if (!UUID.test(value)) throw new Error('a tenant setting is not a UUID');
  return `'${value}'::uuid`;
}


/** BEGIN and the tenant statement, as one text. */
export function tenantStart(organizationId: string, options: TenantOptions = {}): string {
  const columns = [`set_config('enroll.organization_id', ${uuid(organizationId)}::text, true)`, `set_config('role', 'enroll_app', true)`];
  if (options.genericPlans) columns.push(GENERIC_PLANS);
  if (options.apiKeyId) columns.push(`(SELECT k.revoked_at IS NULL FROM api_keys k WHERE k.id = ${uuid(options.apiKeyId)}) AS key_live`);
  const subscriber = options.lockSubscriberId
    ? uuid(options.lockSubscriberId)
    : options.lockFamilyOfDependentId
      ? `(SELECT d.subscriber_id FROM members d WHERE d.id = ${uuid(options.lockFamilyOfDependentId)})`
      : undefined;
  if (subscriber) {
    columns.push(`(SELECT 1 FROM members m WHERE m.id = ${subscriber} FOR UPDATE) AS family_locked`);
    columns.push(`(SELECT 1 FROM subscriber_statuses s WHERE s.subscriber_id = ${subscriber} FOR UPDATE) AS status_locked`);
  }
  return `BEGIN${STATEMENT_SEPARATOR}SELECT ${columns.join(', ')}`;
}

export async function inTenant<T>(db: Db, organizationId: string, work: (trx: Trx) => Promise<T>, options: TenantOptions = {}): Promise<T> {
  const start = tenantStart(organizationId, options);
  return db.connection().execute(async (connection) => {
    // A transaction of our own on one connection: Kysely's would send BEGIN in a round trip of its own.
    const trx = connection as unknown as Trx;
    try {
      const { rows } = await sql.raw<{ key_live?: boolean | null }>(start).execute(trx);
      if (options.apiKeyId && rows[0]?.key_live !== true) throw new KeyNotLiveError();
      const result = await work(trx);
      await sql.raw('COMMIT').execute(trx);
      return result;
    } catch (error) {
      // BEGIN may have run even when its statement failed; ROLLBACK without a transaction only warns.
      await sql.raw('ROLLBACK').execute(trx).catch(() => {});
      throw error;
    }
  });
}

/** A query's parameters written into its text: only UUIDs are (and only as quoted literals). */
function withIdsInline(text: string, parameters: readonly unknown[]): string {
  return text.replace(/\$(\d+)\b/g, (_, n: string) => {
    const value = parameters[Number(n) - 1];
    if (typeof value !== 'string') throw new Error('only ids are written into a one-trip read');
    return uuid(value);
  });
}

/**
 * A read of one statement whose parameters are ids, in ONE round trip: BEGIN, the tenant statement, the
 * read (which also checks the key is live) and COMMIT sent as one text. Row-level security applies as
 * in any tenant transaction: the read is planned after the settings' statement switched the role.
 */
export async function readInOneTrip<R>(db: Db, organizationId: string, apiKeyId: string, query: RawBuilder<R>): Promise<R[]> {
  const compiled = query.compile(db);
  const read = `SELECT (SELECT k.revoked_at IS NULL FROM api_keys k WHERE k.id = ${uuid(apiKeyId)}) AS key_live__, q.*
    FROM (SELECT 1) AS one__ LEFT JOIN LATERAL (SELECT true AS found__, x.* FROM (${withIdsInline(compiled.sql, compiled.parameters)}) x) q ON true`;
  const text = [tenantStart(organizationId), read, 'COMMIT'].join(STATEMENT_SEPARATOR);
  return db.connection().execute(async (connection) => {
    try {
      const { rows } = await sql.raw<R & { key_live__: boolean | null; found__: boolean | null; one__?: unknown }>(text).execute(connection);
      if (rows[0]?.key_live__ !== true) throw new KeyNotLiveError();
      return rows.filter((row) => row.found__).map(({ key_live__: _k, found__: _f, ...row }) => row as unknown as R);
    } catch (error) {
      // A failed statement leaves the transaction open and aborted.
      await sql.raw('ROLLBACK').execute(connection).catch(() => {});
      throw error;
    }
  });
}
