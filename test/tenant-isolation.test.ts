// Tenancy across every route that exists: another organization's resource answers 404, exactly like
// one that does not exist, and lists never show it. The matrix fails when a route is added without a
// case here, so new routes cannot skip the check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../src/db/tenant.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';
import { x12Text } from '../src/imports/x12/testing/generate-834.ts';

let t: TestApp;
let owner: Tenant;
let stranger: Tenant;
let broker: Tenant;
let api: Client;
const ids: Record<string, string> = {};
const MISSING = '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80';

beforeAll(async () => {
  t = await startTestApp();
  owner = await t.tenant({ name: 'Owner Employer' });
  stranger = await t.tenant({ name: 'Stranger Employer' });
  broker = await t.tenant({ name: 'Granted Broker', kind: 'broker' });
  api = client(t, () => owner);
  ids.carrier = (await createCarrier(api)).id;
  ids.group = (await createGroup(api)).id;
  ids.period = (await createCoveragePeriod(api, ids.group, ids.carrier, 2020)).id;
  ids.plan = (await createPlan(api, ids.period, 'medical')).id;
  const family = await api.post(`/groups/${ids.group}/subscribers`, { subscriber: SUBSCRIBER });
  ids.subscriber = family.body.subscriber.id;
  ids.dependent = family.body.subscriber.dependents[0].id;
  const event = await api.post(`/subscribers/${ids.subscriber}/qualifying_life_events`, {
    qualifying_life_event: { event: 'initial_enrollment', date: '2020-01-01', coverage_period_id: ids.period, plan_elections: { medical: { plan_id: ids.plan, type: 'election', coverages: [{ member_id: ids.subscriber, status: 'employer_sponsored', start_date: '2020-01-01' }] } } },
  });
  ids.event = event.body.qualifying_life_event.id;
  ids.classification = (await api.post(`/groups/${ids.group}/employment_classifications`, { employment_classification: { external_identifier: 'SALARIED' } })).body.employment_classification.id;
  await api.post(`/subscribers/${ids.subscriber}/employment_classifications`, { subscriber_employment_classification: { employment_classification_id: ids.classification, effective_date: '2020-01-01' } });
  ids.eligibilityRule = (await api.post(`/coverage_periods/${ids.period}/eligibility_rules`, { eligibility_rule: { employment_classification_id: ids.classification, minimum_hours_per_week: 30 } })).body.eligibility_rule.id;
  const file = await api.post(`/coverage_periods/${ids.period}/file_deliveries`, { file_delivery: { kind: 'full' } });
  expect(file.status, JSON.stringify(file.body)).toBe(201);
  ids.fileDelivery = file.body.file_delivery.id;
  // A reconciliation of that file with the subscriber's birth date changed: one discrepancy.
  const content = (await api.get(`/file_deliveries/${ids.fileDelivery}/content`)).body.content as string;
  const reconciliation = await t.app.inject({ method: 'POST', url: `/coverage_periods/${ids.period}/reconciliations`, headers: { ...owner.headers, 'content-type': 'application/edi-x12' }, payload: content.replace('DMG*D8*19810101*', 'DMG*D8*19800101*') });
  expect(reconciliation.statusCode, reconciliation.body).toBe(201);
  ids.reconciliation = reconciliation.json().reconciliation.id;
  ids.discrepancy = (await api.get(`/reconciliations/${ids.reconciliation}/discrepancies`)).body.discrepancies[0].id;
  ids.acknowledgement = event.body.acknowledgement.reference_number;
  // A family no file could carry: one carrier error of the period (written as the worker writes it).
  ids.carrierError = '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a81';
  await t.testDb.database.db.insertInto('transmission_failures').values({ id: ids.carrierError!, organization_id: owner.organizationId, group_id: ids.group!, carrier_id: ids.carrier!, coverage_period_id: ids.period!, subscriber_id: ids.subscriber!, errors: JSON.stringify([{ error_type: 'carrier.line_of_coverage_unmapped', message: 'x', parameter: 'line_of_coverage_codes.life' }]) }).execute();
  expect((await api.get(`/errors/${ids.carrierError}`)).status).toBe(200);
  ids.apiKey = (await api.get('/api_keys')).body.api_keys[0].id;
  const census = await t.app.inject({ method: 'POST', url: `/groups/${ids.group}/census_imports?coverage_period_id=${ids.period}&dry_run=true`, headers: { ...owner.headers, 'content-type': 'text/csv' }, payload: 'subscriber_external_id\n' });
  expect(census.statusCode, census.body).toBe(202);
  ids.censusImport = census.json().census_import.id;
  const grant = await api.post(`/groups/${ids.group}/access_grants`, { access_grant: { organization_id: broker.organizationId } });
  expect(grant.status, JSON.stringify(grant.body)).toBe(201);
  ids.grant = grant.body.access_grant.id;
  const endpoint = await api.post('/webhook_endpoints', { webhook_endpoint: { url: 'https://203.0.113.10/hooks', events: ['subscriber.status_changed'] } });
  expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
  ids.webhookEndpoint = endpoint.body.webhook_endpoint.id;
  const x12 = await t.app.inject({ method: 'POST', url: `/groups/${ids.group}/x12_imports?dry_run=true`, headers: { ...owner.headers, 'content-type': 'application/edi-x12' }, payload: x12Text({ families: 1, coverageStartDate: '2020-01-01', plans: { HLT: 'MEDICAL-001' } }) });
  expect(x12.statusCode, x12.body).toBe(202);
  ids.x12Import = x12.json().x12_import.id;
  // A period of its own to renew (the 2020 one stays as the other cases need it).
  const renewable = (await createCoveragePeriod(api, ids.group, ids.carrier, 2022)).id;
  const renewal = await api.post(`/coverage_periods/${renewable}/renewals`, { renewal: {} });
  expect(renewal.status, JSON.stringify(renewal.body)).toBe(202);
  ids.renewal = renewal.body.renewal.id;
});
afterAll(() => t?.close());

