// Inbound 834 import through HTTP on a real database: an employer's file of a couple of hundred
// families and a public sample are stored as the files say; re-importing changes nothing; a dry run
// and a file with errors write nothing and name each bad segment; a termination file ends coverage; a
// file without a group named finds its group by sponsor FEIN and group number, or creates what it
// implies when asked.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member834 } from '../src/carriers/x12/index.ts';
import { x12Families, x12Text, type X12Spec } from '../src/imports/x12/testing/generate-834.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, type Client } from './support/enrollment-fixtures.ts';
import { finishedImport, importX12 as importX12As, postX12 } from './support/imports.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let carrierId: string;
let groupId: string;
let periodId: string;
const year = 2026;
const FAMILIES = 200;
const spec: X12Spec = { families: FAMILIES, seed: 11, coverageStartDate: `${year}-01-01` };
const SAMPLES = new URL('./fixtures/x12-samples', import.meta.url).pathname;

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  carrierId = (await createCarrier(api)).id;
  // The FEIN and group number of the generated file and of the pyx12 family sample.
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrierId, year)).id;
  for (const [line, external, identifier] of [['medical', 'MED-PPO', 'GOLDPPO'], ['dental', 'DEN-1', 'DENTAL1']]) {
    const res = await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: external, description: `${line} plan`, product_line: line, plan_identifier: identifier } });
    expect(res.status).toBe(201);
  }
}, 60_000);
afterAll(() => t?.close());

const post = (url: string, body: string) => postX12(t, employer, url, body);

const finished = (id: string) => finishedImport(t, api, 'x12_import', id);

const importX12 = (body: string, url = '/x12_imports') => importX12As(t, api, employer, body, url);

const counts = async () => {
  const db = t.testDb.database.db;
  const n = async (table: 'members' | 'coverages' | 'carrier_outbox' | 'groups' | 'coverage_periods' | 'plans') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { members: await n('members'), coverages: await n('coverages'), outbox: await n('carrier_outbox'), groups: await n('groups'), periods: await n('coverage_periods'), plans: await n('plans') };
};

const record = async (externalId: string, group = groupId) => {
  const list = await api.get(`/groups/${group}/subscribers?external_identifier=${externalId}`);
  expect(list.body.subscribers, externalId).toHaveLength(1);
  return (await api.get(`/subscribers/${list.body.subscribers[0].id}`)).body;
};

const titleless = (member: Member834) => ({ first_name: member.name.first, last_name: member.name.last, birth_date: member.demographics!.birthDate });

