// `npm run bench`: each figure beside a baseline doing the same work without our code, measured in
// the same run, on PostgreSQL and on PGlite. Prints a table of figures and ratios; --json FILE writes
// them. Not part of `npm test`.
//   (a) enrollments per second (subscriber + 2 dependents + 2 elections, over HTTP) against a bare
//       Fastify route doing the same inserts with raw SQL;
//   (b) GET /subscribers/:id throughput and p50/p99 latency at 64 connections, against a bare route
//       reading the same rows;
//   (c) a census import (100,000 subscribers by default) against raw COPY of the same rows;
//   (d) a census of 25,000 families sent to the in-process sandbox carrier until every family is
//       synced, with GET /health sampled throughout: its p99 against the same server's idle p99.
// Options: --db postgres|pglite|both (default both), --census N, --census-pglite N, --send N, --seconds S,
//          --only http|census|send|x12 (one measure alone),
//          --json FILE.   PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
//          a fresh database is created for the run and dropped after.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Fastify from 'fastify';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { parse } from 'csv-parse';
import { openDatabase, sql, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { newId } from '../src/db/ids.ts';
import { buildApp } from '../src/http/app.ts';
import { createCipher } from '../src/security/personal-data-cipher.ts';
import { createApiKey } from '../src/organizations/store.ts';
import { runCensusImport } from '../src/imports/census/run-census-import.ts';
import { censusTarget, writeCensusFile, YEAR, type CensusTarget } from './census-setup.ts';
import { load, type LoadResult } from './http-load.ts';
import { benchX12 } from './x12-bench.ts';
import { benchSend } from './send-bench.ts';

const { values: args } = parseArgs({
  options: { db: { type: 'string', default: 'both' }, census: { type: 'string', default: '100000' }, 'x12-members': { type: 'string', default: '100000' }, 'census-pglite': { type: 'string' }, send: { type: 'string', default: '25000' }, only: { type: 'string' }, seconds: { type: 'string', default: '10' }, json: { type: 'string' } },
});
const SECONDS = Number(args.seconds);
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

/** The bare baseline: the same rows, raw SQL, no validation, auth, audit, idempotency or acknowledgements. */
async function baselineApp(database: Database, target: CensusTarget, planIds: Record<string, string>) {
  const app = Fastify();
  const cipher = createCipher(randomBytes(32));
  app.post('/enroll', async (request) => {
    const body = request.body as { n: number };
    const ids = [newId(), newId(), newId()];
    const relationships = ['self', 'spouse', 'child'];
    await database.db.transaction().execute(async (trx) => {
      await sql`INSERT INTO members (id, organization_id, group_id, subscriber_id, subscriber_relationship, external_identifier, first_name, last_name, ssn_sealed, ssn_last4, gender, birth_date)
        SELECT * FROM unnest(${ids}::uuid[], ${[target.organizationId, target.organizationId, target.organizationId]}::uuid[], ${[target.groupId, target.groupId, target.groupId]}::uuid[],
          ${[null, ids[0], ids[0]]}::uuid[], ${relationships}::text[], ${relationships.map((r) => `R-${body.n}-${r}`)}::text[], ${['Ada', 'Ada', 'Ada']}::text[], ${['L', 'L', 'L']}::text[],
          ${relationships.map(() => cipher.seal('123456789'))}::text[], ${['6789', '6789', '6789']}::text[], ${['female', 'male', 'female']}::text[], ${['1985-12-10', '1985-12-10', '2015-01-01']}::date[])`.execute(trx);
      await sql`INSERT INTO subscriber_statuses (subscriber_id, organization_id, group_id, status) VALUES (${ids[0]}, ${target.organizationId}, ${target.groupId}, 'pending')`.execute(trx);
      const event = newId();
      await sql`INSERT INTO qualifying_life_events (id, organization_id, group_id, subscriber_id, coverage_period_id, event, event_date) VALUES (${event}, ${target.organizationId}, ${target.groupId}, ${ids[0]}, ${target.periodId}, 'new_hire', ${`${YEAR}-01-01`})`.execute(trx);
      for (const [line, planId] of Object.entries(planIds)) {
        await sql`INSERT INTO coverages (id, organization_id, group_id, subscriber_id, member_id, coverage_period_id, plan_id, product_line, status, start_date, qualifying_life_event_id)
          SELECT id, ${target.organizationId}, ${target.groupId}, ${ids[0]}, member, ${target.periodId}, ${planId}, ${line}, 'employer_sponsored', ${`${YEAR}-01-01`}, ${event}
          FROM unnest(${[newId(), newId(), newId()]}::uuid[], ${ids}::uuid[]) AS t(id, member)`.execute(trx);
      }
      await sql`INSERT INTO carrier_outbox (organization_id, group_id, subscriber_id, carrier_id, coverage_period_id) SELECT ${target.organizationId}, ${target.groupId}, ${ids[0]}, carrier_id, id FROM coverage_periods WHERE id = ${target.periodId}`.execute(trx);
    });
    return { id: ids[0] };
  });
  app.get('/subscribers/:id', async (request) => {
    const { id } = request.params as { id: string };
    const members = await sql`SELECT * FROM members WHERE id = ${id} OR subscriber_id = ${id}`.execute(database.db);
    const coverages = await sql`SELECT * FROM coverages WHERE subscriber_id = ${id} AND superseded_at IS NULL`.execute(database.db);
    return { members: members.rows, coverages: coverages.rows };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}` };
}

async function benchHttp(kind: 'postgres' | 'pglite') {
  const { database, drop } = await freshDatabase(kind);
  try {
    const target = await censusTarget(database, 'http');
    const plans = await database.db.selectFrom('plans').select(['id', 'product_line']).where('coverage_period_id', '=', target.periodId).execute();
    const planIds = Object.fromEntries(plans.map((p) => [p.product_line, p.id]));
    const { key } = await createApiKey(database.db, target.organizationId, 'bench', ['read', 'write', 'pii']);
    const app = await buildApp({ db: database.db, databaseKind: database.kind, cipher: createCipher(randomBytes(32)), config: { bodyLimit: 1 << 20, uploadDir: os.tmpdir() } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const ours = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const baseline = await baselineApp(database, target, planIds);
    const auth = { authorization: `Bearer ${key}` };
    let n = 0;
    const subscriberIds: string[] = [];
    const baselineIds: string[] = [];

    const enroll = await load(ours, auth, 8, SECONDS, async (call) => {
      const i = n++;
      const created = await call({ method: 'POST', path: `/groups/${target.groupId}/subscribers`, body: { subscriber: { ...person(i, 'self'), employment_details: { status: 'full_time', start_date: `${YEAR}-01-01` }, dependents: [person(i, 'spouse'), person(i, 'child')] } } });
      if (created.status !== 201) return false;
      const record = JSON.parse(created.body);
      const members = [record.subscriber.id, ...record.subscriber.dependents.map((d: { id: string }) => d.id)];
      subscriberIds.push(record.subscriber.id);
      const elections = Object.fromEntries(Object.entries(planIds).map(([line, plan_id]) => [line, { plan_id, type: 'election', coverages: members.map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: `${YEAR}-01-01` })) }]));
      const event = await call({ method: 'POST', path: `/subscribers/${record.subscriber.id}/qualifying_life_events`, body: { qualifying_life_event: { event: 'new_hire', date: `${YEAR}-01-01`, coverage_period_id: target.periodId, plan_elections: elections } } });
      return event.status === 201;
    });
    const bare = await load(baseline.url, {}, 8, SECONDS, async (call) => {
      const res = await call({ method: 'POST', path: '/enroll', body: { n: n++ } });
      if (res.status === 200) baselineIds.push(JSON.parse(res.body).id);
      return res.status === 200;
    });
    rows.push({ database: kind, measure: 'enrollments/s (8 clients)', ours: fmt(enroll.perSecond, 1), baseline: fmt(bare.perSecond, 1), ratio: fmt(enroll.perSecond / bare.perSecond, 2), detail: { ours: enroll, baseline: bare } });

    const pick = (ids: string[]) => ids[Math.floor(Math.random() * ids.length)]!;
    const reads = await load(ours, auth, 64, SECONDS, async (call) => (await call({ method: 'GET', path: `/subscribers/${pick(subscriberIds)}` })).status === 200);
    const bareReads = await load(baseline.url, {}, 64, SECONDS, async (call) => (await call({ method: 'GET', path: `/subscribers/${pick(baselineIds)}` })).status === 200);
    const latency = (r: LoadResult) => `${fmt(r.perSecond)}/s p50 ${fmt(r.p50ms, 1)} ms p99 ${fmt(r.p99ms, 1)} ms`;
    rows.push({ database: kind, measure: 'GET /subscribers/:id (64 connections)', ours: latency(reads), baseline: latency(bareReads), ratio: fmt(reads.perSecond / bareReads.perSecond, 2), detail: { ours: reads, baseline: bareReads } });
    await app.close();
    await baseline.app.close();
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
