import os from 'node:os';
import path from 'node:path';
// Start-up: config → database → migrations → app → listen, and the way back down on a signal.
import type { Logger } from 'pino';
import { readConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { buildApp, type App } from './http/app.ts';
import { createCipher, resolveEncryptionKey } from './security/personal-data-cipher.ts';
import { countOrganizations, createApiKey, createOrganization } from './organizations/store.ts';
import { SCOPES } from './security/api-key-secret.ts';
import { createWorker, type Worker } from './carriers/transmission/worker.ts';
import { createConnectorRegistry } from './carriers/transmission/carrier-connectors.ts';
import type { PersonalDataCipher } from './security/personal-data-cipher.ts';

export interface Running {
  app: App;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/** Connections one process opens to PostgreSQL; several API processes share this many (see poolSizePerProcess). */
export const DEFAULT_POOL_SIZE = 10;

/** Each of N API processes gets its share of the default pool, at least 2 (a transaction and a health check). */
export function poolSizePerProcess(processes: number): number {
  return Math.max(2, Math.ceil(DEFAULT_POOL_SIZE / processes));
}

/** migrate: false in the API processes of a cluster, whose primary applied the migrations before forking them. */
export async function openConfiguredDatabase(config: Config, logger: Logger, options: { poolSize?: number; migrate?: boolean } = {}): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: options.poolSize ?? DEFAULT_POOL_SIZE });
  if (options.migrate === false) return database;
  try {
    const applied = await migrate(database);
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** On the first start of an empty embedded database: an organization and a key to try the API with. */
async function createDevelopmentKey(database: Database): Promise<string | undefined> {
  if (database.kind !== 'pglite' || (await countOrganizations(database.db)) > 0) return undefined;
  return database.db.transaction().execute(async (trx) => {
    const org = await createOrganization(trx, 'Development', 'employer');
    return (await createApiKey(trx, org.id, 'development', SCOPES)).key;
  });
}

/** Uploaded files wait here while they are imported: beside the embedded data, else in the temp folder. */
export function uploadDirFor(config: Config): string {
  return config.databaseUrl ? path.join(os.tmpdir(), 'open-enrollment-uploads') : path.join(config.dataDir, 'uploads');
}

export function configuredCipher(config: Config): PersonalDataCipher {
  return createCipher(resolveEncryptionKey({ configured: config.encryptionKey, embeddedDataDir: config.databaseUrl ? undefined : config.dataDir }));
}

/** The worker's settings from the configuration, for every command that runs it. */
export function workerSettings(config: Config) {
  return { allowPrivateUrls: config.allowPrivateWebhookUrls, sendLeaseSeconds: config.sendLeaseSeconds, maxFamiliesPerFile: config.maxFamiliesPerFile, carrierFilesDir: config.carrierFilesDir, importLeaseSeconds: config.importLeaseSeconds };
}

/** The transmission worker with its connectors; stop() finishes the pass in progress. */
export function startWorker(
  database: Database,
  cipher: PersonalDataCipher,
  logger: Logger,
  options: { intervalMs?: number; allowPrivateUrls?: boolean; sendLeaseSeconds?: number; maxFamiliesPerFile?: number; carrierFilesDir?: string; importLeaseSeconds?: number } = {},
): { worker: Worker; stop(): Promise<void> } {
  // Callers that do not say (the CLI's `enroll worker`) get the configured root.
  const connectors = createConnectorRegistry(database.db, cipher, { carrierFilesDir: options.carrierFilesDir ?? readConfig().carrierFilesDir });
  const worker = createWorker({
    db: database.db,
    cipher,
    logger,
    connectorFor: connectors.connectorFor,
    intervalMs: options.intervalMs ?? 1000,
    webhooks: { allowPrivateUrls: options.allowPrivateUrls },
    ...(options.sendLeaseSeconds ? { sendLeaseSeconds: options.sendLeaseSeconds } : {}),
    ...(options.maxFamiliesPerFile ? { maxFamiliesPerFile: options.maxFamiliesPerFile } : {}),
    databaseKind: database.kind,
    ...(options.importLeaseSeconds ? { importLeaseSeconds: options.importLeaseSeconds } : {}),
  });
  worker.start();
  return {
    worker,
    async stop() {
      await worker.stop();
      await connectors.close();
    },
  };
}

export async function startServer(config: Config, logger: Logger, print: (line: string) => void, options: { worker: boolean; poolSize?: number; migrate?: boolean } = { worker: true }): Promise<Running> {
  const database = await openConfiguredDatabase(config, logger, { ...(options.poolSize ? { poolSize: options.poolSize } : {}), ...(options.migrate === false ? { migrate: false } : {}) });
  try {
    const cipher = configuredCipher(config);
    // Statements per request are counted for /metrics only: a per-request async context costs every promise a little.
    const counting = config.metrics && config.metrics.mode !== 'off' ? { onStatement: database.onStatement } : {};
    const app = await buildApp({ db: database.db, databaseKind: database.kind, ...counting, cipher, config: { ...config, uploadDir: uploadDirFor(config) } }, { logger });
    const devKey = await createDevelopmentKey(database);
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    print(`Open Enrollment API listening on ${url} (database: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`);
    print(`API reference: ${url}/docs`);
    if (devKey) {
      print('Created the organization "Development" and an API key with every scope. It is shown once; keep it:');
      print(devKey);
    }
    const worker = options.worker ? startWorker(database, cipher, logger, workerSettings(config)) : undefined;
    if (worker) print('Transmission worker running in this process.');
    return {
      app,
      database,
      url,
      async close() {
        await app.close();
        await worker?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** SIGTERM/SIGINT: finish requests in flight, release the database, exit 0. A second signal forces it. */
export function closeOnSignals(close: () => Promise<void>, logger: Logger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