const dependentBody = { dependent: { external_identifier: 'X', first_name: 'X', last_name: 'Y', gender: 'female', subscriber_relationship: 'child', birth_date: '2015-01-01' } };

/** For every route with a path parameter: the URL of the owner's resource and a valid body. */
const cases: Record<string, () => { url: string; body?: unknown; contentType?: string }> = {
  'GET /api_keys/{id}': () => ({ url: `/api_keys/${ids.apiKey}` }),
  'POST /api_keys/{id}/revoke': () => ({ url: `/api_keys/${ids.apiKey}/revoke` }),
  'GET /groups/{id}': () => ({ url: `/groups/${ids.group}` }),
  'PUT /groups/{id}': () => ({ url: `/groups/${ids.group}`, body: { group: { name: 'Taken over' } } }),
  'POST /groups/{id}/access_grants': () => ({ url: `/groups/${ids.group}/access_grants`, body: { access_grant: { organization_id: stranger.organizationId } } }),
  'GET /groups/{id}/access_grants': () => ({ url: `/groups/${ids.group}/access_grants` }),
  'POST /groups/{id}/access_grants/{grant_id}/revoke': () => ({ url: `/groups/${ids.group}/access_grants/${ids.grant}/revoke` }),
  'GET /carriers/{id}': () => ({ url: `/carriers/${ids.carrier}` }),
  'PUT /carriers/{id}': () => ({ url: `/carriers/${ids.carrier}`, body: { carrier: { name: 'Taken over' } } }),
  'POST /groups/{id}/coverage_periods': () => ({ url: `/groups/${ids.group}/coverage_periods`, body: { coverage_period: { carrier_id: ids.carrier, carrier_group_number: 'X', coverage_start_date: '2021-01-01', coverage_end_date: '2021-12-31' } } }),
  'GET /groups/{id}/coverage_periods': () => ({ url: `/groups/${ids.group}/coverage_periods` }),
  'GET /coverage_periods/{id}': () => ({ url: `/coverage_periods/${ids.period}` }),
  'POST /coverage_periods/{id}/plans': () => ({ url: `/coverage_periods/${ids.period}/plans`, body: { plan: { external_identifier: 'X', description: 'X', product_line: 'dental' } } }),
  'GET /coverage_periods/{id}/plans': () => ({ url: `/coverage_periods/${ids.period}/plans` }),
  'GET /plans/{id}': () => ({ url: `/plans/${ids.plan}` }),
  'POST /groups/{id}/subscribers': () => ({ url: `/groups/${ids.group}/subscribers`, body: { subscriber: { ...SUBSCRIBER, external_identifier: 'INTRUDER' } } }),
  'GET /groups/{id}/subscribers': () => ({ url: `/groups/${ids.group}/subscribers` }),
  'GET /groups/{id}/upcoming_age_outs': () => ({ url: `/groups/${ids.group}/upcoming_age_outs?within_days=60` }),
  'POST /groups/{id}/employment_classifications': () => ({ url: `/groups/${ids.group}/employment_classifications`, body: { employment_classification: { external_identifier: 'INTRUDER' } } }),
  'GET /groups/{id}/employment_classifications': () => ({ url: `/groups/${ids.group}/employment_classifications` }),
  'GET /employment_classifications/{id}': () => ({ url: `/employment_classifications/${ids.classification}` }),
  'PUT /employment_classifications/{id}': () => ({ url: `/employment_classifications/${ids.classification}`, body: { employment_classification: { description: 'Intruder' } } }),
  'POST /subscribers/{id}/employment_classifications': () => ({ url: `/subscribers/${ids.subscriber}/employment_classifications`, body: { subscriber_employment_classification: { employment_classification_id: ids.classification, effective_date: '2020-01-01' } } }),
  'GET /subscribers/{id}/employment_classifications': () => ({ url: `/subscribers/${ids.subscriber}/employment_classifications` }),
  'POST /coverage_periods/{id}/eligibility_rules': () => ({ url: `/coverage_periods/${ids.period}/eligibility_rules`, body: { eligibility_rule: { minimum_hours_per_week: 1 } } }),
  'GET /coverage_periods/{id}/eligibility_rules': () => ({ url: `/coverage_periods/${ids.period}/eligibility_rules` }),
  'GET /eligibility_rules/{id}': () => ({ url: `/eligibility_rules/${ids.eligibilityRule}` }),
  'PUT /eligibility_rules/{id}': () => ({ url: `/eligibility_rules/${ids.eligibilityRule}`, body: { eligibility_rule: { minimum_hours_per_week: 1 } } }),
  'GET /subscribers/{id}': () => ({ url: `/subscribers/${ids.subscriber}` }),
  'PUT /subscribers/{id}': () => ({ url: `/subscribers/${ids.subscriber}`, body: { subscriber: { first_name: 'Intruder' } } }),
  'POST /subscribers/{id}/dependents': () => ({ url: `/subscribers/${ids.subscriber}/dependents`, body: dependentBody }),
  'GET /dependents/{id}': () => ({ url: `/dependents/${ids.dependent}` }),
  'PUT /dependents/{id}': () => ({ url: `/dependents/${ids.dependent}`, body: { dependent: { first_name: 'Intruder' } } }),
  'DELETE /dependents/{id}': () => ({ url: `/dependents/${ids.dependent}?end_date=2020-06-30&coverage_period_id=${ids.period}` }),
  'POST /subscribers/{id}/qualifying_life_events': () => ({ url: `/subscribers/${ids.subscriber}/qualifying_life_events`, body: { qualifying_life_event: { event: 'marriage', date: '2020-03-01', coverage_period_id: ids.period } } }),
  'GET /qualifying_life_events/{id}': () => ({ url: `/qualifying_life_events/${ids.event}` }),
  'GET /acknowledgements/{reference_number}': () => ({ url: `/acknowledgements/${ids.acknowledgement}` }),
  'GET /coverage_periods/{id}/file_deliveries': () => ({ url: `/coverage_periods/${ids.period}/file_deliveries` }),
  'POST /coverage_periods/{id}/file_deliveries': () => ({ url: `/coverage_periods/${ids.period}/file_deliveries`, body: { file_delivery: { kind: 'full' } } }),
  'GET /coverage_periods/{id}/errors': () => ({ url: `/coverage_periods/${ids.period}/errors` }),
  'GET /members/{id}/coverage_transmissions': () => ({ url: `/members/${ids.dependent}/coverage_transmissions` }),
  'GET /subscribers/{id}/preview_834': () => ({ url: `/subscribers/${ids.subscriber}/preview_834` }),
  'GET /file_deliveries/{id}/content': () => ({ url: `/file_deliveries/${ids.fileDelivery}/content` }),
  'POST /coverage_periods/{id}/reconciliations': () => ({ url: `/coverage_periods/${ids.period}/reconciliations`, body: 'ISA', contentType: 'application/edi-x12' }),
  'GET /reconciliations/{id}': () => ({ url: `/reconciliations/${ids.reconciliation}` }),
  'GET /reconciliations/{id}/discrepancies': () => ({ url: `/reconciliations/${ids.reconciliation}/discrepancies` }),
  'GET /coverage_periods/{id}/discrepancies': () => ({ url: `/coverage_periods/${ids.period}/discrepancies?status=open` }),
  'GET /discrepancies/{id}': () => ({ url: `/discrepancies/${ids.discrepancy}` }),
  'POST /discrepancies/{id}/comments': () => ({ url: `/discrepancies/${ids.discrepancy}/comments`, body: { comment: { body: 'Intruder' } } }),
  'POST /discrepancies/{id}/resolve': () => ({ url: `/discrepancies/${ids.discrepancy}/resolve`, body: { resolution: 'dismissed' } }),
  'POST /discrepancies/{id}/reopen': () => ({ url: `/discrepancies/${ids.discrepancy}/reopen`, body: {} }),
  'GET /errors/{id}': () => ({ url: `/errors/${ids.carrierError}` }),
  'POST /errors/{id}/comments': () => ({ url: `/errors/${ids.carrierError}/comments`, body: { comment: { body: 'Intruder' } } }),
  'POST /errors/{id}/resolve': () => ({ url: `/errors/${ids.carrierError}/resolve`, body: { resolution: 'dismissed' } }),
  'POST /errors/{id}/reopen': () => ({ url: `/errors/${ids.carrierError}/reopen`, body: {} }),
  'POST /subscribers/{id}/resend': () => ({ url: `/subscribers/${ids.subscriber}/resend`, body: {} }),
  'POST /coverage_periods/{id}/renewals': () => ({ url: `/coverage_periods/${ids.period}/renewals`, body: { renewal: {} } }),
  'GET /renewals/{id}': () => ({ url: `/renewals/${ids.renewal}` }),
  'POST /file_deliveries/{id}/resend': () => ({ url: `/file_deliveries/${ids.fileDelivery}/resend`, body: {} }),
  'POST /groups/{id}/census_imports': () => ({ url: `/groups/${ids.group}/census_imports?coverage_period_id=${ids.period}`, body: 'subscriber_external_id\n', contentType: 'text/csv' }),
  'GET /census_imports/{id}': () => ({ url: `/census_imports/${ids.censusImport}` }),
  'POST /groups/{id}/x12_imports': () => ({ url: `/groups/${ids.group}/x12_imports`, body: {} }),
  'GET /x12_imports/{id}': () => ({ url: `/x12_imports/${ids.x12Import}` }),
  'GET /webhook_endpoints/{id}': () => ({ url: `/webhook_endpoints/${ids.webhookEndpoint}` }),
  'PUT /webhook_endpoints/{id}': () => ({ url: `/webhook_endpoints/${ids.webhookEndpoint}`, body: { webhook_endpoint: { description: 'Taken over' } } }),
  'DELETE /webhook_endpoints/{id}': () => ({ url: `/webhook_endpoints/${ids.webhookEndpoint}` }),
  'POST /webhook_endpoints/{id}/test': () => ({ url: `/webhook_endpoints/${ids.webhookEndpoint}/test`, body: {} }),
  'GET /webhook_endpoints/{id}/deliveries': () => ({ url: `/webhook_endpoints/${ids.webhookEndpoint}/deliveries` }),
};

