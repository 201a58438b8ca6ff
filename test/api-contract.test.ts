// The API's contract over every operation its OpenAPI document lists: for bodies generated from each
// request schema (a valid one and its mutations: wrong JSON types in every property and union, missing
// and unknown fields, NUL and unpaired surrogates in strings), for real, missing and malformed path
// ids and for bad query values, every answer is a 2xx or a 4xx — never a 5xx —, every 4xx has the
// typed error shape, and after every 2xx all the organization's reads still answer 2xx.
// Deterministic: bodies come from the schemas (see support/schema-samples.ts), not from chance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';
import { dotted, mutations, sample, setAt, unionBranches, type Json, type JsonSchema, type Mutation, type SampleOptions } from './support/schema-samples.ts';
import { x12Text } from '../src/imports/x12/testing/generate-834.ts';
import { censusText } from '../src/imports/census/testing/generate-census.ts';

const YEAR = 2026;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestApp;
let owner: Tenant;
let broker: Tenant;
let api: Client;
const ids: Record<string, string> = {};
let ours834 = "";
let operations: { route: string; method: string; path: string; operation: OpenApiOperation }[] = [];

interface OpenApiParameter { in: 'path' | 'query'; name: string; required?: boolean; schema: JsonSchema }
interface OpenApiOperation { parameters?: OpenApiParameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, discriminator: true, allErrors: true }));

