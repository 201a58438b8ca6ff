// Reconciliation's other inputs (issue 13). A carrier's census CSV: our own census of a period, fed
// back, finds nothing (the coverage level, which a census does not carry, derived from who the rows
// cover as our 834 derives HD05 — here FAM, ESP and EMP in one file); a copy with a birth date and a
// plan changed finds exactly those two, with both values; a bad CSV is a 422 naming row and column,
// and writes nothing. A full 834 dropped into a folder carrier's inbound records a reconciliation of
// the period its group number names once the worker has read it, and applies nothing.
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from '../src/carriers/transmission/worker.ts';
import { createConnectorRegistry, type ConnectorRegistry } from '../src/carriers/transmission/carrier-connectors.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCoveragePeriod, createGroup, createPlan, type Client } from './support/enrollment-fixtures.ts';
import { finishedImport } from './support/imports.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let registry: ConnectorRegistry;
let worker: Worker;
let periodId: string;
let groupId: string;
let inbox: string;
const year = Number(new Date().toISOString().slice(0, 4));
const start = `${year}-01-01`;

const HEADER = 'subscriber_external_id,external_identifier,relationship,first_name,last_name,ssn,gender,birth_date,marital_status,address_line_1,city,state,zip,employment_status,employment_start_date,coverage_start_date,medical_plan,dental_plan';
/** Our census of the period: John's family (medical FAM; dental ESP, the child has none) and Ann alone (EMP). */
const CENSUS = [
  HEADER,
  `E-1,E-1,self,John,Smith,222-22-2222,male,1981-01-01,married,100 Main St,Springfield,IL,62701,full_time,2019-01-01,${start},medical-plan,dental-plan`,
  `E-1,E-1-S,spouse,Joanna,Smith,333-33-3333,female,1982-02-03,,100 Main St,Springfield,IL,62701,,,${start},medical-plan,dental-plan`,
  `E-1,E-1-C,child,Max,Smith,,male,2012-06-12,,,,,,,,${start},medical-plan,`,
  `E-2,E-2,self,Ann,Jones,444-44-4444,female,1990-04-05,single,9 Elm St,Riverside,CA,92501,part_time,2024-07-15,${start},medical-plan,WAIVE`,
].join('\n') + '\n';

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  registry = createConnectorRegistry(t.testDb.database.db, t.cipher, { carrierFilesDir: t.carrierFilesDir });
  worker = createWorker({ db: t.testDb.database.db, cipher: t.cipher, logger: pino({ level: 'silent' }), connectorFor: registry.connectorFor });

  // A folder carrier: the worker reads its inbound folder.
  const dir = fs.mkdtempSync(path.join(t.carrierFilesDir, 'folder-health-'));
  for (const sub of ['out', 'in']) fs.mkdirSync(path.join(dir, sub));
  inbox = path.join(dir, 'in');
  const carrier = await api.post('/carriers', {
    carrier: {
      name: 'Folder Health',
      payer_identifier: '765432108',
      interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'FOLDERHEALTH' },
      connection: { type: 'directory', outbound_path: path.join(dir, 'out'), inbound_path: inbox },
    },
  });
  expect(carrier.status, JSON.stringify(carrier.body)).toBe(201);
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrier.body.carrier.id, year)).id;
  await createPlan(api, periodId, 'medical');
  await createPlan(api, periodId, 'dental');
  const alternative = await api.post(`/coverage_periods/${periodId}/plans`, {
    plan: { external_identifier: 'medical-alt', description: 'medical HMO', product_line: 'medical', product_type: 'HMO', plan_identifier: 'MEDICAL-002' },
  });
  expect(alternative.status, JSON.stringify(alternative.body)).toBe(201);

  // The families are ours by this very census.
  const upload = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/census_imports?coverage_period_id=${periodId}`, headers: { ...employer.headers, 'content-type': 'text/csv' }, payload: CENSUS });
  expect(upload.statusCode, upload.body).toBe(202);
  const imported = await finishedImport(t, api, 'census_import', upload.json().census_import.id);
  expect(imported, JSON.stringify(imported.errors)).toMatchObject({ state: 'completed', families_created: 2, error_count: 0 });
});
afterAll(async () => {
  await registry?.close();
  await t?.close();
});

const post = async (body: string, contentType: string) => {
  const res = await t.app.inject({ method: 'POST', url: `/coverage_periods/${periodId}/reconciliations`, headers: { ...employer.headers, 'content-type': contentType }, payload: body });
  return { status: res.statusCode, body: res.json() };
};
const noDifference = (counts: Record<string, number>) => Object.values(counts).every((n) => n === 0);
const summary = (d: { type: string; member_id: string | null; line: string | null; field: string | null; our_value: string | null; carrier_value: string | null }) => ({ type: d.type, member_id: d.member_id, line: d.line, field: d.field, our_value: d.our_value, carrier_value: d.carrier_value });

async function family(externalId: string) {
  const found = await api.get(`/groups/${groupId}/subscribers?external_identifier=${externalId}`);
  expect(found.status, JSON.stringify(found.body)).toBe(200);
  const subscriber = await api.get(`/subscribers/${found.body.subscribers[0].id}`);
  return subscriber.body.subscriber as { id: string; birth_date: string; dependents: Array<{ id: string; external_identifier: string; birth_date: string }>; coverages: Array<{ product_line: string; plan_id: string }> };
}

describe('a census CSV as the carrier’s truth', () => {
  it('finds nothing in our own census of the period', async () => {
    const res = await post(CENSUS, 'text/csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.reconciliation).toMatchObject({ source: 'census_csv', status: 'completed', members_in_file: 4, as_of: new Date().toISOString().slice(0, 10) });
    expect(noDifference(res.body.reconciliation.counts), JSON.stringify(res.body.reconciliation.counts)).toBe(true);
    expect((await api.get(`/reconciliations/${res.body.reconciliation.id}/discrepancies`)).body.discrepancies).toEqual([]);
  });

  it('finds a changed birth date and a changed plan, exactly, with both values', async () => {
    const john = await family('E-1');
    const spouse = john.dependents.find((d) => d.external_identifier === 'E-1-S')!;
    const changed = CENSUS.replace(',female,1982-02-03,', ',female,1982-03-04,').replace(`${start},medical-plan,dental-plan\nE-1,E-1-S`, `${start},medical-alt,dental-plan\nE-1,E-1-S`);
    expect(changed).not.toBe(CENSUS);
    const res = await post(changed, 'text/csv; charset=utf-8');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { counts, id } = res.body.reconciliation;
    expect(counts).toMatchObject({ demographics_differ: 1, plan_differs: 1 });
    expect(Object.values(counts).reduce((a: number, b) => a + (b as number), 0)).toBe(2);
    const found = (await api.get(`/reconciliations/${id}/discrepancies`)).body.discrepancies.map(summary);
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        { type: 'demographics_differ', member_id: spouse.id, line: null, field: 'birth_date', our_value: '1982-02-03', carrier_value: '1982-03-04' },
        { type: 'plan_differs', member_id: john.id, line: 'HLT', field: 'plan', our_value: 'MEDICAL-001', carrier_value: 'MEDICAL-002' },
      ]),
    );
    // Nothing applied: the spouse's birth date is ours still.
    expect((await family('E-1')).dependents.find((d) => d.id === spouse.id)!.birth_date).toBe('1982-02-03');
  });

  it('derives the coverage level from who the rows cover: a child left out of medical makes the others ESP', async () => {
    const john = await family('E-1');
    const [spouse, child] = ['E-1-S', 'E-1-C'].map((id) => john.dependents.find((d) => d.external_identifier === id)!.id);
    const res = await post(CENSUS.replace(`2012-06-12,,,,,,,,${start},medical-plan,`, `2012-06-12,,,,,,,,${start},,`), 'text/csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const found = (await api.get(`/reconciliations/${res.body.reconciliation.id}/discrepancies`)).body.discrepancies.map(summary);
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        { type: 'member_missing_at_carrier', member_id: child, line: null, field: null, our_value: 'SMITH MAX', carrier_value: null },
        { type: 'coverage_level_differs', member_id: john.id, line: 'HLT', field: 'coverage_level', our_value: 'FAM', carrier_value: 'ESP' },
        { type: 'coverage_level_differs', member_id: spouse, line: 'HLT', field: 'coverage_level', our_value: 'FAM', carrier_value: 'ESP' },
      ]),
    );
  });

  it('refuses a bad CSV with a 422 naming the row and column, and writes nothing', async () => {
    const stored = async () => Number((await sql<{ n: string }>`SELECT (SELECT count(*) FROM reconciliations) + (SELECT count(*) FROM discrepancies) + (SELECT count(*) FROM audit_events) AS n`.execute(t.testDb.database.db)).rows[0]!.n);
    const before = await stored();
    const badDate = await post(CENSUS.replace(',female,1982-02-03,', ',female,1982-02-30,'), 'text/csv');
    expect(badDate.status, JSON.stringify(badDate.body)).toBe(422);
    expect(badDate.body.errors).toEqual([{ error_type: 'invalid_request.parameter_invalid', message: expect.stringMatching(/^Row 3, column birth_date: /), parameter: 'body.rows[3].birth_date' }]);
    const badHeader = await post(CENSUS.replace('dental_plan', 'dentl_plan'), 'text/csv');
    expect(badHeader.status).toBe(422);
    expect(badHeader.body.errors[0]).toMatchObject({ error_type: 'invalid_request.parameter_unknown', parameter: 'body.rows[1].dentl_plan' });
    const orphan = await post([HEADER, CENSUS.split('\n')[2]].join('\n') + '\n', 'text/csv');
    expect(orphan.status).toBe(422);
    expect(orphan.body.errors[0]).toMatchObject({ parameter: 'body.rows[2].subscriber_external_id' });
    expect(await stored()).toBe(before);
  });
});

describe('a full 834 in a folder carrier’s inbound', () => {
  let ours: string;
  const inboundFile = (name: string) => t.testDb.database.db.selectFrom('inbound_files').select(['kind', 'reconciliation_id', 'problem', 'processed_at']).where('name', '=', name).executeTakeFirst();

  beforeAll(async () => {
    const delivery = await api.post(`/coverage_periods/${periodId}/file_deliveries`, { file_delivery: { kind: 'full' } });
    expect(delivery.status, JSON.stringify(delivery.body)).toBe(201);
    ours = (await api.get(`/file_deliveries/${delivery.body.file_delivery.id}/content`)).body.content;
    expect(ours).toContain('*19820203*');
  });

  it('records a reconciliation of the period its group number names, after the worker’s pass, and applies nothing', async () => {
    fs.writeFileSync(path.join(inbox, 'carrier-full.834'), ours.replace('*19820203*', '*19820304*'));
    await worker.runOnce();
    const row = await inboundFile('carrier-full.834');
    expect(row, 'the worker read the folder').toBeDefined();
    expect(row).toMatchObject({ kind: '834', problem: null, processed_at: expect.anything() });
    expect(row!.reconciliation_id).not.toBeNull();
    const run = await api.get(`/reconciliations/${row!.reconciliation_id}`);
    expect(run.status).toBe(200);
    expect(run.body.reconciliation).toMatchObject({ coverage_period_id: periodId, source: 'x12_834', members_in_file: 4 });
    expect(run.body.reconciliation.counts).toMatchObject({ demographics_differ: 1 });
    expect(Object.values(run.body.reconciliation.counts).reduce((a: number, b) => a + (b as number), 0)).toBe(1);
    const [found] = (await api.get(`/reconciliations/${row!.reconciliation_id}/discrepancies`)).body.discrepancies;
    expect(found).toMatchObject({ field: 'birth_date', our_value: '1982-02-03', carrier_value: '1982-03-04' });
    // Nothing applied: the family is as it was.
    const john = await family('E-1');
    expect(john.dependents.find((d) => d.external_identifier === 'E-1-S')!.birth_date).toBe('1982-02-03');
    // Read once: a second pass neither reads it again nor runs another reconciliation.
    const runs = async () => Number((await t.testDb.database.db.selectFrom('reconciliations').select((eb) => eb.fn.countAll().as('n')).where('coverage_period_id', '=', periodId).executeTakeFirstOrThrow()).n);
    const before = await runs();
    await worker.runOnce();
    expect(await runs()).toBe(before);
  });

  it('notes why none was run when no coverage period has the file’s group number', async () => {
    const runs = async () => Number((await t.testDb.database.db.selectFrom('reconciliations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await runs();
    fs.writeFileSync(path.join(inbox, 'other-group.834'), ours.replaceAll('GRP002', 'GRP999'));
    await worker.runOnce();
    const row = await inboundFile('other-group.834');
    expect(row).toMatchObject({ kind: '834', reconciliation_id: null, problem: expect.stringContaining('no coverage period of this carrier has group number GRP999') });
    expect(await runs()).toBe(before);
  });
});
