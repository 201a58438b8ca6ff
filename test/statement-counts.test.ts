// Round trips per request: every statement a request sends to the database is counted, BEGIN and
// COMMIT included, with the abuse limits on as they are by default (and the texts they travel in). A life event of any size, a
// subscriber created with dependents and the subscriber's record each take at most six, and the
// count does not grow with the family. When one of these fails, it prints the statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/http/app.ts';
import { readConfig } from '../src/config.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

const MAX_STATEMENTS = 6;

let t: TestApp;
let app: App;
let employer: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
let plans: Record<'medical' | 'dental' | 'vision', { id: string }>;

/** The tally of each answered request (observability/request-statements.ts), by request id. */
const tallies = new Map<string, { count: number; roundTrips: number; texts: string[] }>();

/** The request's answer and the statements it sent. */
async function counted(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  const res = await app.inject({ method, url, headers: employer.headers, ...(body === undefined ? {} : { payload: body as object }) });
  const tally = tallies.get(String(res.headers['x-test-request-id']));
  if (!tally) throw new Error('the request was not counted');
  return { status: res.statusCode, body: res.json(), roundTrips: tally.roundTrips, statements: Array.from({ length: tally.count }, (_, i) => tally.texts[i] ?? '…') };
}

function family(size: number, tag: string) {
  const children = Array.from({ length: size }, (_, i) => ({ external_identifier: `${tag}-child-${i}`, first_name: `Kid${i}`, last_name: 'Smith', gender: 'female', subscriber_relationship: 'child', birth_date: '2015-03-0' + ((i % 9) + 1) }));
  return {
    subscriber: {
      ...SUBSCRIBER,
      external_identifier: `${tag}-subscriber`,
      employment_details: { status: 'full_time', start_date: '2026-01-01' },
      social_security_number: undefined,
      dependents: [{ ...SUBSCRIBER.dependents[0]!, external_identifier: `${tag}-spouse`, social_security_number: undefined }, ...children],
    },
  };
}

const newHire = (subscriber: any) => {
  const ids = [subscriber.id, ...subscriber.dependents.map((d: any) => d.id)];
  const coverages = ids.map((member_id: string) => ({ member_id, status: 'employer_sponsored', start_date: '2026-01-01' }));
  return {
    qualifying_life_event: {
      event: 'new_hire',
      date: '2026-01-01',
      eligibility_start_date: '2026-01-01',
      coverage_period_id: periodId,
      plan_elections: {
        medical: { plan_id: plans.medical.id, type: 'election', coverages },
        dental: { plan_id: plans.dental.id, type: 'election', coverages },
        vision: { plan_id: plans.vision.id, type: 'election', coverages },
      },
    },
  };
};

