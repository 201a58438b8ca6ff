// One small interface over the two databases we run on: PostgreSQL (production, DATABASE_URL) and
// PGlite (the same Postgres compiled to WASM, in-process, the zero-setup default). Both speak the same
// SQL; Kysely builds the queries and the Postgres dialect drives either one.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, sql, type LogEvent, type PostgresPool, type PostgresPoolClient, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { Tables } from './tables.ts';
import { pglitePool } from './pglite-pool.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Db = Kysely<Tables>;
export type Trx = Transaction<Tables>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** The PGlite instance itself, for what only it can do (COPY from a blob in the benchmarks). */
  pglite?: PGlite;
  /** Runs SQL text holding several statements (migrations) as one transaction, outside any tenant. */
  execInTransaction(text: string): Promise<void>;
  /** Calls `listener` with each statement's SQL text (BEGIN and COMMIT included) until the returned function is called. */
  onStatement(listener: (sqlText: string) => void): () => void;
  close(): Promise<void>;
}

// Calendar dates stay 'YYYY-MM-DD' strings (never JS Dates: no time-zone shifts); 64-bit counts and
// numerics come back as numbers, since ours are far below 2^53.
const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;
const toNumber = (value: string) => Number(value);

pg.types.setTypeParser(DATE, (value: string) => value);
pg.types.setTypeParser(INT8, toNumber);
pg.types.setTypeParser(NUMERIC, toNumber);

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

/**
 * Who hears each statement: the tests that count a request's round trips. Kysely's log hook sees every
 * statement of both drivers, transaction control included; with no listener it costs a Set's size check.
 */
function statementListeners() {
  const listeners = new Set<(sqlText: string) => void>();
  return {
    log: (event: LogEvent) => {
      if (listeners.size) for (const listener of listeners) listener(event.query.sql);
    },
    onStatement(listener: (sqlText: string) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Several statements sent as one text (no parameters: the simple protocol, one round trip) are joined
 * with this; the drivers run them in order, and the request tally counts each one.
 */
export const STATEMENT_SEPARATOR = ';\n';

/** Of the results of several statements, the last that returns rows (a COMMIT after a read returns none). */
export function lastWithRows<T extends { fields?: unknown[] }>(results: T[]): T {
  return results.filter((result) => result.fields?.length).at(-1) ?? results.at(-1)!;
}

/**
 * In a transaction that plans generically (the API's writes: `genericPlans` in db/tenant.ts), a
 * statement with parameters runs as a prepared statement of its connection: PostgreSQL parses and
 * plans it on the connection's first use, not on every request — for the family write's statement that
 * planning cost more than running it. Elsewhere statements stay unnamed: an import's, prepared and left
 * to PostgreSQL's choice of plan, kept plans made when its temporary tables were small. The name is the
 * text's hash, so a text is prepared once per connection; texts are our code's, but a cap keeps a
 * connection's prepared statements bounded (beyond it a text runs unnamed). Row-level security stays
 * exact: PostgreSQL plans a prepared statement again when the role it was planned for changes.
 */
export const GENERIC_PLANS = `set_config('plan_cache_mode', 'force_generic_plan', true)`;
const PREPARED_TEXTS_MAX = 500;
const preparedNames = new Map<string, string>();
function preparedName(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known || preparedNames.size >= PREPARED_TEXTS_MAX) return known;
  const name = `oe_${createHash('sha1').update(text).digest('base64url')}`;
  preparedNames.set(text, name);
  return name;
}

/**
 * pg answers a text of several statements (sent without parameters: the simple protocol, one round
 * trip — the tenant transaction's start, db/tenant.ts) with one result per statement; Kysely reads one.
 * This hands it the last.
 */
function lastResultPool(pool: pg.Pool): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect();
      // Kysely calls query, with SQL text, and release: nothing else (streaming would need a cursor, not configured).
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
      // Whether the transaction under way plans its statements generically (db/tenant.ts): only then
      // are they prepared. Set by the text that begins it; a new transaction sets it again.
      let preparing = false;
      return {
        query: async (...args: unknown[]) => {
          const [text, values] = args as [unknown, unknown[] | undefined];
          if (typeof text === 'string' && text.startsWith('BEGIN')) preparing = text.includes(GENERIC_PLANS);
          const name = preparing && typeof text === 'string' && values?.length ? preparedName(text) : undefined;
          const result = await (name ? query({ name, text, values }) : query(...args));
          return Array.isArray(result) ? lastWithRows(result) : result;
        },
        release: (error?: Error | boolean) => client.release(error),
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(connectionString: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const statements = statementListeners();
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: lastResultPool(pool) }), log: statements.log });
  return {
    kind: 'postgres',
    db,
    onStatement: statements.onStatement,
    async execInTransaction(text) {
      const client = await pool.connect();
      try {
        await client.query(`BEGIN;\n${text}\n;COMMIT;`);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(inMemory ? dataDir : path.join(dataDir, 'pgdata'), {
      parsers: { [DATE]: (value: string) => value, [INT8]: toNumber, [NUMERIC]: toNumber },
    });
    const pool = pglitePool(pglite);
    const statements = statementListeners();
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }), log: statements.log });
    return {
      kind: 'pglite',
      onStatement: statements.onStatement,
      pglite,
      db,
      // Through the pool so it never interleaves with a transaction in flight.
      execInTransaction: (text) => pool.execInTransaction(text),
      async close() {
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** jsonb values travel as JSON text: pg would turn a JS array into a Postgres array otherwise. */
export function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Resolves when the database answers a query (the health check); throws when it does not. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

export { sql };
