// PGlite is one Postgres backend in this process: it has exactly one connection. Kysely's Postgres
// driver asks a pool for clients; this pool hands out that single connection to one caller at a time,
// so a transaction never interleaves with another caller's statements.
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { lastWithRows, STATEMENT_SEPARATOR } from './database.ts';

const COMMANDS_WITH_ROW_COUNT = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

export interface PglitePool extends PostgresPool {
  /** Runs SQL text holding several statements as one transaction, while holding the connection. */
  execInTransaction(text: string): Promise<void>;
}

export function pglitePool(pg: PGlite): PglitePool {
  let tail: Promise<void> = Promise.resolve();

  function acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = tail.then(() => release);
    tail = tail.then(() => held);
    return ready;
  }

  return {
    async execInTransaction(text: string) {
      const release = await acquire();
      try {
        await pg.exec(`BEGIN;\n${text}\n;COMMIT;`);
      } catch (error) {
        await pg.exec('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        release();
      }
    },
    async connect(): Promise<PostgresPoolClient> {
      const release = await acquire();
      let released = false;
      const client = {
        async query<R>(text: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
          // Several statements without parameters (the tenant transaction's start): exec runs them all,
          // as PostgreSQL's simple protocol does; the last one's result is the answer.
          const result = parameters.length === 0 && text.includes(STATEMENT_SEPARATOR) ? lastWithRows(await pg.exec(text)) as unknown as Awaited<ReturnType<typeof pg.query<R>>> : await pg.query<R>(text, parameters as unknown[]);
          const command = (text.trimStart().split(/\s/, 1)[0] ?? '').toUpperCase() as PostgresQueryResult<R>['command'];
          return {
            command,
            rowCount: COMMANDS_WITH_ROW_COUNT.has(command) ? (result.affectedRows ?? 0) : result.rows.length,
            rows: result.rows,
          };
        },
        release() {
          if (!released) {
            released = true;
            release();
          }
        },
      };
      return client as PostgresPoolClient;
    },
    async end() {
      await pg.close();
    },
  };
}
