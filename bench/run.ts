// `npm run bench`: each figure beside a baseline doing the same work without our code, measured in
// the same run, on PostgreSQL and on PGlite. Prints a table of figures and ratios; --json FILE writes
// them. Not part of `npm test`.
//   (a) enrollments per second (subscriber + 2 dependents + 2 elections, over HTTP) against a bare
//       Fastify route doing the same inserts with raw SQL;
//   (b) GET /subscribers/:id throughput and p50/p99 latency at 64 connections, against a bare route
//       reading the same rows.
//       For (a) and (b) each server runs in processes of its own, apart from this one (the load
//       generator): ours is `enroll serve --processes P`, the baseline bench/serve-bare.ts with as many.
//       On PostgreSQL both are measured with 1 process and with N (--processes, default the cores),
//       with rows for how much N processes multiply each one's throughput; PGlite runs one process.
//   (c) a census import (100,000 subscribers by default) against raw COPY of the same rows;
//   (d) a census of 25,000 families sent to the in-process sandbox carrier until every family is
//       synced, with GET /health sampled throughout: its p99 against the same server's idle p99.
// Options: --db postgres|pglite|both (default both), --census N, --census-pglite N, --send N, --seconds S,
//          --processes N (the HTTP measures' second server size on PostgreSQL; 1: one size only),
//          --only http|census|send|x12 (one measure alone),
//          --json FILE.   PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
//          a fresh database is created for the run and dropped after.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { parse } from 'csv-parse';
import { openDatabase, sql, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { newId } from '../src/db/ids.ts';
import { createCipher } from '../src/security/personal-data-cipher.ts';
import { createApiKey } from '../src/organizations/store.ts';
import { runCensusImport } from '../src/imports/census/run-census-import.ts';
import { censusTarget, writeCensusFile, YEAR, type CensusTarget } from './census-setup.ts';
import { load, type LoadResult, type RequestSpec } from './http-load.ts';
import { startChildServer } from './child-server.ts';
import { benchX12 } from './x12-bench.ts';
import { benchSend } from './send-bench.ts';

const { values: args } = parseArgs({
  options: { db: { type: 'string', default: 'both' }, census: { type: 'string', default: '100000' }, 'x12-members': { type: 'string', default: '100000' }, 'census-pglite': { type: 'string' }, send: { type: 'string', default: '25000' }, only: { type: 'string' }, processes: { type: 'string' }, seconds: { type: 'string', default: '10' }, json: { type: 'string' } },
});
const SECONDS = Number(args.seconds);
const PROCESSES = Number(args.processes ?? os.availableParallelism());
if (!Number.isInteger(PROCESSES) || PROCESSES < 1) throw new Error(`--processes must be a whole number of at least 1, got "${args.processes}"`);
type Call = (spec: RequestSpec) => Promise<{ status: number; body: string }>;
const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

interface Row {
  database: string;
  measure: string;
  ours: string;
  baseline: string;
  ratio: string;
  detail: Record<string, unknown>;
}
const rows: Row[] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function freshDatabase(kind: 'postgres' | 'pglite'): Promise<{ database: Database; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    return { database, drop: () => database.close() };
  }
  const name = `enroll_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  await migrate(database);
  return {
    database,
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const person = (n: number, relationship: string) => ({
  external_identifier: `B-${n}-${relationship}`,
  first_name: 'Ada',
  last_name: 'Lovelace',
  social_security_number: String(100000000 + n * 3 + ['self', 'spouse', 'child'].indexOf(relationship)), // one SSN per person
  gender: 'female',
  birth_date: relationship === 'child' ? '2015-01-01' : '1985-12-10',
  ...(relationship === 'self' ? {} : { subscriber_relationship: relationship }),
});

/** A database for the HTTP measures that server processes of their own can open: PGlite in a folder, not in memory. */
async function serverDatabase(kind: 'postgres' | 'pglite'): Promise<{ database: Database; env: Record<string, string>; drop(): Promise<void> }> {
  if (kind === 'postgres') {
    const { database, drop } = await freshDatabase(kind);
    const name = (await sql<{ db: string }>`select current_database() as db`.execute(database.db)).rows[0]!.db;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { database, env: { DATABASE_URL: url.toString(), ENROLL_ENCRYPTION_KEY: randomBytes(32).toString('hex') }, drop };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-bench-http-'));
  const database = await openDatabase({ dataDir });
  await migrate(database);
  let closed = false;
  const close = database.close;
  database.close = async () => {
    if (!closed) await close();
    closed = true;
  };
  return {
    database,
    env: { DATABASE_URL: '', ENROLL_DATA_DIR: dataDir },
    async drop() {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface HttpFigures {
  enroll: LoadResult;
  reads: LoadResult;
}

/** A server's enrollments (8 clients) and then reads of the families it made (64 connections), after a short warm-up. */
async function measure(url: string, headers: Record<string, string>, enrollOne: (call: Call, n: number) => Promise<string | undefined>, beforeReads?: () => Promise<unknown>): Promise<HttpFigures> {
  let n = 0;
  const ids: string[] = [];
  const step = async (call: Call) => {
    const id = await enrollOne(call, n++);
    if (id) ids.push(id);
    return id !== undefined;
  };
  await load(url, headers, 8, Math.min(1, SECONDS / 5), step);
  const enroll = await load(url, headers, 8, SECONDS, step);
  // Statistics as autovacuum keeps them in production, after the families just written.
  await beforeReads?.();
  const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
  const reads = await load(url, headers, 64, SECONDS, async (call) => (await call({ method: 'GET', path: `/subscribers/${pick()}` })).status === 200);
  return { enroll, reads };
}

async function benchHttp(kind: 'postgres' | 'pglite') {
  // PGlite is one process per data folder: one process each there.
  const counts = kind === 'postgres' && PROCESSES > 1 ? [1, PROCESSES] : [1];
  const { database, env, drop } = await serverDatabase(kind);
  try {
    // A group of its own for each server run, so families and their SSNs never meet another run's.
    const runs = [];
    for (const processes of counts) {
      for (const server of ['ours', 'bare'] as const) {
        const target = await censusTarget(database, `http-${server}-${processes}`);
        const plans = await database.db.selectFrom('plans').select(['id', 'product_line']).where('coverage_period_id', '=', target.periodId).execute();
        const planIds = Object.fromEntries(plans.map((p) => [p.product_line, p.id]));
        const key = server === 'ours' ? (await createApiKey(database.db, target.organizationId, 'bench', ['read', 'write', 'pii'])).key : undefined;
        runs.push({ processes, server, target, planIds, key });
      }
    }
    if (kind === 'pglite') await database.close(); // the servers open the folder, one at a time
    const analyze = kind === 'postgres' ? () => sql`ANALYZE`.execute(database.db) : undefined;

    const figures = new Map<string, HttpFigures>();
    for (const { processes, server, target, planIds, key } of runs) {
      process.stderr.write(`   ${server}, ${processes} process${processes === 1 ? '' : 'es'}\n`);
      const child = server === 'ours'
        ? await startChildServer(['bin/enroll.js', 'serve', '--processes', String(processes)], { ...env, ENROLL_RATE_LIMIT: 'off', ENROLL_METRICS: 'off' })
        : await startChildServer(['--import', 'tsx', 'bench/serve-bare.ts'], { ...env, BENCH_PROCESSES: String(processes), BENCH_TARGET: JSON.stringify({ ...target, planIds }) });
      try {
        figures.set(`${server}/${processes}`, server === 'ours'
          ? await measure(child.url, { authorization: `Bearer ${key}` }, async (call, i) => {
            const created = await call({ method: 'POST', path: `/groups/${target.groupId}/subscribers`, body: { subscriber: { ...person(i, 'self'), employment_details: { status: 'full_time', start_date: `${YEAR}-01-01` }, dependents: [person(i, 'spouse'), person(i, 'child')] } } });
            if (created.status !== 201) return undefined;
            const record = JSON.parse(created.body);
            const members = [record.subscriber.id, ...record.subscriber.dependents.map((d: { id: string }) => d.id)];
            const elections = Object.fromEntries(Object.entries(planIds).map(([line, plan_id]) => [line, { plan_id, type: 'election', coverages: members.map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: `${YEAR}-01-01` })) }]));
            const event = await call({ method: 'POST', path: `/subscribers/${record.subscriber.id}/qualifying_life_events`, body: { qualifying_life_event: { event: 'new_hire', date: `${YEAR}-01-01`, coverage_period_id: target.periodId, plan_elections: elections } } });
            return event.status === 201 ? (record.subscriber.id as string) : undefined;
          }, analyze)
          : await measure(child.url, {}, async (call, i) => {
            const res = await call({ method: 'POST', path: '/enroll', body: { n: i } });
            return res.status === 200 ? (JSON.parse(res.body).id as string) : undefined;
          }, analyze));
      } finally {
        await child.stop();
      }
    }

    const plural = (p: number) => `${p} process${p === 1 ? '' : 'es'}`;
    const latency = (r: LoadResult) => `${fmt(r.perSecond)}/s p50 ${fmt(r.p50ms, 1)} ms p99 ${fmt(r.p99ms, 1)} ms`;
    const measures = [
      { name: 'enrollments/s (8 clients)', of: (f: HttpFigures) => f.enroll, show: (r: LoadResult) => fmt(r.perSecond, 1) },
      { name: 'GET /subscribers/:id (64 connections)', of: (f: HttpFigures) => f.reads, show: latency },
    ];
    for (const m of measures) {
      for (const processes of counts) {
        const ours = m.of(figures.get(`ours/${processes}`)!);
        const bare = m.of(figures.get(`bare/${processes}`)!);
        rows.push({ database: kind, measure: `${m.name}, ${plural(processes)}`, ours: m.show(ours), baseline: m.show(bare), ratio: fmt(ours.perSecond / bare.perSecond, 2), detail: { processes, ours, baseline: bare } });
      }
      if (counts.length > 1) {
        // How the throughput grows from one process to N, ours and the baseline's; the ratio compares the two.
        const scale = (server: string) => m.of(figures.get(`${server}/${PROCESSES}`)!).perSecond / m.of(figures.get(`${server}/1`)!).perSecond;
        rows.push({ database: kind, measure: `${m.name.replace(/ \(.*/, '')}: ${plural(PROCESSES)} ÷ 1`, ours: `${fmt(scale('ours'), 2)}×`, baseline: `${fmt(scale('bare'), 2)}×`, ratio: fmt(scale('ours') / scale('bare'), 2), detail: { processes: PROCESSES, ours: scale('ours'), baseline: scale('bare') } });
      }
    }
  } finally {
    await drop();
  }
}

/** The baseline of (c) on PGlite: the same rows the import writes, as CSV, loaded with COPY from a blob. */
async function copyBaseline(database: Database, target: CensusTarget, file: string): Promise<number> {
  const plans = await database.db.selectFrom('plans').select(['id', 'product_line']).where('coverage_period_id', '=', target.periodId).execute();
  let subscriberId = '';
  const memberLines: string[] = [];
  const coverageLines: string[] = [];
  const started = performance.now();
  for await (const record of fs.createReadStream(file).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>) {
    const id = newId();
    if (record.relationship === 'self') subscriberId = id;
    memberLines.push([id, target.organizationId, target.groupId, record.relationship === 'self' ? '' : subscriberId, record.relationship, record.external_identifier, record.first_name, record.last_name, record.ssn, record.gender, record.birth_date].join(','));
    for (const plan of plans) coverageLines.push([newId(), target.organizationId, target.groupId, subscriberId, id, target.periodId, plan.id, plan.product_line, 'employer_sponsored', record.coverage_start_date].join(','));
  }
  const memberColumns = 'id, organization_id, group_id, subscriber_id, subscriber_relationship, external_identifier, first_name, last_name, ssn_sealed, gender, birth_date';
  const coverageColumns = 'id, organization_id, group_id, subscriber_id, member_id, coverage_period_id, plan_id, product_line, status, start_date';
  if (database.pglite) {
    await database.pglite.query(`COPY members (${memberColumns}) FROM '/dev/blob' WITH (FORMAT csv, NULL '')`, [], { blob: new Blob([memberLines.join('\n') + '\n']) });
    await database.pglite.query(`COPY coverages (${coverageColumns}) FROM '/dev/blob' WITH (FORMAT csv, NULL '')`, [], { blob: new Blob([coverageLines.join('\n') + '\n']) });
  }
  return (performance.now() - started) / 1000;
}

async function benchCensus(kind: 'postgres' | 'pglite', subscribers: number) {
  const { database, drop } = await freshDatabase(kind);
  try {
    const { file, rows: rowCount } = await writeCensusFile(subscribers);
    const target = await censusTarget(database, 'census');
    const id = newId();
    await database.db.insertInto('census_imports').values({ id, organization_id: target.organizationId, group_id: target.groupId, coverage_period_id: target.periodId, api_key_id: null, state: 'queued', dry_run: false, complete: false, termination_date: null, rows_total: null, message: null, reference_number: null, started_at: null, finished_at: null }).execute();
    const rss = process.memoryUsage().rss;
    let peak = rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const t0 = performance.now();
    const outcome = await runCensusImport(id, file, { db: database.db, tenantId: target.organizationId, databaseKind: database.kind, cipher: createCipher(randomBytes(32)) });
    const ours = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    if (outcome.state !== 'completed') throw new Error(`census import ${outcome.state}: ${outcome.message}`);
    const baselineTarget = await censusTarget(database, 'copy');
    const baseline = kind === 'pglite' ? await copyBaseline(database, baselineTarget, file) : await copyBaselinePostgres(database, baselineTarget, file);
    rows.push({
      database: kind,
      measure: `census import, ${fmt(subscribers)} subscribers (${fmt(rowCount)} rows)`,
      ours: `${fmt(ours, 1)} s (${fmt(rowCount / ours)} rows/s)`,
      baseline: `${fmt(baseline, 1)} s COPY`,
      ratio: fmt(ours / baseline, 2),
      detail: { seconds: ours, baseline_seconds: baseline, rows: rowCount, rss_before_mb: Math.round(rss / 1e6), rss_peak_mb: Math.round(peak / 1e6) },
    });
    fs.rmSync(file, { force: true });
  } finally {
    await drop();
  }
}

async function copyBaselinePostgres(database: Database, target: CensusTarget, file: string): Promise<number> {
  const plans = await database.db.selectFrom('plans').select(['id', 'product_line']).where('coverage_period_id', '=', target.periodId).execute();
  const url = (await sql<{ db: string }>`select current_database() as db`.execute(database.db)).rows[0]!.db;
  const connection = new URL(adminUrl);
  connection.pathname = `/${url}`;
  const client = new pg.Client({ connectionString: connection.toString() });
  await client.connect();
  const started = performance.now();
  try {
    let subscriberId = '';
    const members: string[] = [];
    const coverages: string[] = [];
    for await (const record of fs.createReadStream(file).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>) {
      const id = newId();
      if (record.relationship === 'self') subscriberId = id;
      members.push([id, target.organizationId, target.groupId, record.relationship === 'self' ? '' : subscriberId, record.relationship, record.external_identifier, record.first_name, record.last_name, record.ssn, record.gender, record.birth_date].join(','));
      for (const plan of plans) coverages.push([newId(), target.organizationId, target.groupId, subscriberId, id, target.periodId, plan.id, plan.product_line, 'employer_sponsored', record.coverage_start_date].join(','));
    }
    await client.query('BEGIN');
    await pipeline(Readable.from(members.map((line) => line + '\n')), client.query(copyFrom(`COPY members (id, organization_id, group_id, subscriber_id, subscriber_relationship, external_identifier, first_name, last_name, ssn_sealed, gender, birth_date) FROM STDIN WITH (FORMAT csv, NULL '')`)));
    await pipeline(Readable.from(coverages.map((line) => line + '\n')), client.query(copyFrom(`COPY coverages (id, organization_id, group_id, subscriber_id, member_id, coverage_period_id, plan_id, product_line, status, start_date) FROM STDIN WITH (FORMAT csv, NULL '')`)));
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}

async function benchSendRow(kind: 'postgres' | 'pglite', families: number) {
  const { database, drop } = await freshDatabase(kind);
  try {
    const f = await benchSend(database, families, Math.min(3, SECONDS));
    const health = (h: { p50ms: number; p99ms: number }) => `/health p50 ${fmt(h.p50ms, 1)} ms p99 ${fmt(h.p99ms, 1)} ms`;
    rows.push({
      database: kind,
      measure: `${fmt(families)} families imported → all synced (${f.files} files)`,
      ours: `${fmt(f.sendSeconds, 1)} s (${fmt(families / f.sendSeconds)} families/s), ${health(f.sending)}`,
      baseline: `idle ${health(f.idle)}`,
      ratio: fmt(f.sending.p99ms / Math.max(f.idle.p99ms, 0.1), 2),
      detail: { ...f },
    });
  } finally {
    await drop();
  }
}

const wanted = (measure: string) => args.only === undefined || args.only === measure;

if (wanted('x12')) {
  const members = Number(args['x12-members']);
  process.stderr.write(`== 834 of ${members} members\n`);
  const x12 = await benchX12(members);
  if (x12.write.members !== members || x12.ours.members !== members || x12.independent.members !== members) throw new Error(`834 member counts differ: ${JSON.stringify(x12)}`);
  const figure = (f: { seconds: number; peakMb: number }) => `${fmt(f.seconds, 2)} s, +${fmt(f.peakMb)} MB peak`;
  rows.push({ database: '-', measure: `write an 834 of ${fmt(members)} members (${fmt(x12.bytes / 1e6, 1)} MB)`, ours: figure(x12.write), baseline: `node-x12 parse ${figure(x12.independent)}`, ratio: fmt(x12.write.seconds / x12.independent.seconds, 2), detail: x12 });
  rows.push({ database: '-', measure: `parse the same 834`, ours: figure(x12.ours), baseline: `node-x12 parse ${figure(x12.independent)}`, ratio: fmt(x12.ours.seconds / x12.independent.seconds, 2), detail: x12 });
}

const kinds: Array<'postgres' | 'pglite'> = args.db === 'both' ? ['postgres', 'pglite'] : [args.db as 'postgres' | 'pglite'];
for (const kind of kinds) {
  if (wanted('http')) {
    process.stderr.write(`== ${kind}: HTTP\n`);
    await benchHttp(kind);
  }
  if (wanted('census')) {
    const census = Number(kind === 'pglite' ? (args['census-pglite'] ?? args.census) : args.census);
    process.stderr.write(`== ${kind}: census of ${census} subscribers\n`);
    await benchCensus(kind, census);
  }
  if (wanted('send')) {
    const families = Number(args.send);
    process.stderr.write(`== ${kind}: ${families} families sent to the sandbox carrier\n`);
    await benchSendRow(kind, families);
  }
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()}`;
const table = [['database', 'measure', 'ours', 'baseline', 'ours / baseline'], ...rows.map((r) => [r.database, r.measure, r.ours, r.baseline, r.ratio])];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
console.log(`\nOpen Enrollment benchmarks — ${new Date().toISOString()} — ${machine}\n`);
for (const [i, r] of table.entries()) {
  console.log(r.map((cell, j) => cell.padEnd(widths[j]!)).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (args.json) fs.writeFileSync(args.json, JSON.stringify({ at: new Date().toISOString(), machine, results: rows }, null, 2));