beforeAll(async () => {
  const started = Date.now();
  t = await startTestApp();
  owner = await t.tenant({ name: 'Contract Employer' });
  broker = await t.tenant({ name: 'Contract Broker', kind: 'broker' });
  api = client(t, () => owner);
  ids.carrier = (await createCarrier(api)).id;
  const group = await createGroup(api);
  ids.group = group.id;
  ids.location = group.primary_location.id;
  ids.period = (await createCoveragePeriod(api, ids.group, ids.carrier, YEAR)).id;
  ids.plan = (await createPlan(api, ids.period, 'medical')).id;
  const classification = await api.post(`/groups/${ids.group}/employment_classifications`, { employment_classification: { external_identifier: 'CT-CLASS' } });
  expect(classification.status, JSON.stringify(classification.body)).toBe(201);
  ids.classification = classification.body.employment_classification.id;
  const rule = await api.post(`/coverage_periods/${ids.period}/eligibility_rules`, { eligibility_rule: { employment_classification_id: ids.classification } });
  expect(rule.status, JSON.stringify(rule.body)).toBe(201);
  ids.eligibilityRule = rule.body.eligibility_rule.id;
  const family = await api.post(`/groups/${ids.group}/subscribers`, { subscriber: SUBSCRIBER });
  expect(family.status, JSON.stringify(family.body)).toBe(201);
  ids.subscriber = family.body.subscriber.id;
  ids.dependent = family.body.subscriber.dependents[0].id;
  const event = await api.post(`/subscribers/${ids.subscriber}/qualifying_life_events`, {
    qualifying_life_event: { event: 'initial_enrollment', date: `${YEAR}-01-01`, coverage_period_id: ids.period, plan_elections: { medical: { plan_id: ids.plan, type: 'election', coverages: [{ member_id: ids.subscriber, status: 'employer_sponsored', start_date: `${YEAR}-01-01` }] } } },
  });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  ids.event = event.body.qualifying_life_event.id;
  ids.acknowledgement = event.body.acknowledgement.reference_number;
  const file = await api.post(`/coverage_periods/${ids.period}/file_deliveries`, { file_delivery: { kind: 'full' } });
  expect(file.status, JSON.stringify(file.body)).toBe(201);
  ids.fileDelivery = file.body.file_delivery.id;
  // Our own full file fed back with the subscriber's birth date changed: a reconciliation with one discrepancy.
  ours834 = (await api.get(`/file_deliveries/${ids.fileDelivery}/content`)).body.content;
  const reconciliation = await upload(`/coverage_periods/${ids.period}/reconciliations`, 'application/edi-x12', ours834.replace('DMG*D8*19810101*', 'DMG*D8*19800101*'));
  expect(reconciliation.statusCode, reconciliation.body).toBe(201);
  ids.reconciliation = reconciliation.json().reconciliation.id;
  ids.discrepancy = (await api.get(`/reconciliations/${ids.reconciliation}/discrepancies`)).body.discrepancies[0].id;
  // A family no file could carry: one carrier error of the period (written as the worker writes it).
  ids.carrierError = '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a82';
  await t.testDb.database.db.insertInto('transmission_failures').values({ id: ids.carrierError!, organization_id: owner.organizationId, group_id: ids.group!, carrier_id: ids.carrier!, coverage_period_id: ids.period!, subscriber_id: ids.subscriber!, errors: JSON.stringify([{ error_type: 'carrier.line_of_coverage_unmapped', message: 'x', parameter: 'line_of_coverage_codes.life' }]) }).execute();
  // A key of its own for the key routes: revoking the caller's key would end the test.
  const key = await api.post('/api_keys', { api_key: { name: 'contract spare', scopes: ['read'] } });
  expect(key.status, JSON.stringify(key.body)).toBe(201);
  ids.apiKey = key.body.api_key.id;
  const grant = await api.post(`/groups/${ids.group}/access_grants`, { access_grant: { organization_id: broker.organizationId } });
  expect(grant.status, JSON.stringify(grant.body)).toBe(201);
  ids.grant = grant.body.access_grant.id;
  for (const name of ['webhookEndpoint', 'doomedWebhookEndpoint']) {
    const endpoint = await api.post('/webhook_endpoints', { webhook_endpoint: { url: 'https://203.0.113.10/hooks', events: ['subscriber.status_changed'] } });
    expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
    ids[name] = endpoint.body.webhook_endpoint.id;
  }
  const census = await upload(`/groups/${ids.group}/census_imports?coverage_period_id=${ids.period}&dry_run=true`, 'text/csv', VALID_CENSUS());
  expect(census.statusCode, census.body).toBe(202);
  ids.censusImport = census.json().census_import.id;
  const x12 = await upload(`/groups/${ids.group}/x12_imports?dry_run=true`, 'application/edi-x12', VALID_834());
  expect(x12.statusCode, x12.body).toBe(202);
  ids.x12Import = x12.json().x12_import.id;
  const renewed = (await createCoveragePeriod(api, ids.group, ids.carrier, YEAR - 2)).id;
  const renewal = await api.post(`/coverage_periods/${renewed}/renewals`, { renewal: {} });
  expect(renewal.status, JSON.stringify(renewal.body)).toBe(202);
  ids.renewal = renewal.body.renewal.id;

  const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, OpenApiOperation>> };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, operation })),
  );
  console.log(`contract: setup ${Math.round((Date.now() - started) / 1000)} s`);
}, 180_000);
afterAll(() => t?.close());

const VALID_CENSUS = () => censusText({ subscribers: 2, coverageStartDate: `${YEAR}-01-01`, plans: { medical: 'medical-plan' }, prefix: 'CT' });
const VALID_834 = () => x12Text({ families: 1, coverageStartDate: `${YEAR}-01-01`, plans: { HLT: 'MEDICAL-001' }, groupNumber: 'GRP002' });
// Bytes that are no CSV and no X12: NULs, invalid UTF-8, control characters.
const GARBAGE = Buffer.from([0x00, 0xff, 0xfe, 0x2c, 0x0a, 0xed, 0xa0, 0x80, 0x00, 0x7e, 0x2a, 0x1b, 0x0a, 0xc3, 0x28]);

const upload = (url: string, contentType: string, payload: string | Buffer) =>
  t.app.inject({ method: 'POST', url, headers: { ...owner.headers, 'content-type': contentType }, payload });

