// Set-based writes through unnest: one array parameter per column instead of one parameter per value,
// so a chunk of thousands of rows is a single statement that PostgreSQL (and PGlite) parse and plan
// once — several times faster than a multi-row VALUES list, free of the 65 535-parameter limit, and
// with a number of parameters that does not grow with the data. The *Sql builders answer fragments, so
// one statement can hold several writes as data-modifying CTEs (see enrollment/families).
import type { RawBuilder } from 'kysely';
import { sql, type Db } from './database.ts';

export type ColumnType = 'uuid' | 'text' | 'date' | 'boolean' | 'numeric' | 'integer' | 'jsonb' | 'timestamptz';
export type Columns = ReadonlyArray<readonly [string, ColumnType]>;

/** `unnest(...) AS t(cols)` over the rows, and the select list that casts each column to its type. */
function unnestRows(columns: Columns, rows: ReadonlyArray<Record<string, unknown>>) {
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
  const selected = sql.raw(columns.map(([name, type]) => (type === 'jsonb' ? `t.${name}::jsonb` : `t.${name}`)).join(', '));
  return { from: sql`unnest(${sql.join(params)}) AS t(${names})`, names, selected };
}

/** INSERT INTO table (cols) SELECT … FROM unnest(…): a fragment, for a statement or a CTE. */
export function bulkInsertSql(table: string, columns: Columns, rows: ReadonlyArray<Record<string, unknown>>, suffix: RawBuilder<unknown> = sql``): RawBuilder<unknown> {
  const { from, names, selected } = unnestRows(columns, rows);
  return sql`INSERT INTO ${sql.raw(table)} (${names}) SELECT ${selected} FROM ${from} ${suffix}`;
}

/** UPDATE table SET (cols) = (t.cols) FROM unnest(…) WHERE table.key = t.key: whole rows replaced by id. */
export function bulkUpdateSql(table: string, key: string, columns: Columns, rows: ReadonlyArray<Record<string, unknown>>): RawBuilder<unknown> {
  const { from } = unnestRows(columns, rows);
  const set = columns.filter(([name]) => name !== key).map(([name, type]) => `${name} = ${type === 'jsonb' ? `t.${name}::jsonb` : `t.${name}`}`);
  return sql`UPDATE ${sql.raw(table)} SET ${sql.raw(set.join(', '))} FROM ${from} WHERE ${sql.raw(`${table}.${key}`)} = ${sql.raw(`t.${key}`)}`;
}

export async function bulkInsert(db: Db, table: string, columns: Columns, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (!rows.length) return;
  await bulkInsertSql(table, columns, rows).execute(db);
}

export const MEMBER_COLUMNS = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['subscriber_id', 'uuid'], ['subscriber_relationship', 'text'],
  ['external_identifier', 'text'], ['location_id', 'text'], ['first_name', 'text'], ['middle_name', 'text'], ['last_name', 'text'],
  ['suffix', 'text'], ['ssn_sealed', 'text'], ['ssn_last4', 'text'], ['ssn_index', 'text'], ['gender', 'text'], ['birth_date', 'date'], ['marital_status', 'text'],
  ['residential_address', 'jsonb'], ['mailing_address', 'jsonb'], ['emails', 'jsonb'], ['phone_numbers', 'jsonb'], ['employment_details', 'jsonb'],
  ['handicapped', 'boolean'], ['tobacco_use', 'boolean'], ['removed_on', 'date'],
] as const;

/** A member row written whole: its columns and its timestamps. */
export const MEMBER_ROW_COLUMNS = [...MEMBER_COLUMNS, ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']] as const;

export const COVERAGE_COLUMNS = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['subscriber_id', 'uuid'], ['member_id', 'uuid'],
  ['coverage_period_id', 'uuid'], ['plan_id', 'uuid'], ['product_line', 'text'], ['status', 'text'], ['start_date', 'date'],
  ['end_date', 'date'], ['volume', 'numeric'], ['plan_election_id', 'uuid'], ['qualifying_life_event_id', 'uuid'], ['replaces_id', 'uuid'],
] as const;
