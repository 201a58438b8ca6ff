// Inbound 834 change files (BGN08 2) as HR systems and carriers send them: a base enrollment is
// imported, then one small change file per case, and the family on file (GET /subscribers/:id) is
// compared with what the transaction means — 021 adds, 001 changes only what it carries, 024 ends
// (DTP*357 alone ends everything), 025 reinstates, 030 is compared and not applied; a dependent's loop
// alone finds its family by REF*0F; a cancel and a re-add in two transaction sets are two changes;
// who is not on file is rejected, not created; one bad member among good ones is rejected alone
// (per-member, the default) or stops the file (all-or-nothing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage834, Member834 } from '../src/carriers/x12/index.ts';
import { x12Text, type X12Spec } from '../src/imports/x12/testing/generate-834.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, type Client } from './support/enrollment-fixtures.ts';
import { finishedImport, importX12 as importX12As } from './support/imports.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let groupId: string;
const year = 2026;
const START = `${year}-01-01`;
const spec: X12Spec = { families: 0, coverageStartDate: START };

const hd = (maintenanceType: string, line: 'HLT' | 'DEN', extra: Partial<Coverage834> = {}): Coverage834 => ({ maintenanceType, insuranceLineCode: line, planCoverageDescription: line === 'HLT' ? 'GOLDPPO' : 'DENTAL1', coverageLevel: 'FAM', startDate: START, ...extra });
const both = (maintenanceType: string, extra: Partial<Coverage834> = {}) => [hd(maintenanceType, 'HLT', extra), hd(maintenanceType, 'DEN', extra)];

function subscriber(id: string, ssn: string, change: Partial<Member834> = {}): Member834 {
  return {
    isSubscriber: true, relationship: 'self', maintenanceType: '021', maintenanceReason: '28', benefitStatus: 'A', employmentStatus: 'FT', subscriberId: id, groupPolicyNumber: 'GRP002',
    dates: { employmentBegin: '2015-01-01' }, name: { last: 'HOPPER', first: 'GRACE' }, ssn, address: { line1: '1 MAIN ST', city: 'SPRINGFIELD', state: 'IL', zip: '62701' },
    demographics: { birthDate: '1980-05-05', gender: 'F', maritalStatus: 'M' }, coverages: both('021'), ...change,
  };
}
function dependent(id: string, n: number, change: Partial<Member834> = {}): Member834 {
  const spouse = n === 1;
  return {
    isSubscriber: false, relationship: spouse ? 'spouse' : 'child', maintenanceType: '021', maintenanceReason: '28', benefitStatus: 'A', subscriberId: id, groupPolicyNumber: 'GRP002', memberReference: `${id}-D${n}`,
    name: { last: 'HOPPER', first: spouse ? 'VINCENT' : `KID${n}` }, demographics: { birthDate: spouse ? '1979-02-02' : `201${n}-03-0${n}`, gender: 'M' }, coverages: both('021'), ...change,
  };
}
const family = (id: string, ssn: string) => [subscriber(id, ssn), dependent(id, 1), dependent(id, 2)];

/** Two transaction sets (ST/SE) of one file: `second`'s set is placed after `first`'s. */
function twoSets(first: string, second: string): string {
  const a = first.split('\n');
  const b = second.split('\n');
  const set = b.slice(b.findIndex((l) => l.startsWith('ST*')), b.findIndex((l) => l.startsWith('SE*')) + 1).map((l) => l.replace(/^ST\*834\*\d+/, 'ST*834*0002').replace(/^SE\*(\d+)\*\d+/, 'SE*$1*0002'));
  const ge = a.findIndex((l) => l.startsWith('GE*'));
  a[ge] = a[ge]!.replace(/^GE\*1\*/, 'GE*2*');
  return [...a.slice(0, ge), ...set, ...a.slice(ge)].join('\n');
}

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  const carrierId = (await createCarrier(api)).id;
  groupId = (await createGroup(api)).id;
  const periodId = (await createCoveragePeriod(api, groupId, carrierId, year)).id;
  for (const [line, external, identifier] of [['medical', 'MED-PPO', 'GOLDPPO'], ['dental', 'DEN-1', 'DENTAL1']]) {
    expect((await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: external, description: `${line} plan`, product_line: line, plan_identifier: identifier } })).status).toBe(201);
  }
  // The base enrollment: nine families of three, a subscriber with medical alone, one alone with both lines.
  const base = [...Array.from({ length: 9 }, (_, i) => family(`CHG${i + 1}`, String(400_000_010 + i))).flat().map((m) => (m.memberReference === 'CHG9-D1' ? { ...m, ssn: '400000200' } : m)), subscriber('CHG10', '400000099', { coverages: [hd('021', 'HLT')] }), subscriber('CHG11', '400000098')];
  const result = await importX12(x12Text(spec, [base]));
  expect(result, JSON.stringify(result.errors.slice(0, 3))).toMatchObject({ state: 'completed', families_created: 11 });
}, 60_000);
afterAll(() => t?.close());

