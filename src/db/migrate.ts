// Plain SQL migrations, applied in file-name order at start-up, each in its own transaction together
// with its row in schema_migrations. An advisory lock lets several processes start at once on
// PostgreSQL: the second waits, then sees the migration recorded and skips it.
import fs from 'node:fs';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const LOCK_ID = 8345010;

export function migrationFiles(): string[] {
  return fs.readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).sort();
}

export async function migrate(database: Database): Promise<string[]> {
  await database.execInTransaction(`SELECT pg_advisory_xact_lock(${LOCK_ID});
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const applied: string[] = [];
  for (const file of migrationFiles()) {
    const version = file.replace(/\.sql$/, '');
    if (!/^[\w.-]+$/.test(version)) throw new Error(`Migration file name ${file} has characters it must not have`);
    const body = fs.readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8');
    try {
      await database.execInTransaction(`SELECT pg_advisory_xact_lock(${LOCK_ID});
        DO $$ BEGIN
          IF EXISTS (SELECT 1 FROM schema_migrations WHERE version = '${version}') THEN
            RAISE EXCEPTION 'enroll: migration already applied';
          END IF;
        END $$;
        ${body}
        ;
        INSERT INTO schema_migrations (version) VALUES ('${version}');`);
      applied.push(version);
    } catch (error) {
      if (!String((error as Error).message).includes('enroll: migration already applied')) throw error;
    }
  }
  return applied;
}
