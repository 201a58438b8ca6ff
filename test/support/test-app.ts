import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The real application on a real database, driven in-process through HTTP (`app.inject`).
import { randomBytes } from 'node:crypto';
import { buildApp, type App } from '../../src/http/app.ts';
import { createCipher, type PersonalDataCipher } from '../../src/security/personal-data-cipher.ts';
import { createApiKey, createOrganization } from '../../src/organizations/store.ts';
import type { OrganizationKind } from '../../src/db/tables.ts';
import type { Scope } from '../../src/security/api-key-secret.ts';
import { runImportJobsOnce, type ImportJobOptions } from '../../src/imports/jobs/import-jobs.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface Tenant {
  organizationId: string;
  key: string;
  /** Headers that authenticate as this tenant. */
  headers: Record<string, string>;
}

export interface TestApp {
  app: App;
  testDb: TestDatabase;
  cipher: PersonalDataCipher;
  /** The carrier files root of this app (a fresh temporary folder): directory carriers' folders go under it. */
  carrierFilesDir: string;
  tenant(options?: { name?: string; kind?: OrganizationKind; scopes?: Scope[] }): Promise<Tenant>;
  keyFor(organizationId: string, scopes: Scope[]): Promise<Tenant>;
  /** The worker's import step, run until no import is due: what `enroll worker` does each pass. */
  runImportJobs(options?: Partial<ImportJobOptions>): Promise<number>;
  /** Every documented route, `METHOD /path/{param}`. */
  routes(): string[];
  close(): Promise<void>;
}

export const ALL_SCOPES: Scope[] = ['read', 'write', 'pii', 'admin'];

/** `beforeReady` may add routes of a test's own (e.g. one whose answer breaks its schema). */
export async function startTestApp(options: { beforeReady?: (app: App) => void } = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const { db, kind } = testDb.database;
  const cipher = createCipher(randomBytes(32));
  const carrierFilesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-carrier-files-'));
  const app = await buildApp({ db, databaseKind: kind, onStatement: testDb.database.onStatement, cipher, config: { bodyLimit: 1024 * 1024, uploadDir: path.join(os.tmpdir(), 'oe-test-uploads'), carrierFilesDir } });
  options.beforeReady?.(app);
  await app.ready();
  const keyFor = async (organizationId: string, scopes: Scope[]): Promise<Tenant> => {
    const { key } = await createApiKey(db, organizationId, 'test', scopes);
    return { organizationId, key, headers: { authorization: `Bearer ${key}` } };
  };
  return {
    app,
    testDb,
    cipher,
    carrierFilesDir,
    keyFor,
    routes: () => [...app.apiRoutes],
    async runImportJobs(options = {}) {
      let ran = 0;
      while (await runImportJobsOnce({ db, databaseKind: kind, cipher, ...options })) ran++;
      return ran;
    },
    async tenant(options = {}) {
      const org = await createOrganization(db, options.name ?? `org-${randomBytes(4).toString('hex')}`, options.kind ?? 'employer');
      return keyFor(org.id, options.scopes ?? ALL_SCOPES);
    },
    async close() {
      await app.close();
      await testDb.drop();
      fs.rmSync(carrierFilesDir, { recursive: true, force: true });
    },
  };
}