describe('an employer 834 of a couple of hundred families', () => {
  const families = x12Families(spec);
  const text = x12Text(spec, families);
  const people = families.flat().length;

  it('finds the group by sponsor FEIN and group number, and stores every family as the file says', async () => {
    const before = await counts();
    const result = await importX12(text);
    expect(result, JSON.stringify(result.errors.slice(0, 5))).toMatchObject({ state: 'completed', group_id: groupId, coverage_period_id: periodId, action_code: '2', complete: false, carrier_group_number: 'GRP002', members_total: people, families_created: FAMILIES, error_count: 0, missing: { group: null, coverage_periods: [], plans: [] } });
    expect(result.reference_number).toMatch(/^ACK-/);
    const after = await counts();
    expect(after.members - before.members).toBe(people);
    expect(after.coverages - before.coverages).toBe(people * 2);

    for (const family of families) {
      const [subscriber, ...dependents] = family;
      const stored = (await record(subscriber!.subscriberId)).subscriber;
      expect(stored).toMatchObject({ ...titleless(subscriber!), social_security_number: subscriber!.ssn, gender: subscriber!.demographics!.gender === 'F' ? 'female' : 'male', employment_details: { status: 'full_time', start_date: '2015-01-01' } });
      expect(stored.residential_address).toMatchObject({ address_line_1: subscriber!.address!.line1, city: subscriber!.address!.city, state: subscriber!.address!.state, zip: subscriber!.address!.zip });
      expect(stored.dependents).toHaveLength(dependents.length);
      for (const dependent of dependents) {
        const match = stored.dependents.find((d: any) => d.external_identifier === dependent.memberReference);
        expect(match, dependent.memberReference).toMatchObject({ ...titleless(dependent), subscriber_relationship: dependent.relationship });
        if (dependent.ssn) expect(match.social_security_number).toBe(dependent.ssn);
      }
      for (const member of [stored, ...stored.dependents]) {
        expect(member.coverages.map((c: any) => [c.product_line, c.start_date, c.end_date]).sort()).toEqual([['dental', `${year}-01-01`, null], ['medical', `${year}-01-01`, null]]);
      }
    }
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const result = await importX12(text);
    expect(result).toMatchObject({ state: 'completed', families_created: 0, families_changed: 0, families_unchanged: FAMILIES });
    expect(await counts()).toEqual(before);
  });

  it('loads the public pyx12 family sample into the group it names: dependents without HD loops share the subscriber’s family coverage', async () => {
    const result = await importX12(fs.readFileSync(`${SAMPLES}/834_pyx12_deident_family.edi`, 'utf8'), `/groups/${groupId}/x12_imports`);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', coverage_period_id: periodId, families_created: 1, members_total: 3 });
    const stored = (await record('M000002')).subscriber;
    expect(stored).toMatchObject({ first_name: 'ROBERT', middle_name: 'J', last_name: 'SMITH', social_security_number: '000000002', birth_date: '1975-08-20', gender: 'male', residential_address: { address_line_1: '200 OAK AVE', city: 'RIVERSIDE', state: 'CA', zip: '92501' } });
    expect(stored.dependents.map((d: any) => [d.external_identifier, d.first_name, d.subscriber_relationship, d.social_security_number, d.birth_date]).sort()).toEqual([
      ['M000003', 'MARY', 'spouse', '000000003', '1977-03-03'],
      ['M000004', 'MICHAEL', 'child', '000000004', '2010-06-12'],
    ]);
    for (const member of [stored, ...stored.dependents]) expect(member.coverages.map((c: any) => [c.product_line, c.start_date, c.end_date])).toEqual([['medical', `${year}-04-01`, null]]);
    expect((await importX12(fs.readFileSync(`${SAMPLES}/834_pyx12_deident_family.edi`, 'utf8'), `/groups/${groupId}/x12_imports`)).families_unchanged).toBe(1);
  });

  it('ends a family’s coverage on a termination (INS03 024, HD*024, DTP*349), dependents with their subscriber', async () => {
    const family = families[4]!;
    const [subscriber] = family;
    const termination = x12Text({ ...spec, families: 0 }, [[{ ...subscriber!, maintenanceType: '024', maintenanceReason: '08', dates: { ...subscriber!.dates, eligibilityEnd: `${year}-03-31` }, coverages: subscriber!.coverages.map((c) => ({ ...c, maintenanceType: '024', endDate: `${year}-03-31` })) }]]);
    const result = await importX12(termination);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', families_changed: 1 });
    const stored = (await record(subscriber!.subscriberId)).subscriber;
    for (const member of [stored, ...stored.dependents]) {
      expect(member.coverages.map((c: any) => [c.product_line, c.start_date, c.end_date]).sort()).toEqual([['dental', `${year}-01-01`, `${year}-03-31`], ['medical', `${year}-01-01`, `${year}-03-31`]]);
    }
    expect((await record(subscriber!.subscriberId)).status).toBe('pending');
    const before = await counts();
    expect(await importX12(termination)).toMatchObject({ state: 'completed', families_changed: 0, families_unchanged: 1 });
    expect(await counts()).toEqual(before);
  });

  it('terminates the families a full file (BGN08 4) leaves out', async () => {
    const kept = families.filter((_, i) => i !== 9 && i !== 4);
    const before = await counts();
    const result = await importX12(x12Text({ ...spec, actionCode: '4', fileEffectiveDate: `${year}-06-15` }, kept));
    // Left out: family 10, and the pyx12 sample's family (M000002); family 5 has no coverage left to end.
    expect(result, JSON.stringify(result.errors.slice(0, 5))).toMatchObject({ state: 'completed', complete: true, termination_date: `${year}-06-15`, families_terminated: 2, families_changed: 0, families_unchanged: FAMILIES - 2 });
    for (const id of [families[9]![0]!.subscriberId, 'M000002']) {
      const gone = (await record(id)).subscriber;
      expect(new Set([gone, ...gone.dependents].flatMap((m: any) => m.coverages.map((c: any) => c.end_date)))).toEqual(new Set([`${year}-06-30`])); // end of the month of DTP*007
    }
    expect((await counts()).members).toBe(before.members);
  });
});

