// GET /subscribers: one search across every group the caller reaches — by name, external identifier
// or SSN last four, status, group and coverage date — and never another organization's people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let acme: Tenant;
let other: Tenant;
let broker: Tenant;
let api: Client;
const ids: Record<string, string> = {};
const year = 2026;
const address = { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' };

async function enroll(tenant: Tenant, groupId: string, externalId: string, first: string, last: string, ssn: string | null) {
  const res = await api.post(`/groups/${groupId}/subscribers`, {
    subscriber: {
      external_identifier: externalId, first_name: first, last_name: last, gender: 'female', birth_date: '1985-12-10',
      ...(ssn ? { social_security_number: ssn } : {}), residential_address: address, employment_details: { status: 'full_time', start_date: `${year}-01-01` },
    },
  }, tenant);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.subscriber.id as string;
}

beforeAll(async () => {
  t = await startTestApp();
  acme = await t.tenant({ name: 'Acme' });
  other = await t.tenant({ name: 'Other' });
  broker = await t.tenant({ name: 'Broker', kind: 'broker' });
  api = client(t, () => acme);
  const north = await createGroup(api, acme, 'NORTH');
  const south = await createGroup(api, acme, 'SOUTH');
  const theirs = await createGroup(api, other, 'THEIRS');
  ids.north = north.id;
  ids.south = south.id;
  ids.ada = await enroll(acme, north.id, 'E-1', 'Ada', 'Lovelace', '123-45-6789');
  ids.adam = await enroll(acme, north.id, 'E-2', 'Adam', 'Smith', '111-22-3333');
  ids.grace = await enroll(acme, south.id, 'E-3', 'Grace', 'Hopper', '987-65-4321');
  ids.percent = await enroll(acme, south.id, 'E-4', 'Zed', 'O%Neil', null);
  // The same name, identifier and last four in another organization: never found by acme.
  ids.theirAda = await enroll(other, theirs.id, 'E-1', 'Ada', 'Lovelace', '555-55-6789');
  // Grace is covered from March; the others are not covered at all.
  const carrier = await createCarrier(api, acme);
  const period = await createCoveragePeriod(api, south.id, carrier.id, year, acme);
  const plan = await createPlan(api, period.id, 'medical', acme);
  const event = await api.post(`/subscribers/${ids.grace}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: `${year}-03-01`, coverage_period_id: period.id, plan_elections: { medical: { plan_id: plan.id, type: 'election', coverages: [{ member_id: ids.grace, status: 'employer_sponsored', start_date: `${year}-03-01` }] } } } });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  const grant = await api.post(`/groups/${south.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } }, acme);
  expect(grant.status).toBe(201);
}, 120_000);
afterAll(() => t?.close());

const search = async (query: string, tenant: Tenant = acme) => {
  const res = await api.get(`/subscribers${query}`, tenant);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { subscribers: Array<{ id: string; group_id: string; first_name: string; status: string }>; next_cursor: string | null };
};
const found = async (query: string, tenant: Tenant = acme) => (await search(query, tenant)).subscribers.map((s) => s.id);

describe('GET /subscribers', () => {
  it('lists every subscriber of every group the organization owns, in creation order, and no one else', async () => {
    expect(await found('')).toEqual([ids.ada, ids.adam, ids.grace, ids.percent]);
    expect(await found('', other)).toEqual([ids.theirAda]);
  });

  it('matches name words by prefix, case-insensitively, on first or last name', async () => {
    expect(await found('?q=ada')).toEqual([ids.ada, ids.adam]);
    expect(await found('?q=LOVE')).toEqual([ids.ada]);
    expect(await found('?q=ada%20love')).toEqual([ids.ada]);
    expect(await found('?q=%20hopper%20')).toEqual([ids.grace]);
    expect(await found('?q=velace')).toEqual([]); // a prefix, not any substring
    expect(await found('?q=nobody')).toEqual([]);
  });

  it('matches an external identifier exactly and the last four digits of the SSN', async () => {
    expect(await found('?q=E-3')).toEqual([ids.grace]);
    expect(await found('?q=6789')).toEqual([ids.ada]);
    expect(await found('?q=4321')).toEqual([ids.grace]);
    expect(await found('?q=45-6789')).toEqual([]); // only the last four are searchable
  });

  it('treats LIKE wildcards in q as plain characters', async () => {
    expect(await found('?q=%25')).toEqual([]);
    expect(await found('?q=_')).toEqual([]);
    expect(await found('?q=o%25')).toEqual([ids.percent]);
  });

  it('filters by group, status and who was covered on a day', async () => {
    expect(await found(`?group_id=${ids.south}`)).toEqual([ids.grace, ids.percent]);
    expect(await found(`?group_id=${ids.north}&q=adam`)).toEqual([ids.adam]);
    expect(await found('?covered_on=2026-03-01')).toEqual([ids.grace]);
    expect(await found('?covered_on=2026-02-28')).toEqual([]);
    expect(await found('?status=pending&q=grace')).toEqual([ids.grace]);
    expect(await found('?status=synced')).toEqual([]);
  });

  it('pages with limit and cursor like the other lists', async () => {
    const first = await search('?limit=3');
    expect(first.subscribers.map((s) => s.id)).toEqual([ids.ada, ids.adam, ids.grace]);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await search(`?limit=3&cursor=${first.next_cursor}`);
    expect(second.subscribers.map((s) => s.id)).toEqual([ids.percent]);
    expect(second.next_cursor).toBeNull();
  });

  it('a grantee finds the people of the granted group only, and never another organization\'s', async () => {
    expect(await found('', broker)).toEqual([ids.grace, ids.percent]);
    expect(await found('?q=ada', broker)).toEqual([]);
    expect(await found('?q=6789', broker)).toEqual([]);
    expect(await found(`?group_id=${ids.north}`, broker)).toEqual([]);
    expect(await found('?q=E-1', other)).toEqual([ids.theirAda]);
    expect(await found('?q=6789', other)).toEqual([ids.theirAda]);
    expect(await found(`?group_id=${ids.south}`, other)).toEqual([]);
  });

  it('answers 400 naming the parameter for bad input', async () => {
    for (const [query, parameter] of [['?q=', 'q'], [`?q=${'a'.repeat(101)}`, 'q'], ['?group_id=nope', 'group_id'], ['?status=lost', 'status'], ['?covered_on=2026-13-01', 'covered_on'], ['?cursor=zzz', 'cursor'], ['?limit=0', 'limit'], ['?colour=red', 'colour']]) {
      const res = await api.get(`/subscribers${query}`);
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.errors[0].parameter, query).toBe(parameter);
    }
  });
});
