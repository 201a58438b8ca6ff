// Organizations, their API keys and their audit log. Creating organizations is an operator's act (the CLI, or the
// first start), run outside any tenant; listing and revoking keys run inside the caller's tenant.
import type { Db, Trx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { Selectable } from 'kysely';
import type { AuditEventsTable, OrganizationKind } from '../db/tables.ts';
import { generateKeySecret, type Scope } from '../security/api-key-secret.ts';

export interface OrganizationRow {
  id: string;
  name: string;
  kind: OrganizationKind;
  created_at: Date;
}

export interface ApiKeyRow {
  id: string;
  organization_id: string;
  name: string;
  prefix: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const KEY_COLUMNS = ['id', 'organization_id', 'name', 'prefix', 'scopes', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function findOrganizationByName(db: Db | Trx, name: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase())).executeTakeFirst();
}

export async function createOrganization(db: Db | Trx, name: string, kind: OrganizationKind): Promise<OrganizationRow> {
  return db.insertInto('organizations').values({ id: newId(), name, kind }).returningAll().executeTakeFirstOrThrow();
}

export async function countOrganizations(db: Db): Promise<number> {
  const row = await db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Creates a key; the full key is in the answer and nowhere else, ever. */
export async function createApiKey(
  db: Db | Trx,
  organizationId: string,
  name: string,
  scopes: readonly Scope[],
): Promise<{ row: ApiKeyRow; key: string }> {
  const secret = generateKeySecret();
  const row = await db
    .insertInto('api_keys')
    .values({ id: newId(), organization_id: organizationId, name, prefix: secret.prefix, secret_hash: secret.secretHash, scopes: [...scopes], last_used_at: null, revoked_at: null })
    .returning(KEY_COLUMNS)
    .executeTakeFirstOrThrow();
  return { row, key: secret.key };
}

export async function listApiKeys(db: Db | Trx, organizationId: string, limit: number, after?: string): Promise<ApiKeyRow[]> {
  let query = db.selectFrom('api_keys').select(KEY_COLUMNS).where('organization_id', '=', organizationId);
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

/** The operator's revocation (`enroll keys revoke`), outside any tenant: the prefix finds the key. */
export async function revokeApiKeyByPrefix(db: Db, prefix: string): Promise<{ prefix: string } | undefined> {
  return db
    .updateTable('api_keys')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.fn<Date>('now')) }))
    .where('prefix', '=', prefix)
    .returning(['prefix'])
    .executeTakeFirst();
}

export async function findApiKey(db: Db | Trx, organizationId: string, id: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').select(KEY_COLUMNS).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function revokeApiKey(db: Db | Trx, organizationId: string, id: string): Promise<ApiKeyRow | undefined> {
  return db
    .updateTable('api_keys')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.fn<Date>('now')) }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(KEY_COLUMNS)
    .executeTakeFirst();
}

export async function findOrganization(db: Db | Trx, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export type AuditEventRow = Selectable<AuditEventsTable>;

/** Oldest first: the organization's audit events after the cursor id, optionally of one resource. */
export async function listAuditEvents(trx: Trx, organizationId: string, filter: { after?: number | undefined; resourceId?: string | undefined }, limit: number): Promise<AuditEventRow[]> {
  let query = trx.selectFrom('audit_events').selectAll().where('organization_id', '=', organizationId);
  if (filter.after !== undefined) query = query.where('id', '>', filter.after);
  if (filter.resourceId) query = query.where('resource_id', '=', filter.resourceId);
  return query.orderBy('id').limit(limit).execute();
}
