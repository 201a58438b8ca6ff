// A whole group's change, from census import to every family `synced` through the in-process sandbox
// carrier, with the API answering `GET /health` the whole time — the figure that says a large send
// does not freeze the server. The baseline is the same server's /health with the worker idle,
// measured in the same run: the ratio is how much the send slows the API's answers (p99).
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pino from 'pino';
import type { Database } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import { buildApp } from '../src/http/app.ts';
import { createCipher } from '../src/security/personal-data-cipher.ts';
import { runCensusImport } from '../src/imports/census/run-census-import.ts';
import { createConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { createWorker } from '../src/carriers/transmission/worker.ts';
import { censusTarget, writeCensusFile } from './census-setup.ts';

export interface HealthFigures {
  requests: number;
  p50ms: number;
  p99ms: number;
  maxms: number;
}

export interface SendFigures {
  families: number;
  files: number;
  importSeconds: number;
  sendSeconds: number;
  idle: HealthFigures;
  sending: HealthFigures;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

/** Closed-loop GET /health from two clients until `until` resolves (or `seconds` pass). */
async function sampleHealth(baseUrl: string, until: Promise<unknown> | number): Promise<HealthFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const latencies: number[] = [];
  let done = false;
  if (typeof until === 'number') setTimeout(() => (done = true), until * 1000);
  else void until.finally(() => (done = true));
  const get = () =>
    new Promise<void>((resolve, reject) => {
      const req = http.get(`${baseUrl}/health`, { agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`/health answered ${res.statusCode}`))));
      });
      req.on('error', reject);
    });
  await Promise.all(
    [0, 1].map(async () => {
      while (!done) {
        const t0 = performance.now();
        await get();
        latencies.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, p50ms: percentile(latencies, 50), p99ms: percentile(latencies, 99), maxms: latencies.at(-1) ?? 0 };
}

export async function benchSend(database: Database, families: number, idleSeconds = 3): Promise<SendFigures> {
  const cipher = createCipher(randomBytes(32));
  const target = await censusTarget(database, 'send');
  // The in-process sandbox carrier, which knows the group's number from the coverage period.
  const period = await database.db.selectFrom('coverage_periods').select('carrier_id').where('id', '=', target.periodId).executeTakeFirstOrThrow();
  await database.db.updateTable('carriers').set({ connection: JSON.stringify({ type: 'sandbox' }) }).where('id', '=', period.carrier_id).execute();

  const { file } = await writeCensusFile(families);
  const importId = newId();
  await database.db.insertInto('census_imports').values({ id: importId, organization_id: target.organizationId, group_id: target.groupId, coverage_period_id: target.periodId, api_key_id: null, state: 'queued', dry_run: false, complete: false, termination_date: null, rows_total: null, message: null, reference_number: null, started_at: null, finished_at: null }).execute();
  const i0 = performance.now();
  const imported = await runCensusImport(importId, file, { db: database.db, tenantId: target.organizationId, databaseKind: database.kind, cipher });
  const importSeconds = (performance.now() - i0) / 1000;
  if (imported.state !== 'completed') throw new Error(`census import ${imported.state}: ${imported.message}`);

  const app = await buildApp({ db: database.db, databaseKind: database.kind, cipher, config: { bodyLimit: 1 << 20, uploadDir: os.tmpdir() } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const registry = createConnectorRegistry(database.db, cipher);
  const worker = createWorker({ db: database.db, cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor, intervalMs: 100 });
  try {
    const idle = await sampleHealth(baseUrl, idleSeconds);
    const s0 = performance.now();
    const allSynced = (async () => {
      worker.start();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const waiting = await database.db.selectFrom('subscriber_statuses').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', target.groupId).where('status', '!=', 'synced').executeTakeFirstOrThrow();
        if (Number(waiting.n) === 0) return;
        if ((performance.now() - s0) / 1000 > 1800) throw new Error(`${waiting.n} families not synced after 30 minutes`);
      }
    })();
    const sending = await sampleHealth(baseUrl, allSynced);
    await allSynced;
    const sendSeconds = (performance.now() - s0) / 1000;
    const files = await database.db.selectFrom('file_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('coverage_period_id', '=', target.periodId).executeTakeFirstOrThrow();
    return { families, files: Number(files.n), importSeconds, sendSeconds, idle, sending };
  } finally {
    await worker.stop();
    await registry.close();
    await app.close();
  }
}