/** The owner's resource behind each path parameter of a route. */
function realUrl(path: string): string {
  const resource: Record<string, string> = {
    api_keys: 'apiKey', groups: 'group', carriers: 'carrier', coverage_periods: 'period', plans: 'plan', subscribers: 'subscriber', dependents: 'dependent',
    qualifying_life_events: 'event', acknowledgements: 'acknowledgement', members: 'dependent', webhook_endpoints: 'webhookEndpoint', census_imports: 'censusImport', x12_imports: 'x12Import',
    file_deliveries: 'fileDelivery', reconciliations: 'reconciliation', discrepancies: 'discrepancy', errors: 'carrierError', renewals: 'renewal',
    employment_classifications: 'classification', eligibility_rules: 'eligibilityRule',
  };
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      if (segment === '{grant_id}') return ids.grant;
      if (!segment.startsWith('{')) return segment;
      const id = ids[resource[segments[i - 1]!]!];
      if (!id) throw new Error(`No resource for ${segment} of ${path}`);
      return id;
    })
    .join('/');
}

let counter = 0;
/** Values a schema cannot choose well: ids of the setup's resources, identifiers unique per request. */
const named: SampleOptions['named'] = (name, schema) => {
  const byName: Record<string, () => Json> = {
    carrier_id: () => ids.carrier!,
    coverage_period_id: () => ids.period!,
    plan_id: () => ids.plan!,
    employment_classification_id: () => ids.classification!,
    member_id: () => ids.subscriber!,
    organization_id: () => broker.organizationId,
    location_id: () => ids.location!,
    external_identifier: () => `CT-${++counter}`,
    // Unique, so a duplicate SSN (refused by another change) is never what a request tests.
    social_security_number: () => String(123_000_000 + ++counter),
    birth_date: () => '1980-05-05',
    coverage_end_date: () => `${YEAR}-12-31`,
    open_enrollment_start_date: () => `${YEAR - 1}-11-01`,
    open_enrollment_end_date: () => `${YEAR - 1}-11-30`,
    // A public address literal: a host name would be looked up in DNS.
    url: () => 'https://203.0.113.10/contract',
  };
  const chosen = byName[name];
  if (!chosen) return undefined;
  // Only where the schema takes a string (a union's string branch included).
  const takesString = schema.type === 'string' || schema.anyOf?.some((branch) => branch.type === 'string');
  return takesString ? chosen() : undefined;
};

interface Answer { status: number; body: string; label: string; route: string }
const failures: string[] = [];
let requests = 0;
let accepted = 0;

async function send(route: string, label: string, method: string, url: string, body?: { json?: Json; raw?: string | Buffer; contentType?: string }): Promise<Answer> {
  requests++;
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers: { ...owner.headers, ...(body ? { 'content-type': body.contentType ?? 'application/json' } : {}) },
    ...(body ? { payload: body.raw ?? JSON.stringify(body.json) } : {}),
  });
  const answer = { status: res.statusCode, body: res.body, label, route };
  checkShape(answer);
  return answer;
}

function fail(answer: Answer, why: string) {
  failures.push(`${answer.route} [${answer.label}] → ${answer.status}: ${why} ${answer.body.slice(0, 300)}`);
}

function checkShape(answer: Answer) {
  if (answer.status >= 500) return fail(answer, 'a 5xx');
  if (answer.status < 200 || (answer.status >= 300 && answer.status < 400)) return fail(answer, 'neither 2xx nor 4xx');
  if (answer.status < 400) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return fail(answer, 'a 4xx that is not JSON');
  }
  const errors = (parsed as { errors?: unknown }).errors;
  const typed = Array.isArray(errors) && errors.length > 0 && Object.keys(parsed as object).length === 1 && errors.every((item) =>
    item !== null && typeof item === 'object' && Object.keys(item).sort().join() === 'error_type,message,parameter' &&
    typeof item.error_type === 'string' && typeof item.message === 'string' && (item.parameter === null || typeof item.parameter === 'string'));
  if (!typed) fail(answer, 'a 4xx without the {errors:[{error_type,message,parameter}]} shape');
}

function checkExpectation(answer: Answer, expected: Mutation['expect']) {
  if (!expected || answer.status >= 500) return;
  if (answer.status !== 400) return fail(answer, `expected 400 naming ${expected.parameter}`);
  const errors = JSON.parse(answer.body).errors as { error_type: string; parameter: string | null }[];
  const names = (error: { parameter: string | null }) => (expected.prefix ? (error.parameter ?? '').startsWith(expected.parameter) : error.parameter === expected.parameter);
  if (!errors.some((error) => names(error) && (!expected.errorType || error.error_type === expected.errorType))) fail(answer, `expected an error ${expected.errorType ?? ''} naming ${expected.parameter}`);
}

