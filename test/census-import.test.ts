// Census import through HTTP on a real database: a generated census of a couple of thousand people
// is stored as the file says; re-importing it changes nothing; a changed file changes exactly what
// changed; a dry run and a file with errors write nothing and report each bad row.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { censusLines, censusText } from '../src/imports/census/testing/generate-census.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
const year = 2026;
const SUBSCRIBERS = 800;
const spec = { subscribers: SUBSCRIBERS, seed: 7, coverageStartDate: `${year}-01-01`, plans: { medical: 'MED-PPO', dental: 'DEN-1' } };

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  const carrier = await createCarrier(api);
  // The sample file has life coverage: the carrier names its 834 code for life (there is no default).
  expect((await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AH' } } })).status).toBe(200);
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrier.id, year)).id;
  for (const [line, external] of [['medical', 'MED-PPO'], ['dental', 'DEN-1'], ['vision', 'VIS-1']]) {
    const res = await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: external, description: `${line} plan`, product_line: line } });
    expect(res.status).toBe(201);
  }
}, 60_000);
afterAll(() => t?.close());

async function importCensus(csv: string, query = '') {
  const res = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/census_imports?coverage_period_id=${periodId}${query}`, headers: { ...employer.headers, 'content-type': 'text/csv' }, payload: csv });
  expect(res.statusCode, res.body).toBe(202);
  const id = res.json().census_import.id;
  // The API only queues it; a worker's import step runs it.
  expect(res.json().census_import.state).toBe('queued');
  await t.runImportJobs();
  for (let i = 0; i < 600; i++) {
    const state = (await api.get(`/census_imports/${id}`)).body.census_import;
    if (!['queued', 'processing'].includes(state.state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the import did not finish');
}

const counts = async () => {
  const db = t.testDb.database.db;
  const n = async (table: 'members' | 'coverages' | 'carrier_outbox' | 'audit_events') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { members: await n('members'), coverages: await n('coverages'), outbox: await n('carrier_outbox') };
};

describe('a census of a few thousand people', () => {
  const csv = censusText(spec);
  const rows = csv.trim().split('\n').length - 1;

  it('is stored as the file says, family by family', async () => {
    const result = await importCensus(csv);
    expect(result).toMatchObject({ state: 'completed', rows_total: rows, rows_done: rows, families_created: SUBSCRIBERS, error_count: 0, errors: [] });
    expect(result.reference_number).toMatch(/^ACK-/);
    const stored = await counts();
    expect(stored.members).toBe(rows);
    expect(stored.coverages).toBe(rows * 2); // medical and dental for every person

    // One family, field by field, against its lines in the file.
    const [, subscriberLine, ...rest] = csv.split('\n');
    const [id, , , first, , last, , ssn, gender, birth] = subscriberLine!.split(',');
    const list = await api.get(`/groups/${groupId}/subscribers?external_identifier=${id}`);
    const record = (await api.get(`/subscribers/${list.body.subscribers[0].id}`)).body;
    expect(record.status).toBe('pending');
    expect(record.subscriber).toMatchObject({ first_name: first, last_name: last, gender, birth_date: birth, social_security_number: ssn });
    const dependentLines = rest.filter((line) => line.startsWith(`${id},`));
    expect(record.subscriber.dependents).toHaveLength(dependentLines.length);
    expect(record.subscriber.coverages.map((c: any) => c.product_line).sort()).toEqual(['dental', 'medical']);
    expect(record.subscriber.coverages.every((c: any) => c.start_date === `${year}-01-01` && c.end_date === null)).toBe(true);
    expect(stored.outbox).toBe(SUBSCRIBERS);
    // Each family's status with the carrier is pending, and the import announces itself once, not per family.
    expect(record.carrier_statuses).toMatchObject([{ coverage_period_id: periodId, status: 'pending' }]);
    const events = await t.testDb.database.db.selectFrom('events').select('type').where('organization_id', '=', employer.organizationId).execute();
    expect(events.filter((e) => e.type === 'census_import.completed')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'subscriber.carrier_status_changed')).toHaveLength(0);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const result = await importCensus(csv);
    expect(result).toMatchObject({ state: 'completed', families_created: 0, families_changed: 0, families_unchanged: SUBSCRIBERS });
    expect(await counts()).toEqual(before);
  });

  it('applies exactly the differences of a changed file, terminating who a complete file leaves out', async () => {
    const lines = [...censusLines(spec)];
    // Family 1 moves; family 2 has a baby; family 3 is not in the file any more.
    lines[1] = lines[1]!.replace(/,\d+ Main St,/, ',77 New Road,');
    const second = lines.findIndex((line) => line.startsWith('EMP000002,EMP000002,'));
    lines.splice(second + 1, 0, `EMP000002,EMP000002-BABY,child,Baby,,${lines[second]!.split(',')[5]},,,female,${year}-01-01,,,,,,,,,,,,${year}-01-01,MED-PPO,DEN-1`);
    const kept = lines.filter((line) => !line.startsWith('EMP000003,'));
    const before = await counts();
    const result = await importCensus(kept.join('\n') + '\n', `&complete=true&termination_date=${year}-03-15`);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', families_created: 0, families_changed: 2, families_terminated: 1, families_unchanged: SUBSCRIBERS - 3 });
    const after = await counts();
    expect(after.members).toBe(before.members + 1);

    const find = async (externalId: string) => (await api.get(`/subscribers/${(await api.get(`/groups/${groupId}/subscribers?external_identifier=${externalId}`)).body.subscribers[0].id}`)).body;
    expect((await find('EMP000001')).subscriber.residential_address.address_line_1).toBe('77 New Road');
    const withBaby = await find('EMP000002');
    const baby = withBaby.subscriber.dependents.find((d: any) => d.external_identifier === 'EMP000002-BABY');
    expect(baby.coverages.map((c: any) => c.product_line).sort()).toEqual(['dental', 'medical']);
    const terminated = await find('EMP000003');
    const ends = [terminated.subscriber, ...terminated.subscriber.dependents].flatMap((m: any) => m.coverages.map((c: any) => c.end_date));
    expect(new Set(ends)).toEqual(new Set([`${year}-03-31`])); // end of month of the termination date
    expect(terminated.status).toBe('pending');
  });

  it('validates a whole file on a dry run and writes nothing', async () => {
    const lines = [...censusLines({ ...spec, prefix: 'DRY', firstSsn: 500_000_000 })];
    const before = await counts();
    const result = await importCensus(lines.join('\n'), '&dry_run=true');
    expect(result).toMatchObject({ state: 'validated', families_created: SUBSCRIBERS, error_count: 0 });
    expect(await counts()).toEqual(before);
  });

  it('reports each bad row with its column and a typed error, and writes nothing', async () => {
    const lines = [...censusLines({ ...spec, subscribers: 50, prefix: 'BAD', firstSsn: 600_000_000 })];
    const bad = (index: number, from: RegExp, to: string) => (lines[index] = lines[index]!.replace(from, to));
    bad(1, /,(19\d\d)-\d\d-\d\d,/, ',$1-02-30,'); // an impossible birth date
    lines.splice(8, 0, 'BAD999999,BAD999999-D1,child,Lost,,Child,,,male,2015-01-01,,,,,,,,,,,,,,'); // a dependent without its subscriber

    const family = lines.findIndex((line) => line.startsWith('BAD000010,'));
    lines.forEach((line, index) => line.startsWith('BAD000010,') && bad(index, /MED-PPO/, 'MED-NOPE')); // a plan the period does not have
    const before = await counts();
    const result = await importCensus(lines.join('\n') + '\n');
    expect(result.state).toBe("failed");
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 2, column: 'birth_date', error_type: 'invalid_request.parameter_invalid' }),
      expect.objectContaining({ row: family + 1, column: 'medical_plan', error_type: 'unprocessable.plan_not_found' }),
      expect.objectContaining({ row: 9, column: 'subscriber_external_id' }),
    ]));
    // A row that fails is reported once: its family's other rows are not reported again.
    expect(result.error_count).toBe(3);
    expect(await counts()).toEqual(before);
  });

  it('imports the documented sample file (examples/census-sample.csv)', async () => {
    for (const [line, external] of [['medical', 'MED-HMO'], ['life', 'LIFE-BASIC']]) {
      expect((await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: external, description: external, product_line: line } })).status).toBe(201);
    }
    const sample = fs.readFileSync(new URL('../examples/census-sample.csv', import.meta.url), 'utf8');
    const result = await importCensus(sample);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', rows_total: 4, families_created: 2, error_count: 0 });
    const ada = (await api.get(`/subscribers/${(await api.get(`/groups/${groupId}/subscribers?external_identifier=E-1001`)).body.subscribers[0].id}`)).body;
    expect(ada.subscriber.coverages.find((c: any) => c.product_line === 'life')).toMatchObject({ volume: 5000000 });
    expect(ada.subscriber.dependents).toHaveLength(2);
  });

  it('refuses a coverage period of another group before reading the file', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/census_imports?coverage_period_id=0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80`, headers: { ...employer.headers, 'content-type': 'text/csv' }, payload: 'x\n' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].parameter).toBe('coverage_period_id');
  });
});
