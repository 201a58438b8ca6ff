// Prometheus metrics at /metrics (prom-client). Request counts and durations are counted in-process
// by route pattern (`/subscribers/:id`, never the URL with its ids) and status. What lives in the
// database — outbox depth and age, file deliveries, webhook failures, import rows — is read on scrape
// with a few grouped queries, so every API and worker process reports the same truth. Off unless
// ENROLL_METRICS=token; the scraper sends ENROLL_METRICS_TOKEN as a Bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { sql, type Db } from '../db/database.ts';
import type { App } from '../http/app.ts';
import type { MetricsSetting } from '../config.ts';


/** Runs one scrape query with a time limit on PostgreSQL, so a slow scrape never piles up. */
async function bounded<T>(db: Db, kind: 'pglite' | 'postgres', query: ReturnType<typeof sql<T>>): Promise<T[]> {
  if (kind === 'pglite') return (await query.execute(db)).rows;
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL statement_timeout = '5s'`.execute(trx);
    return (await query.execute(trx)).rows;
  });
}

export function createMetrics(db: Db, kind: 'pglite' | 'postgres') {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'enroll_' });
  const requests = new Counter({ name: 'enroll_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const durations = new Histogram({
    name: 'enroll_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const statements = new Histogram({
    name: 'enroll_http_request_statements',
    help: 'Database statements sent to answer an HTTP request (BEGIN and COMMIT included), by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30],
    registers: [registry],
  });

  const outboxChanges = new Gauge({ name: 'enroll_outbox_changes', help: 'Family changes queued for a carrier and not yet in a file, by carrier', labelNames: ['carrier_id'], registers: [registry] });
  const outboxAge = new Gauge({ name: 'enroll_outbox_oldest_change_age_seconds', help: 'Age of the oldest change not yet in a file, by carrier', labelNames: ['carrier_id'], registers: [registry] });
  const fileDeliveries = new Gauge({ name: 'enroll_file_deliveries', help: '834 files by delivery status (ready, sent, acknowledged, rejected, completed, failed)', labelNames: ['status'], registers: [registry] });
  const webhookFailures = new Gauge({ name: 'enroll_webhook_delivery_failures', help: 'Webhook deliveries that failed: retrying (an attempt failed, more to come) or failed (gave up)', labelNames: ['state'], registers: [registry] });
  const importRows = new Gauge({ name: 'enroll_import_rows', help: 'Rows of census imports and members of 834 imports, by format and import state', labelNames: ['format', 'state'], registers: [registry] });

  /** The database-backed gauges, read afresh for each scrape: four grouped queries. */
  async function readDatabaseGauges(): Promise<void> {
    const [outbox, files, webhooks, imports] = await Promise.all([
      bounded<{ carrier_id: string; depth: number; age_seconds: number }>(db, kind, sql`
        SELECT carrier_id, count(*)::int AS depth, extract(epoch FROM now() - min(created_at))::float8 AS age_seconds
        FROM carrier_outbox WHERE delivery_id IS NULL GROUP BY carrier_id ORDER BY carrier_id LIMIT 1000`),
      bounded<{ status: string; n: number }>(db, kind, sql`SELECT status, count(*)::int AS n FROM file_deliveries GROUP BY status`),
      bounded<{ state: string; n: number }>(db, kind, sql`
        SELECT CASE WHEN status = 'failed' THEN 'failed' ELSE 'retrying' END AS state, count(*)::int AS n
        FROM webhook_deliveries WHERE status = 'failed' OR (status = 'pending' AND last_error IS NOT NULL)
        GROUP BY 1`),
      bounded<{ format: string; state: string; n: number }>(db, kind, sql`
        SELECT 'census' AS format, state, coalesce(sum(rows_total), 0)::float8 AS n FROM census_imports GROUP BY state
        UNION ALL
        SELECT 'x12_834', state, coalesce(sum(members_total), 0)::float8 FROM x12_imports GROUP BY state`),
    ]);
    // Reset first, so a carrier whose queue emptied drops out instead of keeping its last value.
    for (const gauge of [outboxChanges, outboxAge, fileDeliveries, webhookFailures, importRows]) gauge.reset();
    for (const row of outbox) {
      outboxChanges.set({ carrier_id: row.carrier_id }, row.depth);
      outboxAge.set({ carrier_id: row.carrier_id }, row.age_seconds);
    }
    for (const row of files) fileDeliveries.set({ status: row.status }, row.n);
    for (const state of ['retrying', 'failed']) webhookFailures.set({ state }, webhooks.find((row) => row.state === state)?.n ?? 0);
    for (const row of imports) importRows.set({ format: row.format, state: row.state }, row.n);
  }

  return {
    registry,
    async scrape(): Promise<string> {
      await readDatabaseGauges();
      return registry.metrics();
    },
    observe(method: string, route: string, status: number, seconds: number, statementCount?: number) {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      durations.observe(labels, seconds);
      if (statementCount !== undefined) statements.observe({ method, route }, statementCount);
    },
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function registerMetrics(app: App, setting: MetricsSetting | undefined): void {
  if (!setting || setting.mode === 'off') return;
  const { db, databaseKind } = app.services;
  const metrics = createMetrics(db, databaseKind);
  const expected = digest(setting.token);

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern keeps ids out of labels; an unmatched URL is one label, whatever was asked.
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000, request.statements?.count);
  });

  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!given || !timingSafeEqual(digest(given), expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ errors: [{ error_type: 'unauthorized', message: 'Send the metrics token (ENROLL_METRICS_TOKEN) as a Bearer token', parameter: 'Authorization' }] });
    }
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.scrape());
  });
}