const finished = (id: string) => finishedImport(t, api, 'x12_import', id);

const importX12 = (body: string, url = '/x12_imports') => importX12As(t, api, employer, body, url);

const found = async (externalId: string) => (await api.get(`/groups/${groupId}/subscribers?external_identifier=${externalId}`)).body.subscribers as Array<{ id: string }>;
const stored = async (externalId: string) => {
  const list = await found(externalId);
  expect(list, externalId).toHaveLength(1);
  return (await api.get(`/subscribers/${list[0]!.id}`)).body.subscriber;
};
/** Each member's coverage as [line, start, end], sorted; by external identifier. */
const coverageOf = async (externalId: string) => {
  const s = await stored(externalId);
  return Object.fromEntries([s, ...s.dependents].map((m: any) => [m.external_identifier, m.coverages.map((c: any) => [c.product_line, c.start_date, c.end_date]).sort()]));
};
const full = (end: string | null = null, start = START) => [['dental', start, end], ['medical', start, end]];

describe('an 834 change file against what is on file', () => {
  it('021: a dependent added without the subscriber’s loop joins the family named by REF*0F', async () => {
    const result = await importX12(x12Text(spec, [[dependent('CHG1', 3, { coverages: both('021', { startDate: `${year}-03-01` }) })]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', mode: 'per-member', families_changed: 1, error_count: 0, members: [{ external_identifier: 'CHG1-D3', maintenance_type: '021', outcome: 'applied' }] });
    expect(await coverageOf('CHG1')).toEqual({ CHG1: full(), 'CHG1-D1': full(), 'CHG1-D2': full(), 'CHG1-D3': full(null, `${year}-03-01`) });
  });

  it('a dependent’s loop alone whose REF*0F is not on file finds its family and itself by SSN', async () => {
    const result = await importX12(x12Text(spec, [[dependent('OTHERID', 1, { maintenanceType: '001', maintenanceReason: '25', ssn: '400000200', demographics: undefined, coverages: [], name: { last: 'HOPPER', first: 'VINCE' } })]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', families_changed: 1, members: [{ outcome: 'applied' }] });
    const s = await stored('CHG9');
    expect(s.dependents.map((d: any) => [d.external_identifier, d.first_name, d.birth_date]).sort()).toEqual([['CHG9-D1', 'VINCE', '1979-02-02'], ['CHG9-D2', 'KID2', '2012-03-02']]);
    expect(await coverageOf('CHG9')).toEqual({ CHG9: full(), 'CHG9-D1': full(), 'CHG9-D2': full() });
  });

  it('024: a dependent cancelled alone ends at its HD DTP*349; the rest of the family keeps its coverage', async () => {
    const result = await importX12(x12Text(spec, [[dependent('CHG2', 1, { maintenanceType: '024', maintenanceReason: '01', coverages: both('024', { endDate: `${year}-04-30` }), demographics: undefined })]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', members: [{ external_identifier: 'CHG2-D1', outcome: 'applied' }] });
    expect(await coverageOf('CHG2')).toEqual({ CHG2: full(), 'CHG2-D1': full(`${year}-04-30`), 'CHG2-D2': full() });
  });

  it('001: a change without DMG changes only what it carries (the address); birth date and coverage stay', async () => {
    const change = subscriber('CHG3', '400000012', { maintenanceType: '001', maintenanceReason: 'AI', demographics: undefined, coverages: [], address: { line1: '9 ELM ST', city: 'LAKEWOOD', state: 'OH', zip: '44107' } });
    const result = await importX12(x12Text(spec, [[change]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', members: [{ external_identifier: 'CHG3', maintenance_type: '001', outcome: 'applied' }] });
    const s = await stored('CHG3');
    expect(s).toMatchObject({ birth_date: '1980-05-05', gender: 'female', residential_address: { address_line_1: '9 ELM ST', city: 'LAKEWOOD', state: 'OH', zip: '44107' } });
    expect(await coverageOf('CHG3')).toEqual({ CHG3: full(), 'CHG3-D1': full(), 'CHG3-D2': full() });
    // The same change again changes nothing.
    expect(await importX12(x12Text(spec, [[change]]))).toMatchObject({ state: 'completed', families_unchanged: 1, members: [{ outcome: 'unchanged' }] });
  });

  it('021: a coverage added for a member on file needs no DMG; the line on file is kept', async () => {
    const result = await importX12(x12Text(spec, [[subscriber('CHG10', '400000099', { demographics: undefined, coverages: [hd('021', 'DEN', { startDate: `${year}-02-01` })] })]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', members: [{ outcome: 'applied' }] });
    expect(await coverageOf('CHG10')).toEqual({ CHG10: [['dental', `${year}-02-01`, null], ['medical', START, null]] });
  });

  it('024 with DTP*357 and no HD loops ends every coverage of the subscriber, and of the family', async () => {
    const result = await importX12(x12Text(spec, [[subscriber('CHG5', '400000014', { maintenanceType: '024', maintenanceReason: '08', demographics: undefined, dates: { eligibilityEnd: `${year}-05-31` }, coverages: [] })]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', families_changed: 1, members: [{ outcome: 'applied' }] });
    expect(await coverageOf('CHG5')).toEqual({ CHG5: full(`${year}-05-31`), 'CHG5-D1': full(`${year}-05-31`), 'CHG5-D2': full(`${year}-05-31`) });
  });

  it('025: a reinstatement opens the coverage again', async () => {
    await importX12(x12Text(spec, [[subscriber('CHG6', '400000015', { maintenanceType: '024', maintenanceReason: '08', demographics: undefined, dates: { eligibilityEnd: `${year}-03-31` }, coverages: [] })]]));
    expect(await coverageOf('CHG6')).toEqual({ CHG6: full(`${year}-03-31`), 'CHG6-D1': full(`${year}-03-31`), 'CHG6-D2': full(`${year}-03-31`) });
    const result = await importX12(x12Text(spec, [[subscriber('CHG6', '400000015', { maintenanceType: '025', maintenanceReason: '41', demographics: undefined, coverages: both('025') })]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', members: [{ maintenance_type: '025', outcome: 'applied' }] });
    // The coverage continues from the day after it had ended: no gap, open-ended.
    const reinstated = [['dental', START, `${year}-03-31`], ['dental', `${year}-04-01`, null], ['medical', START, `${year}-03-31`], ['medical', `${year}-04-01`, null]];
    expect((await coverageOf('CHG6')).CHG6).toEqual(reinstated);
    // The spouse's own 025, alone in its transaction, after the subscriber's: covered again from the
    // same day, since the subscriber's coverage runs unbroken from January (ended, then continued).
    const spouse = await importX12(x12Text(spec, [[dependent('CHG6', 1, { maintenanceType: '025', maintenanceReason: '41', demographics: undefined, coverages: both('025') })]]));
    expect(spouse, JSON.stringify(spouse.members)).toMatchObject({ state: 'completed', members: [{ external_identifier: 'CHG6-D1', maintenance_type: '025', outcome: 'applied' }] });
    expect((await coverageOf('CHG6'))['CHG6-D1']).toEqual(reinstated);
    // A 025 without HD loops reopens every coverage the member had.
    await importX12(x12Text(spec, [[subscriber('CHG11', '400000098', { maintenanceType: '024', maintenanceReason: '08', demographics: undefined, dates: { eligibilityEnd: `${year}-03-31` }, coverages: [] })]]));
    const alone = await importX12(x12Text(spec, [[subscriber('CHG11', '400000098', { maintenanceType: '025', maintenanceReason: '41', demographics: undefined, coverages: [] })]]));
    expect(alone, JSON.stringify(alone.members)).toMatchObject({ state: 'completed', members: [{ external_identifier: 'CHG11', outcome: 'applied' }] });
    expect((await coverageOf('CHG11')).CHG11).toEqual(reinstated);
  });

  it('030: an audit record is compared with what is on file, not applied', async () => {
    const result = await importX12(x12Text(spec, [[subscriber('CHG7', '400000016', { maintenanceType: '030', maintenanceReason: 'XN', address: { line1: '5 OAK ST', city: 'RIVERSIDE', state: 'CA', zip: '92501' } })]]));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', families_changed: 0, families_unchanged: 1, members: [{ maintenance_type: '030', outcome: 'unchanged', note: expect.stringContaining('differs') }] });
    expect((await stored('CHG7')).residential_address).toMatchObject({ address_line_1: '1 MAIN ST' });
  });

  it('a cancel and a re-add of one member in two transaction sets are two changes, in file order', async () => {
    const cancel = x12Text(spec, [[dependent('CHG8', 2, { maintenanceType: '024', maintenanceReason: '07', coverages: both('024', { endDate: `${year}-01-31` }) })]]);
    const readd = x12Text(spec, [[dependent('CHG8', 2, { coverages: both('021', { startDate: `${year}-03-01` }) })]]);
    const result = await importX12(twoSets(cancel, readd));
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', error_count: 0, members: [{ maintenance_type: '024', outcome: 'applied' }, { maintenance_type: '021', outcome: 'applied' }] });
    const after = (await coverageOf('CHG8'))['CHG8-D2'];
    expect(after).toEqual(expect.arrayContaining([['medical', `${year}-03-01`, null], ['dental', `${year}-03-01`, null]]));
    expect(after).not.toContainEqual(['medical', START, null]);
  });

  it('rejects terminations and changes for people not on file as member_not_found, and creates nobody', async () => {
    const text = x12Text(spec, [[
      subscriber('NOPE1', '400000500', { maintenanceType: '024', maintenanceReason: '08', dates: { eligibilityEnd: `${year}-03-31` }, coverages: [] }),
      dependent('CHG9', 7, { maintenanceType: '001', demographics: undefined }),
    ]]);
    const result = await importX12(text);
    expect(result).toMatchObject({ state: 'completed', families_created: 0, families_changed: 0 });
    expect(result.members).toMatchObject([
      { external_identifier: 'NOPE1', outcome: 'rejected', errors: [{ error_type: 'unprocessable.member_not_found' }] },
      { external_identifier: 'CHG9-D7', outcome: 'rejected', errors: [{ error_type: 'unprocessable.member_not_found' }] },
    ]);
    expect(await found('NOPE1')).toEqual([]);
    expect(Object.keys(await coverageOf('CHG9')).sort()).toEqual(['CHG9', 'CHG9-D1', 'CHG9-D2']);
  });

  it('a reader error inside one member’s loop rejects that member alone (per-member)', async () => {
    const text = x12Text(spec, [[
      subscriber('CHG3', '400000012', { maintenanceType: '001', maintenanceReason: 'AI', coverages: [], demographics: { birthDate: '1980-05-05', gender: 'F' }, address: { line1: '11 ELM ST', city: 'LAKEWOOD', state: 'OH', zip: '44107' } }),
      subscriber('CHG7', '400000016', { maintenanceType: '001', maintenanceReason: 'AI', coverages: [], demographics: undefined, address: { line1: '12 ELM ST', city: 'LAKEWOOD', state: 'OH', zip: '44107' } }),
    ]]).replace('DMG*D8*19800505', 'DMG*D8*19800231'); // February 31st, in CHG3's loop
    const result = await importX12(text);
    expect(result, JSON.stringify(result.members)).toMatchObject({ state: 'completed', families_changed: 1, error_count: 1 });
    expect(result.members).toMatchObject([
      { external_identifier: 'CHG3', outcome: 'rejected', errors: [{ column: 'DMG02', error_type: 'invalid_request.x12_invalid' }] },
      { external_identifier: 'CHG7', outcome: 'applied', errors: [] },
    ]);
    expect((await stored('CHG3')).residential_address).not.toMatchObject({ address_line_1: '11 ELM ST' });
    expect((await stored('CHG7')).residential_address).toMatchObject({ address_line_1: '12 ELM ST' });
  });

  it('one bad member among good ones: per-member applies the good ones; all-or-nothing writes nothing', async () => {
    const members = () => [
      dependent('CHG4', 1, { maintenanceType: '024', coverages: both('024', { endDate: `${year}-06-30` }) }),
      dependent('CHG4', 9, { maintenanceType: '024', coverages: both('024', { endDate: `${year}-06-30` }) }), // not on file
      subscriber('CHG9', '400000018', { maintenanceType: '001', demographics: undefined, coverages: [], address: { line1: '7 PINE ST', city: 'SPRINGFIELD', state: 'IL', zip: '62701' } }),
    ];
    const strict = await importX12(x12Text(spec, [members()]), '/x12_imports?mode=all-or-nothing');
    expect(strict).toMatchObject({ state: 'failed', mode: 'all-or-nothing', families_created: 0, families_changed: 0, error_count: 1 });
    expect(strict.members.map((m: any) => m.outcome)).toEqual(['unchanged', 'rejected', 'unchanged']);
    expect(await coverageOf('CHG4')).toEqual({ CHG4: full(), 'CHG4-D1': full(), 'CHG4-D2': full() });
    expect((await stored('CHG9')).residential_address).toMatchObject({ address_line_1: '1 MAIN ST' });

    const lenient = await importX12(x12Text(spec, [members()]));
    expect(lenient).toMatchObject({ state: 'completed', mode: 'per-member', families_changed: 2, error_count: 1, message: expect.stringContaining('1 member(s) rejected') });
    expect(lenient.members.map((m: any) => [m.external_identifier, m.outcome])).toEqual([['CHG4-D1', 'applied'], ['CHG4-D9', 'rejected'], ['CHG9', 'applied']]);
    expect(await coverageOf('CHG4')).toEqual({ CHG4: full(), 'CHG4-D1': full(`${year}-06-30`), 'CHG4-D2': full() });
    expect((await stored('CHG9')).residential_address).toMatchObject({ address_line_1: '7 PINE ST' });
  });
});
