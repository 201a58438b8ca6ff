// Every environment variable the program reads, read once into one typed object.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; unset means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database, its lock and its generated development key. */
  dataDir: string;
  /** The one folder `directory` carriers' folders live under (relative to it); never the data folder. */
  carrierFilesDir: string;
  /** 32-byte key (hex or base64) for personal data at rest; generated into dataDir when embedded. */
  encryptionKey: string | undefined;
  logLevel: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** Run the transmission worker inside `enroll start`. */
  runWorker: boolean;
  /** API processes of `enroll serve|start` (ENROLL_PROCESSES); undefined: as many as cores on PostgreSQL, one embedded. */
  processes: number | undefined;
  /** Seconds a worker holds a file it is sending before another may take it over (a crashed worker's). */
  sendLeaseSeconds: number;
  /** Families one change file carries at most; more go into the next file, with its own control numbers. */
  maxFamiliesPerFile: number;
  /** Seconds a worker's claim on an import lasts without renewal before another takes it over (a crashed worker's). */
  importLeaseSeconds: number;
  /**
   * Let webhook endpoints point at loopback, private and link-local addresses. Off by default: such
   * URLs would let an API key make the server call into its own network (SSRF). For development and tests.
   */
  allowPrivateWebhookUrls: boolean;
  /**
   * Abuse limits, each a number of requests per window (0: that limit off); undefined: all off
   * (ENROLL_RATE_LIMIT=off). Bad keys are requests answered 401, counted per source address.
   */
  rateLimits: { perKey: number; perAddress: number; badKeysPerAddress: number; windowMs: number } | undefined;
  /** Prometheus /metrics: off, or served to whoever sends ENROLL_METRICS_TOKEN as a Bearer token. */
  metrics: MetricsSetting;
}

export type MetricsSetting = { mode: 'off' } | { mode: 'token'; token: string };

function metricsSetting(env: NodeJS.ProcessEnv): MetricsSetting {
  const mode = env.ENROLL_METRICS || 'off';
  if (mode === 'off') return { mode: 'off' };
  if (mode !== 'token') throw new ConfigError(`ENROLL_METRICS must be off or token, got "${mode}"`);
  const token = env.ENROLL_METRICS_TOKEN ?? '';
  if (token.length < 16) throw new ConfigError('ENROLL_METRICS=token needs ENROLL_METRICS_TOKEN, at least 16 characters');
  return { mode: 'token', token };
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/** A number of processes: a whole number of at least 1 (undefined when not given). */
export function processCount(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = path.resolve(env.ENROLL_DATA_DIR || './data');
  const carrierFilesDir = path.resolve(env.ENROLL_CARRIER_FILES_DIR || path.join(dataDir, 'carrier-files'));
  // A carrier's folder holding the embedded database would let an API key move its files (and lock).
  const relative = path.relative(carrierFilesDir, dataDir);
  if (!databaseUrl && (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)))) {
    throw new ConfigError(`ENROLL_CARRIER_FILES_DIR (${carrierFilesDir}) must not hold the data folder ENROLL_DATA_DIR (${dataDir})`);
  }
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir,
    carrierFilesDir,
    encryptionKey: env.ENROLL_ENCRYPTION_KEY || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    bodyLimit: integer(env, 'ENROLL_BODY_LIMIT', 1024 * 1024),
    runWorker: env.ENROLL_WORKER !== 'off',
    processes: processCount(env.ENROLL_PROCESSES, 'ENROLL_PROCESSES'),
    sendLeaseSeconds: integer(env, 'ENROLL_SEND_LEASE_SECONDS', 120),
    maxFamiliesPerFile: Math.max(1, integer(env, 'ENROLL_MAX_FAMILIES_PER_FILE', 1000)),
    importLeaseSeconds: integer(env, 'ENROLL_IMPORT_LEASE_SECONDS', 60),
    allowPrivateWebhookUrls: env.ENROLL_WEBHOOKS_ALLOW_PRIVATE === 'true',
    rateLimits:
      env.ENROLL_RATE_LIMIT === 'off'
        ? undefined
        : {
            perKey: integer(env, 'ENROLL_RATE_LIMIT_PER_KEY', 600),
            perAddress: integer(env, 'ENROLL_RATE_LIMIT_PER_ADDRESS', 1200),
            badKeysPerAddress: integer(env, 'ENROLL_RATE_LIMIT_BAD_KEYS', 20),
            windowMs: Math.max(1, integer(env, 'ENROLL_RATE_LIMIT_WINDOW_SECONDS', 60)) * 1000,
          },
    metrics: metricsSetting(env),
  };
}
