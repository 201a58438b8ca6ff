// Bulk inserts through unnest: one array parameter per column instead of one parameter per value, so
// a chunk of thousands of rows is a single statement that PostgreSQL (and PGlite) parse and plan once
// — several times faster than a multi-row VALUES list, and free of the 65 535-parameter limit.
import { sql, type Db } from './database.ts';

export type ColumnType = 'uuid' | 'text' | 'date' | 'boolean' | 'numeric' | 'integer' | 'jsonb' | 'timestamptz';

export async function bulkInsert(db: Db, table: string, columns: ReadonlyArray<readonly [string, ColumnType]>, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (!rows.length) return;
  // jsonb travels as text and is cast in the select: pg would otherwise send a JS array of objects
  // as a Postgres array literal.
  const params = columns.map(([name, type]) => {
    const values = rows.map((row) => {
      const value = row[name];
      if (value === undefined || value === null) return null;
      if (type === 'jsonb') return typeof value === 'string' ? value : JSON.stringify(value);
      if (type === 'timestamptz' && value instanceof Date) return value.toISOString();
      return value;
    });
    return sql`${values}::${sql.raw(type === 'jsonb' ? 'text' : type)}[]`;
  });
  const names = sql.raw(columns.map(([name]) => name).join(', '));
  const selected = sql.raw(columns.map(([name, type]) => (type === 'jsonb' ? `${name}::jsonb` : name)).join(', '));
  await sql`INSERT INTO ${sql.raw(table)} (${names}) SELECT ${selected} FROM unnest(${sql.join(params)}) AS t(${names})`.execute(db);
}

export const MEMBER_COLUMNS = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['subscriber_id', 'uuid'], ['subscriber_relationship', 'text'],
  ['external_identifier', 'text'], ['location_id', 'text'], ['first_name', 'text'], ['middle_name', 'text'], ['last_name', 'text'],
  ['suffix', 'text'], ['ssn_sealed', 'text'], ['ssn_last4', 'text'], ['ssn_index', 'text'], ['gender', 'text'], ['birth_date', 'date'], ['marital_status', 'text'],
  ['residential_address', 'jsonb'], ['mailing_address', 'jsonb'], ['emails', 'jsonb'], ['phone_numbers', 'jsonb'], ['employment_details', 'jsonb'],
  ['handicapped', 'boolean'], ['tobacco_use', 'boolean'], ['removed_on', 'date'],
] as const;

export const COVERAGE_COLUMNS = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['subscriber_id', 'uuid'], ['member_id', 'uuid'],
  ['coverage_period_id', 'uuid'], ['plan_id', 'uuid'], ['product_line', 'text'], ['status', 'text'], ['start_date', 'date'],
  ['end_date', 'date'], ['volume', 'numeric'], ['plan_election_id', 'uuid'], ['qualifying_life_event_id', 'uuid'], ['replaces_id', 'uuid'],
] as const;