beforeAll(async () => {
  t = await startTestApp();
  // The production defaults: abuse limits on (on PostgreSQL their counts live in the database).
  app = await buildApp({ ...t.app.services, config: { ...t.app.services.config, rateLimits: readConfig({}).rateLimits } });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-test-request-id', request.id);
    tallies.set(request.id, request.statements!);
  });
  await app.ready();
  employer = await t.tenant();
  api = client(t, () => employer);
  const carrier = await createCarrier(api);
  const group = await createGroup(api);
  groupId = group.id;
  periodId = (await createCoveragePeriod(api, groupId, carrier.id, 2026)).id;
  plans = { medical: await createPlan(api, periodId, 'medical'), dental: await createPlan(api, periodId, 'dental'), vision: await createPlan(api, periodId, 'vision') };
  // The key's first request in a process reads the key; later ones find it in the process's key cache.
  const first = await counted('GET', `/groups/${groupId}`);
  expect(first.status).toBe(200);
  expect(first.statements.some((text) => /from "api_keys"/.test(text))).toBe(true);
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('statements per request', () => {
  const sizes: Record<string, number[]> = {};

  for (const size of [1, 12]) {
    it(`a family of ${size + 2}: created, enrolled in three lines, read, changed and terminated in at most ${MAX_STATEMENTS} statements each`, async () => {
      const created = await counted('POST', `/groups/${groupId}/subscribers`, family(size, `F${size}`));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.statements.length, created.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);
      const subscriber = created.body.subscriber;

      const enrolled = await counted('POST', `/subscribers/${subscriber.id}/qualifying_life_events`, newHire(subscriber));
      expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
      expect(enrolled.body.coverages).toHaveLength(3 * (size + 2));
      expect(enrolled.statements.length, enrolled.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);

      const read = await counted('GET', `/subscribers/${subscriber.id}`);
      expect(read.status).toBe(200);
      expect(read.body.subscriber.dependents).toHaveLength(size + 1);
      expect(read.body.subscriber.coverages).toHaveLength(3);
      expect(read.statements.length, read.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);
      // BEGIN, the tenant statement, the family and COMMIT travel together.
      expect(read.roundTrips).toBe(1);
      // A write's BEGIN travels with its tenant statement.
      expect(enrolled.roundTrips).toBeLessThan(enrolled.statements.length);

      const moved = await counted('PUT', `/subscribers/${subscriber.id}`, { subscriber: { residential_address: { ...SUBSCRIBER.residential_address, city: 'Peoria' } } });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.subscriber.residential_address.city).toBe('Peoria');
      expect(moved.statements.length, moved.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);

      const added = await counted('POST', `/subscribers/${subscriber.id}/dependents`, { dependent: { external_identifier: `F${size}-newborn`, first_name: 'New', last_name: 'Smith', gender: 'male', subscriber_relationship: 'child', birth_date: '2026-02-01' } });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.statements.length, added.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);

      const renamed = await counted('PUT', `/dependents/${added.body.dependent.id}`, { dependent: { first_name: 'Newt' } });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      expect(renamed.statements.length, renamed.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);

      const ended = await counted('POST', `/subscribers/${subscriber.id}/qualifying_life_events`, { qualifying_life_event: { event: 'termination_of_employment', date: '2026-05-15', coverage_period_id: periodId } });
      expect(ended.status, JSON.stringify(ended.body)).toBe(201);
      expect(ended.body.coverages.filter((c: any) => c.end_date === '2026-05-31')).toHaveLength(3 * (size + 2));
      expect(ended.statements.length, ended.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);

      // A resend queues the family for its carriers (pending already here, so nothing to announce): as many statements for any family.
      const resent = await counted('POST', `/subscribers/${subscriber.id}/resend`, {});
      expect(resent.status, JSON.stringify(resent.body)).toBe(202);
      expect(resent.statements.length, resent.statements.join('\n')).toBeLessThanOrEqual(MAX_STATEMENTS);

      sizes[size] = [created, enrolled, read, moved, added, renamed, ended, resent].map((r) => r.statements.length);
    });
  }

  it('sends the same number of statements for a family of 14 as for a family of 3', () => {
    expect(sizes[1]).toBeDefined();
    expect(sizes[12]).toEqual(sizes[1]);
  });

  it('a refused request writes nothing and still counts few statements', async () => {
    const refused = await counted('POST', `/groups/${groupId}/subscribers`, { subscriber: { ...family(1, 'bad').subscriber, birth_date: '2999-01-01' } });
    expect(refused.status).toBe(422);
    expect(refused.statements.length).toBeLessThanOrEqual(MAX_STATEMENTS);
    const found = await api.get(`/groups/${groupId}/subscribers?external_identifier=bad-subscriber`);
    expect(found.body.subscribers).toEqual([]);
  });
});

describe('the one-trip read', () => {
  it('refuses a key revoked a moment ago, and reads no family of another organization', async () => {
    const stranger = await t.tenant();
    const created = await counted('POST', `/groups/${groupId}/subscribers`, family(0, 'OWN'));
    const id = created.body.subscriber.id;
    const theirs = await app.inject({ method: 'GET', url: `/subscribers/${id}`, headers: stranger.headers });
    expect(theirs.statusCode).toBe(404);
    const revoked = await api.post(`/api_keys/${(await api.get('/api_keys')).body.api_keys[0].id}/revoke`, {});
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    const after = await app.inject({ method: 'GET', url: `/subscribers/${id}`, headers: employer.headers });
    expect(after.statusCode).toBe(401);
  });
});
