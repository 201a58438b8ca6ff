// The benchmark's bare baseline server, in processes of its own as ours runs (`enroll serve`): a
// Fastify route doing the enrollment's inserts with raw SQL, and one reading a family back — no
// validation, auth, audit, idempotency or acknowledgements. With BENCH_PROCESSES above 1 (PostgreSQL)
// it runs that many processes on one port through node:cluster, as `enroll serve --processes N` does,
// with the same share of connections each. Prints "listening on URL" when every process listens.
//   node --import tsx bench/serve-bare.ts   with DATABASE_URL or ENROLL_DATA_DIR, PORT (0: any),
//   BENCH_PROCESSES and BENCH_TARGET='{"organizationId","groupId","periodId","planIds":{line: id}}'.
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { openDatabase, sql } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import { createCipher } from '../src/security/personal-data-cipher.ts';
import { poolSizePerProcess } from '../src/server.ts';
import { YEAR, type CensusTarget } from './census-setup.ts';

const processes = Number(process.env.BENCH_PROCESSES || 1);
const target = JSON.parse(process.env.BENCH_TARGET!) as CensusTarget & { planIds: Record<string, string> };
const port = Number(process.env.PORT || 0);

async function serve(): Promise<string> {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.ENROLL_DATA_DIR, poolSize: poolSizePerProcess(processes) });
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
      for (const [line, planId] of Object.entries(target.planIds)) {
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
  await app.listen({ port, host: '127.0.0.1' });
  const stop = () => app.close().then(() => database.close()).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', () => {});
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

if (processes === 1) {
  console.log(`listening on ${await serve()}`);
} else if (cluster.isPrimary) {
  const children = Array.from({ length: processes }, () => cluster.fork());
  const urls = await Promise.all(children.map((child) => new Promise<string>((resolve, reject) => {
    child.once('message', (url: string) => resolve(url));
    child.once('exit', (code) => reject(new Error(`a baseline process exited while starting (${code})`)));
  })));
  console.log(`listening on ${urls[0]}`);
  process.on('SIGTERM', () => {
    for (const child of children) child.process.kill('SIGTERM');
    Promise.all(children.map((child) => (child.isDead() ? undefined : new Promise((resolve) => child.once('exit', resolve))))).then(() => process.exit(0));
  });
} else {
  process.send!(await serve());
}
