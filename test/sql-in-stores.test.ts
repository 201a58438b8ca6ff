// SQL lives in each feature's store: route files and CLI commands parse, call a store function and
// shape the answer. This reads them and fails on a query written in one, naming the file and line.
// (Infrastructure that is not a route — http/auth.ts, http/tenant-transaction.ts, http/rate-limits/ —
// keeps its own SQL and is not read here.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Kysely's query starters and the sql template tag (with or without a type argument) and its helpers. */
const QUERY = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(|\bsql\s*(?:<[^`;]*?>)?\s*`|\bsql\.(?:raw|ref|lit|id|table|join|val)\(/;

function routeAndCommandFiles(): string[] {
  const routes = (fs.readdirSync(path.join(ROOT, 'src'), { recursive: true }) as string[])
    .map((file) => path.posix.join('src', file.split(path.sep).join('/')))
    .filter((file) => /(^|[/-])routes\.ts$/.test(file));
  const commands = fs.readdirSync(path.join(ROOT, 'src/cli')).filter((file) => file.endsWith('-command.ts')).map((file) => `src/cli/${file}`);
  return [...routes, ...commands].sort();
}

function queriesIn(file: string): string[] {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (QUERY.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 120)}`] : []));
}

describe('SQL in stores', () => {
  it('recognises a query however it is written', () => {
    for (const line of ["trx.selectFrom('groups')", "db.insertInto('x')", "  .updateTable('api_keys')", "trx.deleteFrom('y')", 'await sql`select 1`.execute(db)', 'sql<string | null>`NULL::uuid`', "sql.ref('groups.id')"]) {
      expect(QUERY.test(line), line).toBe(true);
    }
    for (const line of ["import { findGroup } from './store.ts';", 'const sqlState = error.code;', '// the SQL lives in the store']) {
      expect(QUERY.test(line), line).toBe(false);
    }
  });

  it('reads every route file and CLI command', () => {
    const files = routeAndCommandFiles();
    for (const file of [
      'src/organizations/routes.ts',
      'src/http/system-routes.ts',
      'src/carriers/transmission/routes.ts',
      'src/enrollment/subscribers/routes.ts',
      'src/enrollment/qualifying-life-events/routes.ts',
      'src/imports/census/routes.ts',
      'src/imports/x12/routes.ts',
      'src/cli/import-command.ts',
      'src/cli/keys-command.ts',
    ]) {
      expect(files).toContain(file);
    }
  });

  it('finds no query in a route file or CLI command', () => {
    const found = routeAndCommandFiles().flatMap(queriesIn);
    expect(found, 'move these queries into the feature’s store').toEqual([]);
  });
});
