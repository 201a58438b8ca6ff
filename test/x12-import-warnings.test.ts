// Every warning of the 834 reader reaches the import's answer (issue 11): what it normalized (a ZIP+4
// with a hyphen, lower-case codes, trailing spaces) and what the file carries that is not stored
// (provider loop 2310, COB 2320, unknown DTP/REF qualifiers), each kind with a count; a 4010 file is
// refused with a typed error naming GS08/ST03, and nothing is stored.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, type Client } from './support/enrollment-fixtures.ts';
import { finishedImport } from './support/imports.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
const SAMPLE = fs.readFileSync(new URL('./fixtures/x12-samples/834_pyx12_deident_family.edi', import.meta.url), 'utf8');

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  const carrierId = (await createCarrier(api)).id;
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrierId, 2026)).id;
  const res = await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: 'MED-PPO', description: 'medical plan', product_line: 'medical', plan_identifier: 'GOLDPPO' } });
  expect(res.status).toBe(201);
}, 60_000);
afterAll(() => t?.close());

const post = (body: string, query = '') => t.app.inject({ method: 'POST', url: `/groups/${groupId}/x12_imports${query}`, headers: { ...employer.headers, 'content-type': 'application/edi-x12' }, payload: body });

const finished = (id: string) => finishedImport(t, api, 'x12_import', id);

describe('the x12 import answer carries the reader’s warnings', () => {
  it('imports a sloppy file, normalized, and lists each kind of normalization and of data not stored, with counts', async () => {
    const text = SAMPLE.replace('N4*RIVERSIDE*CA*92501~', 'N4*RIVERSIDE*CA*92501-9822~')
      .replace('DMG*D8*19770303*F~', 'DMG*D8*19770303*f~')
      .replace('REF*1L*GRP002~', 'REF*1L*GRP002~REF*DX*77~')
      .replace('DTP*348*D8*20260401~', 'DTP*348*D8*20260401~LX*1~NM1*P3*1*WELBY*MARCUS~COB*P*123*1~')
      .replace('SE*25*0001', 'SE*29*0001');
    const res = await post(text);
    expect(res.statusCode, res.body).toBe(202);
    const accepted = res.json().x12_import;
    const expected = [
      { code: 'ref_qualifier_not_stored', message: 'REF*DX in loop 2000 was read and not stored', count: 1 },
      { code: 'zip_hyphen_removed', message: expect.stringContaining('hyphen'), count: 1 },
      { code: 'provider_not_stored', message: expect.stringContaining('2310'), count: 1 },
      { code: 'coordination_of_benefits_not_stored', message: expect.stringContaining('2320'), count: 1 },
      { code: 'lowercase_code_uppercased', message: expect.any(String), count: 1 },
      // What the reader reads and the import does not keep: eligibility begin, INS08 without DTP*336.
      { code: 'dtp_qualifier_not_stored', message: 'DTP*356 in loop 2000 was read and not stored', count: 3 },
      { code: 'employment_status_not_stored', message: expect.stringContaining('DTP*336'), count: 1 },
    ];
    expect(accepted.warnings).toEqual(expect.arrayContaining(expected));
    expect(accepted.warnings).toHaveLength(expected.length);
    const result = await finished(accepted.id);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', families_created: 1, error_count: 0 });
    expect(result.warnings).toEqual(accepted.warnings);
    const list = await api.get(`/groups/${groupId}/subscribers?external_identifier=M000002`);
    const stored = (await api.get(`/subscribers/${list.body.subscribers[0].id}`)).body.subscriber;
    expect(stored.residential_address).toMatchObject({ zip: '925019822' });
    expect(stored.dependents.find((d: any) => d.first_name === 'MARY')).toMatchObject({ gender: 'female' });
  });

  it('keeps coverage that began before the coverage period from the period’s start, and says so', async () => {
    // A verification file: the family's coverage began in October, the period in January.
    const text = SAMPLE.replaceAll('M00000', 'V00000').replaceAll('*34*00000000', '*34*10000000').replaceAll('20260401', '20251001');
    const res = await post(text, `?coverage_period_id=${periodId}`);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().x12_import.warnings.filter((w: any) => w.code === 'coverage_start_clipped')).toEqual([
      { code: 'coverage_start_clipped', message: 'Coverages beginning (DTP*348) before the coverage period are kept from its start, 2026-01-01', count: 1 },
    ]);
    const result = await finished(res.json().x12_import.id);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', families_created: 1, error_count: 0 });
    const list = await api.get(`/groups/${groupId}/subscribers?external_identifier=V000002`);
    const stored = (await api.get(`/subscribers/${list.body.subscribers[0].id}`)).body.subscriber;
    for (const member of [stored, ...stored.dependents]) expect(member.coverages.map((c: any) => [c.product_line, c.start_date, c.end_date])).toEqual([['medical', '2026-01-01', null]]);
  });

  it('refuses a 4010 file with a typed error naming GS08/ST03, and stores no import', async () => {
    const res = await post(SAMPLE.replaceAll('005010X220A1', '004010X095A1'));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      { error_type: 'unprocessable.x12_version_unsupported', message: expect.stringMatching(/^GS08\/ST03 004010X095A1 is version 4010/), parameter: 'body' },
    ]);
    const db = t.testDb.database.db;
    expect(Number((await db.selectFrom('x12_imports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(2);
  });
});