/** After a 2xx: every read of the organization — lists, the setup's resources, what was just made. */
let readMs = 0;
/** The 2xx writes since the last sweep of reads; each is read back at once, the whole sweep runs per operation. */
let unswept: Answer[] = [];
const READ_OF: Record<string, string> = {
  group: '/groups/', carrier: '/carriers/', coverage_period: '/coverage_periods/', plan: '/plans/', subscriber: '/subscribers/', dependent: '/dependents/',
  qualifying_life_event: '/qualifying_life_events/', webhook_endpoint: '/webhook_endpoints/', census_import: '/census_imports/', x12_import: '/x12_imports/', api_key: '/api_keys/', reconciliation: '/reconciliations/',
};

async function read(url: string, after: string, deleted?: string) {
  const answer = await send(`GET ${url}`, `read after ${after}`, 'GET', url);
  if (answer.status === 404 && deleted && url.includes(deleted)) return;
  if (answer.status !== 200) fail(answer, 'a read that fails after an accepted write');
}

/** After a 2xx: what it wrote reads back (the resource it made, or the URL it wrote to). */
async function readBack(after: Answer, url: string) {
  accepted++;
  unswept.push(after);
  const start = Date.now();
  const made = /^\{"(\w+)":\{"id":"([0-9a-f-]{36})"/.exec(after.body);
  if (made && READ_OF[made[1]!]) await read(`${READ_OF[made[1]!]}${made[2]}`, `${after.route} [${after.label}]`);
  else if (after.route.startsWith('PUT ')) await read(url.split('?')[0]!, `${after.route} [${after.label}]`);
  readMs += Date.now() - start;
}

/**
 * Every read of the organization: its lists, the setup's resources. Run after each operation that had
 * a 2xx (every GET costs a transaction; after each single 2xx the test would take minutes on PGlite);
 * a failure names the writes since the previous sweep.
 */
async function sweepReads() {
  if (unswept.length === 0) return;
  const start = Date.now();
  const after = unswept.map((answer) => `${answer.route} [${answer.label}]`).join('; ');
  const deleted = unswept.some((answer) => answer.route.startsWith('DELETE')) ? ids.doomedWebhookEndpoint : undefined;
  for (const op of operations) if (op.method === 'GET' && op.route !== 'GET /openapi.json') await read(realUrl(op.path), after.slice(0, 600), deleted);
  unswept = [];
  readMs += Date.now() - start;
}

async function exercise(route: string, label: string, method: string, url: string, body?: { json?: Json; raw?: string | Buffer; contentType?: string }, expected?: Mutation['expect']) {
  const answer = await send(route, label, method, url, body);
  checkExpectation(answer, expected);
  if (answer.status < 300 && method !== 'GET') await readBack(answer, url);
  return answer;
}

const bodySchema = (operation: OpenApiOperation) => operation.requestBody?.content['application/json']?.schema;
/** The first data row's first_name cell (PERSON_COLUMNS' fourth) with a NUL. */
const censusWithNul = () => VALID_CENSUS().split('\n').map((line, i) => (i === 1 ? line.split(',').map((cell, j) => (j === 3 ? `${cell}\u0000` : cell)).join(',') : line)).join('\n');
const x12WithNul = () => ({
  'an 834 with a NUL in a member name': VALID_834().replace('NM1*IL*1*', 'NM1*IL*1*\u0000'),
  'an 834 with a NUL in the sponsor name': VALID_834().replace('N1*P5*', 'N1*P5*\u0000'),
  'an 834 with a NUL in the group number': VALID_834().replace('REF*1L*', 'REF*1L*\u0000'),
});
const UPLOADS: Record<string, { contentType: string; valid: () => string; withNul: () => Record<string, string> }> = {
  'POST /groups/{id}/census_imports': { contentType: 'text/csv', valid: VALID_CENSUS, withNul: () => ({ 'a census with a NUL in a cell': censusWithNul() }) },
  'POST /groups/{id}/x12_imports': { contentType: 'application/edi-x12', valid: VALID_834, withNul: x12WithNul },
  'POST /x12_imports': { contentType: 'application/edi-x12', valid: VALID_834, withNul: x12WithNul },
  'POST /coverage_periods/{id}/reconciliations': { contentType: 'application/edi-x12', valid: () => ours834, withNul: () => ({ 'our 834 with a NUL in a member name': ours834.replace('NM1*IL*1*', 'NM1*IL*1*\u0000') }) },
};

describe('the API contract over every operation of the OpenAPI document', () => {
  it('covers every documented route', () => {
    expect(operations.map((op) => op.route).sort()).toEqual(t.routes().filter((route) => route !== 'GET /openapi.json' && !route.startsWith('GET /docs')).sort());
  });

  it('answers 2xx or a typed 4xx to every body, id and query, and stays readable after every 2xx', async () => {
    const started = Date.now();
    // The DELETE last: it removes its endpoint.
    const ordered = [...operations.filter((op) => op.method !== 'DELETE'), ...operations.filter((op) => op.method === 'DELETE')];
    for (const { route, method, path, operation } of ordered) {
      const url = route === 'DELETE /webhook_endpoints/{id}' ? `/webhook_endpoints/${ids.doomedWebhookEndpoint}` : realUrl(path);
      const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
      const upload = UPLOADS[route];
      // Uploads are dry runs (but one), so the files the test sends do not pile up families.
      const requiredQuery = [
        ...queryParams.filter((p) => p.required).map((p) => `${p.name}=${encodeURIComponent(String(sample(p.schema, { optional: false, named }, p.name)))}`),
        ...(upload ? ['dry_run=true'] : []),
      ];
      const withQuery = (base: string, extra: string[] = []) => {
        const query = [...requiredQuery, ...extra].join('&');
        return query ? `${base}${base.includes('?') ? '&' : '?'}${query}` : base;
      };
      const schema = bodySchema(operation);

      // Bodies.
      if (upload) {
        const target = withQuery(url);
        await exercise(route, 'a small valid file, not a dry run', method, target.replace('dry_run=true', 'dry_run=false'), { raw: upload.valid(), contentType: upload.contentType });
        await exercise(route, 'a small valid file', method, target, { raw: upload.valid(), contentType: upload.contentType });
        await exercise(route, 'a garbage file', method, target, { raw: GARBAGE, contentType: upload.contentType });
        for (const [label, file] of Object.entries(upload.withNul())) await exercise(route, label, method, target, { raw: file, contentType: upload.contentType });
        await exercise(route, 'an empty file', method, target, { raw: '', contentType: upload.contentType });
        await exercise(route, 'JSON instead of a file', method, target, { raw: '{"x":1}', contentType: 'application/json' });
      } else if (schema) {
        const minimal = sample(schema, { optional: false, named });
        const full = sample(schema, { optional: true, named });
        const validate = ajv.compile(schema);
        expect(validate(minimal), `${route}: the generated body fits the schema: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(validate(full), `${route}: the generated full body fits the schema: ${JSON.stringify(validate.errors)}`).toBe(true);
        await exercise(route, 'minimal valid body', method, withQuery(url), { json: sample(schema, { optional: false, named }) });
        await exercise(route, 'full valid body', method, withQuery(url), { json: sample(schema, { optional: true, named }) });
        for (const branch of unionBranches(schema, { optional: true, named })) {
          await exercise(route, `${dotted(branch.path)} as ${branch.title}`, method, withQuery(url), { json: setAt(sample(schema, { optional: true, named }), branch.path, branch.value) });
        }
        // Fresh unique identifiers for each mutation, so a 409 on a repeated identifier hides nothing.
        for (const mutation of mutations(schema, sample(schema, { optional: true, named }))) {
          await exercise(route, mutation.label, method, withQuery(url), { json: mutation.body }, mutation.expect);
        }
        await exercise(route, 'malformed JSON', method, withQuery(url), { raw: '{"a":', contentType: 'application/json' }, { parameter: 'body' });
        await exercise(route, 'a JSON escape of NUL', method, withQuery(url), { raw: JSON.stringify(full).replace(/"([^"]*)"(?=,|\})/, '"$1\\u0000"'), contentType: 'application/json' }, { parameter: '', prefix: true });
      } else {
        await exercise(route, 'no body', method, withQuery(url));
      }

      // Path parameters: a missing resource, a malformed id, a NUL.
      for (const parameter of pathParams) {
        const real = realUrl(path);
        const id = real.split('/').find((segment, i) => path.split('/')[i] === `{${parameter.name}}`)!;
        const json = upload ? undefined : schema ? { json: sample(schema, { optional: false, named }) } : undefined;
        const raw = upload ? { raw: upload.valid(), contentType: upload.contentType } : json;
        const q = (u: string) => withQuery(u);
        const missing = await exercise(route, `${parameter.name} of nothing`, method, q(real.replace(id, UUID.test(id) ? '0194f1a2-7c3e-7b21-9a4f-000000000000' : 'ACK-000000000000')), raw);
        if (missing.status !== 404 && missing.status !== 400) fail(missing, 'a missing resource is neither 404 nor 400');
        await exercise(route, `${parameter.name} malformed`, method, q(real.replace(id, 'not-an-id')), raw, { parameter: parameter.name });
        await exercise(route, `${parameter.name} with NUL`, method, q(real.replace(id, `${id}%00`)), raw, { parameter: parameter.name });
        await exercise(route, `${parameter.name} with bad percent-encoding`, method, q(real.replace(id, `${id}%ED%A0%80`)), raw);
      }

      // Query parameters: a value of another type, a NUL, a broken encoding, a huge number.
      for (const parameter of queryParams) {
        const json = upload ? { raw: upload.valid(), contentType: upload.contentType } : schema ? { json: sample(schema, { optional: false, named }) } : undefined;
        const base = url;
        const others = requiredQuery.filter((q) => !q.startsWith(`${parameter.name}=`));
        const at = (value: string) => {
          const query = [...others, `${parameter.name}=${value}`].join('&');
          return `${base}${base.includes('?') ? '&' : '?'}${query}`;
        };
        for (const value of ['contract', '-1', '99999999999999999999999', '', '%ED%A0%80']) await exercise(route, `?${parameter.name}=${value}`, method, at(value), json);
        await exercise(route, `?${parameter.name} with NUL`, method, at('a%00'), json, { parameter: parameter.name });
        await exercise(route, `?${parameter.name} twice`, method, `${at('a')}&${parameter.name}=b`, json);
      }
      await sweepReads();
    }
    // Imports run after their answer: wait for them, then everything must still read.
    await settleImports();
    unswept.push({ status: 200, body: '', label: 'imports settled', route: 'after all imports' });
    await sweepReads();
    console.log(`contract: ${requests} requests, ${accepted} accepted writes checked by reads (${Math.round(readMs / 1000)} s), ${Math.round((Date.now() - started) / 1000)} s`);
    expect(failures).toEqual([]);
  }, 300_000);
});

/** Every import the test sent ends, done or failed with its reasons: none is left queued or processing. */
async function settleImports() {
  // Imports are jobs: the worker's import step runs them.
  await t.runImportJobs();
  const deadline = Date.now() + 30_000;
  for (const table of ['census_imports', 'x12_imports'] as const) {
    let busy: { id: string; state: string }[] = [];
    while (Date.now() < deadline) {
      busy = await t.testDb.database.db.selectFrom(table).select(['id', 'state']).where('state', 'in', ['queued', 'processing']).execute();
      if (busy.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const states = await t.testDb.database.db.selectFrom(table).select('state').execute();
    console.log(`contract: ${table} ended`, JSON.stringify(states.reduce<Record<string, number>>((n, row) => ({ ...n, [row.state]: (n[row.state] ?? 0) + 1 }), {})));
    for (const row of busy) failures.push(`${table} ${row.id} is still ${row.state} 30 s after the test's last upload`);
  }
}