describe('a file that cannot be applied', () => {
  it('validates a whole file on a dry run and writes nothing', async () => {
    const before = await counts();
    const result = await importX12(x12Text({ ...spec, families: 40, prefix: 'DRY', firstSsn: 700_000_000 }) + '', `/x12_imports?dry_run=true`);
    expect(result).toMatchObject({ state: 'validated', dry_run: true, families_created: 40, error_count: 0, reference_number: null });
    expect(await counts()).toEqual(before);
  });

  it('reports each bad segment with its element and a typed error, and writes nothing', async () => {
    const lines = x12Text({ ...spec, families: 30, prefix: 'BAD', firstSsn: 710_000_000 }).split('\n');
    const segmentOf = (predicate: (line: string) => boolean, nth = 0) => lines.map((line, i) => [line, i] as const).filter(([line]) => predicate(line))[nth]![1];
    const hd = segmentOf((line) => line.startsWith('HD*021**DEN'), 3);
    lines[hd] = lines[hd]!.replace('HD*021**DEN', 'HD*021**AK'); // a line of coverage the API has no product line for
    const dmg = segmentOf((line) => line.startsWith('DMG*'), 7);
    lines[dmg] = lines[dmg]!.replace(/DMG\*D8\*\d{8}/, 'DMG*D8*19840231'); // February 31st
    const plan = segmentOf((line) => line.startsWith('HD*021**HLT'), 12);
    lines[plan] = lines[plan]!.replace('GOLDPPO', 'NOSUCHPLAN'); // a plan the period does not have: the file is refused up front
    const refused = await post('/x12_imports', lines.join('\n'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().missing.plans).toEqual([{ product_line: 'medical', plan_identifier: 'NOSUCHPLAN', insurance_line_code: 'HLT' }]);
    lines[plan] = lines[plan]!.replace('NOSUCHPLAN', 'GOLDPPO');

    const before = await counts();
    // A change file applies every valid member by default (per-member); all-or-nothing is asked for.
    const result = await importX12(lines.join('\n'), '/x12_imports?mode=all-or-nothing');
    expect(result.state).toBe('failed');
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: hd + 1, column: 'HD03', error_type: 'unprocessable.insurance_line_unsupported' }),
      expect.objectContaining({ row: dmg + 1, column: 'DMG02', error_type: 'invalid_request.x12_invalid' }),
    ]));
    // One mistake, one error: the member with the impossible date is not reported again for it.
    expect(result.error_count, JSON.stringify(result.errors)).toBe(2);
    expect(result.message).toBe('2 segment error(s): nothing was written');
    // The same file as a full file (BGN08 4): refused whole, and each member of a bad family listed with its own errors.
    const full = await importX12(lines.join('\n').replace(/^BGN\*00\*([^*]*)\*([^*]*)\*([^*]*)\*\*\*\*2/m, 'BGN*00*$1*$2*$3****4'), '/x12_imports');
    expect(full).toMatchObject({ action_code: '4', state: 'failed', error_count: 2 });
    const rejected = full.members.filter((m: any) => m.outcome === 'rejected');
    expect(rejected.find((m: any) => m.external_identifier === 'BAD000003')).toMatchObject({ errors: [expect.objectContaining({ row: hd + 1, column: 'HD03' })] });
    expect(rejected.find((m: any) => m.errors.some((e: any) => e.column === 'DMG02'))).toMatchObject({ row: expect.any(Number), errors: [expect.objectContaining({ row: dmg + 1, error_type: 'invalid_request.x12_invalid' })] });
    // Their families' other members are rejected with them, with a note and no error of their own.
    expect(rejected.filter((m: any) => m.errors.length === 0).every((m: any) => /family is applied whole/.test(m.note))).toBe(true);
    expect(rejected.length).toBeGreaterThan(2);
    expect(full.members.filter((m: any) => m.outcome !== 'rejected').every((m: any) => m.outcome === 'unchanged')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body that is not X12', async () => {
    const res = await post('/x12_imports', 'first_name,last_name\nAda,Lovelace\n');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].error_type).toBe('invalid_request.x12_invalid');
  });
});