const call = (route: string, tenant: Tenant, url: string, body?: unknown, contentType?: string) =>
  t.app.inject({ method: route.split(' ')[0] as 'GET', url, headers: { ...tenant.headers, ...(contentType ? { 'content-type': contentType } : {}) }, ...(body ? { payload: body as object } : {}) });

describe('another tenant’s resources', () => {
  it('has a case for every route with a path parameter', () => {
    const parameterized = t.routes().filter((route) => route.includes('{'));
    expect(parameterized.filter((route) => !cases[route])).toEqual([]);
  });

  it('answers 404 on every route, exactly like a resource that does not exist, and changes nothing', async () => {
    const before = await t.testDb.database.db.selectFrom('audit_events').select('id').execute();
    for (const [route, make] of Object.entries(cases)) {
      const { url, body, contentType } = make();
      const theirs = await call(route, stranger, url, body, contentType);
      expect(theirs.statusCode, `${route} as another tenant: ${theirs.body}`).toBe(404);
      expect(theirs.json().errors[0].error_type, route).toBe('not_found');
      // The same route with an id that exists nowhere answers the same.
      const missingUrl = url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, MISSING).replace(/ACK-[0-9A-Z]{12}/, 'ACK-000000000000');
      const missing = await call(route, stranger, missingUrl, body, contentType);
      expect(missing.statusCode, `${route} with a missing id`).toBe(404);
      expect(missing.json().errors[0].error_type).toBe(theirs.json().errors[0].error_type);
    }
    const after = await t.testDb.database.db.selectFrom('audit_events').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('never lists another tenant’s groups, carriers or keys, nor leaks their ids', async () => {
    for (const url of ['/groups', '/carriers', '/api_keys', '/audit_events', '/webhook_endpoints']) {
      const res = await call(`GET ${url}`, stranger, url);
      expect(res.statusCode, url).toBe(200);
      for (const id of Object.values(ids)) expect(res.body, `${url} leaks ${id}`).not.toContain(id);
    }
  });

  it('refuses the owner’s carrier in another tenant’s coverage period', async () => {
    const strangerApi = client(t, () => stranger);
    const theirGroup = await createGroup(strangerApi);
    const res = await strangerApi.post(`/groups/${theirGroup.id}/coverage_periods`, { coverage_period: { carrier_id: ids.carrier, carrier_group_number: 'X', coverage_start_date: '2021-01-01', coverage_end_date: '2021-12-31' } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].parameter).toBe('coverage_period.carrier_id');
  });
});

describe('a granted broker', () => {
  it('reaches the granted group’s subscribers, and nothing of the owner outside it', async () => {
    const brokerApi = client(t, () => broker);
    expect((await brokerApi.get(`/subscribers/${ids.subscriber}`)).status).toBe(200);
    expect((await brokerApi.get(`/carriers/${ids.carrier}`)).status).toBe(404);
    expect((await brokerApi.get(`/api_keys/${ids.apiKey}`)).status).toBe(404);
  });

  it('loses the group the moment the grant is revoked', async () => {
    const extra = await t.keyFor(broker.organizationId, ['read']);
    const revoke = await api.post(`/groups/${ids.group}/access_grants/${ids.grant}/revoke`, {});
    expect(revoke.status, JSON.stringify(revoke.body)).toBe(200);
    expect((await client(t, () => extra).get(`/subscribers/${ids.subscriber}`)).status).toBe(404);
  });
});

describe('the database’s own line of defence', () => {
  it('hides the owner’s enrollment rows from another tenant’s transaction even without a filter', async () => {
    const seen = await inTenant(t.testDb.database.db, stranger.organizationId, async (trx) => ({
      groups: await trx.selectFrom('groups').select('id').execute(),
      members: await trx.selectFrom('members').select('id').execute(),
      coverages: await trx.selectFrom('coverages').select('id').execute(),
      events: await trx.selectFrom('qualifying_life_events').select('id').execute(),
      acknowledgements: await trx.selectFrom('acknowledgements').select('reference_number').execute(),
      reconciliations: await trx.selectFrom('reconciliations').select('id').execute(),
      discrepancies: await trx.selectFrom('discrepancies').select('id').execute(),
      findings: await trx.selectFrom('reconciliation_findings').select('discrepancy_id').execute(),
      classifications: await trx.selectFrom('employment_classifications').select('id').execute(),
      classAssignments: await trx.selectFrom('subscriber_classifications').select('id').execute(),
      eligibilityRules: await trx.selectFrom('eligibility_rules').select('id').execute(),
    }));
    expect(seen.classifications).toEqual([]);
    expect(seen.classAssignments).toEqual([]);
    expect(seen.eligibilityRules).toEqual([]);
    expect(seen.reconciliations).toEqual([]);
    expect(seen.discrepancies).toEqual([]);
    expect(seen.findings).toEqual([]);
    const visibleIds = JSON.stringify(seen);
    for (const id of [ids.group, ids.subscriber, ids.dependent, ids.event]) expect(visibleIds).not.toContain(id);
  });
});
