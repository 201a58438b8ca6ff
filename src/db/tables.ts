// The database's tables as Kysely sees them. One interface per table, named after it; columns with a
// database default are Generated (optional on insert).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export type OrganizationKind = 'employer' | 'broker' | 'administrator' | 'partner' | 'platform';

export interface OrganizationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganizationKind;
  created_at: Generated<Date>;
}

export interface ApiKeysTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: string[];
  created_at: Generated<Date>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  organization_id: string;
  api_key_id: string | null;
  occurred_at: Generated<Date>;
  resource_type: string;
  resource_id: string;
  action: string;
  before: Json | null;
  after: Json | null;
}

export interface IdempotencyKeysTable {
  organization_id: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  response_status: number;
  response_body: Json;
  created_at: Generated<Date>;
}

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface Tables {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  audit_events: AuditEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  schema_migrations: SchemaMigrationsTable;
}