describe('a file for a group that is not there yet', () => {
  const newSpec: X12Spec = { families: 12, seed: 5, prefix: 'NEW', coverageStartDate: `${year}-02-01`, sponsor: { name: 'GADGET WORKS', id: '456789123' }, groupNumber: 'GW-77', plans: { HLT: 'SILVERHMO', VIS: 'VISION-A' } };
  const text = x12Text(newSpec);

  it('is refused with everything it implies and the group lacks', async () => {
    const res = await post('/x12_imports', text);
    expect(res.statusCode).toBe(422);
    expect(res.json().missing).toEqual({
      group: { name: 'GADGET WORKS', fein: '456789123' },
      coverage_periods: [{ carrier_group_number: 'GW-77', coverage_start_date: `${year}-02-01`, coverage_end_date: `${year + 1}-01-31` }],
      plans: [{ product_line: 'medical', plan_identifier: 'SILVERHMO', insurance_line_code: 'HLT' }, { product_line: 'vision', plan_identifier: 'VISION-A', insurance_line_code: 'VIS' }],
    });
    expect(res.json().errors.map((e: any) => e.error_type)).toEqual(['unprocessable.group_not_found', 'unprocessable.coverage_period_not_found', 'unprocessable.plan_not_found', 'unprocessable.plan_not_found']);
  });

  it('creates group, coverage period and plans with create_missing — nothing on a dry run', async () => {
    const location = 'group_address_line_1=1%20Factory%20Rd&group_city=Peoria&group_state=IL&group_zip=61602';
    const missingCarrier = await post(`/x12_imports?create_missing=true&${location}`, text);
    expect(missingCarrier.statusCode).toBe(422);
    expect(missingCarrier.json().errors.map((e: any) => e.parameter)).toEqual(['carrier_id']);

    const before = await counts();
    const dry = await importX12(text, `/x12_imports?create_missing=true&dry_run=true&carrier_id=${carrierId}&${location}`);
    expect(dry).toMatchObject({ state: 'validated', group_id: null, families_created: 12, created: { group: null, coverage_periods: [], plans: [] } });
    expect(await counts()).toEqual(before);

    const result = await importX12(text, `/x12_imports?create_missing=true&carrier_id=${carrierId}&${location}`);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', families_created: 12 });
    expect(result.created.group).toMatchObject({ id: result.group_id, name: 'GADGET WORKS', external_identifier: '456789123' });
    expect(result.created.coverage_periods).toEqual([{ id: result.coverage_period_id, carrier_group_number: 'GW-77', coverage_start_date: `${year}-02-01`, coverage_end_date: `${year + 1}-01-31` }]);
    expect(result.created.plans.map((p: any) => [p.product_line, p.plan_identifier]).sort()).toEqual([['medical', 'SILVERHMO'], ['vision', 'VISION-A']]);
    const group = (await api.get(`/groups/${result.group_id}`)).body.group;
    expect(group).toMatchObject({ name: 'GADGET WORKS', employer: { fein: '456789123' }, primary_location: { city: 'Peoria' } });
    const stored = (await record('NEW000001', result.group_id)).subscriber;
    expect(stored.coverages.map((c: any) => c.product_line).sort()).toEqual(['medical', 'vision']);

    // Found from now on, by the sponsor's FEIN and the group number: nothing more to create.
    const again = await importX12(text);
    expect(again).toMatchObject({ state: 'completed', group_id: result.group_id, families_unchanged: 12, missing: { group: null, coverage_periods: [], plans: [] } });
  });

  it('is another tenant’s business: a stranger’s file never finds this group', async () => {
    const stranger = await t.tenant();
    const res = await t.app.inject({ method: 'POST', url: '/x12_imports', headers: { ...stranger.headers, 'content-type': 'application/edi-x12' }, payload: text });
    expect(res.statusCode).toBe(422);
    expect(res.json().missing.group).toEqual({ name: 'GADGET WORKS', fein: '456789123' });
  });
});
