// Public 834 samples of the three kinds HR systems and carriers send, imported as each describes
// itself: the implementation guide's Example 1 (a new employee in health, dental and vision, with
// coordination of benefits we do not store), a carrier companion guide's full file (whose ISA had its
// fixed-width padding trimmed), and a state Medicaid plan's verification file followed by its daily
// change file (terminations, a death, a change, a cancel then a re-add, people not on file).
// The files are in test/fixtures/x12-samples with their sources and licence (README.md, LICENSES.md).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, type Client } from './support/enrollment-fixtures.ts';
import { finishedImport, importX12, postX12 } from './support/imports.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let carrierId: string;
const SAMPLES = new URL('./fixtures/x12-samples', import.meta.url).pathname;
const sample = (name: string) => fs.readFileSync(`${SAMPLES}/${name}`, 'utf8');
const location = 'group_address_line_1=1%20Factory%20Rd&group_city=Peoria&group_state=IL&group_zip=61602';

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  carrierId = (await createCarrier(api)).id;
}, 60_000);
afterAll(() => t?.close());

const run = (name: string, url: string) => importX12(t, api, employer, sample(name), url);
const familyOf = async (groupId: string, externalId: string) => {
  const list = (await api.get(`/groups/${groupId}/subscribers?external_identifier=${externalId}`)).body.subscribers;
  expect(list, externalId).toHaveLength(1);
  return (await api.get(`/subscribers/${list[0].id}`)).body.subscriber;
};
const spans = (member: any) => member.coverages.map((c: any) => [c.product_line, c.start_date, c.end_date]).sort();
const warning = (result: any, code: string, about = '') => result.warnings.find((w: any) => w.code === code && w.message.includes(about))?.count;

describe('the implementation guide’s Example 1: a new employee in health, dental and vision', () => {
  const url = () => `/x12_imports?create_missing=true&group_name=Guide%20Example%20Employer&carrier_id=${carrierId}&${location}`;

  it('creates the family, its three coverages from 1996-06-01, and says what the file carried that is not kept', async () => {
    const result = await run('834_x12types_guide_example1.edi', url());
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', action_code: '2', mode: 'per-member', families_created: 1, members: [{ outcome: 'applied', errors: [] }] });
    expect(result.created.group).toMatchObject({ name: 'Guide Example Employer', external_identifier: '999888777' });
    expect(result.created.coverage_periods).toEqual([expect.objectContaining({ carrier_group_number: '123456001', coverage_start_date: '1996-06-01' })]);
    expect(result.created.plans.map((p: any) => p.product_line).sort()).toEqual(['dental', 'medical', 'vision']);
    // COB under HLT, the eligibility date (DTP*356), INS08 FT without an employment date, the work phone.
    expect(warning(result, 'coordination_of_benefits_not_stored')).toBe(1);
    expect(warning(result, 'dtp_qualifier_not_stored', 'DTP*356')).toBe(1);
    expect(warning(result, 'employment_status_not_stored')).toBe(1);
    expect(warning(result, 'contact_not_stored', 'PER*WP')).toBe(1);

    const john = await familyOf(result.group_id, '123456789');
    expect(john).toMatchObject({
      first_name: 'JOHN', middle_name: 'P', last_name: 'DOE', social_security_number: '123456789', birth_date: '1940-08-16', gender: 'male',
      residential_address: { address_line_1: '100 MARKET ST', address_line_2: 'APT 3G', city: 'CAMP HILL', state: 'PA', zip: '17011' },
      phone_numbers: [{ number: '7172343334' }], dependents: [],
    });
    expect(spans(john)).toEqual([['dental', '1996-06-01', null], ['medical', '1996-06-01', null], ['vision', '1996-06-01', null]]);
  });

  it('changes nothing when the same example is imported again', async () => {
    const again = await run('834_x12types_guide_example1.edi', url());
    expect(again).toMatchObject({ state: 'completed', families_created: 0, families_unchanged: 1, created: { group: null, coverage_periods: [], plans: [] }, members: [{ outcome: 'unchanged' }] });
  });
});

describe('a carrier companion guide’s full file (BGN08 4), its ISA padding trimmed', () => {
  it('is read; uploaded twice at once, the first creates group, period and plan and the second finds them', async () => {
    const url = `/x12_imports?create_missing=true&carrier_id=${carrierId}&${location}`;
    const [a, b] = await Promise.all([postX12(t, employer, url, sample('834_x12types_vba_companion_guide.edi')), postX12(t, employer, url, sample('834_x12types_vba_companion_guide.edi'))]);
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    const first = await finishedImport(t, api, 'x12_import', a.json().x12_import.id, employer);
    const second = await finishedImport(t, api, 'x12_import', b.json().x12_import.id, employer);
    const [creator, finder] = first.created.group ? [first, second] : [second, first];
    expect(creator, creator.message).toMatchObject({ state: 'completed', complete: true, termination_date: '2019-10-11', families_created: 2, created: { group: { name: 'VBA GROUP NAME', external_identifier: '123456789' } } });
    expect(finder, finder.message).toMatchObject({ state: 'completed', group_id: creator.group_id, coverage_period_id: creator.coverage_period_id, families_created: 0, families_unchanged: 2, created: { group: null, coverage_periods: [], plans: [] } });

    const doe = await familyOf(creator.group_id, '123456789');
    expect(doe).toMatchObject({ first_name: 'John', last_name: 'Doe', birth_date: '1979-09-10', employment_details: { status: 'full_time', start_date: '2019-01-01' }, dependents: [] });
    expect(spans(doe)).toEqual([['vision', '2019-01-01', null]]);
    const fred = await familyOf(creator.group_id, '987654321');
    expect(fred.dependents.map((d: any) => [d.first_name, d.subscriber_relationship, d.birth_date, d.social_security_number])).toEqual([['Jane', 'child', '2000-01-01', '923456781']]);
    for (const member of [fred, ...fred.dependents]) expect(spans(member)).toEqual([['vision', '2019-01-01', null]]);
  });
});

describe('a state Medicaid plan’s verification file, then its daily change file', () => {
  let groupId: string;
  let period2019: string;

  beforeAll(async () => {
    const group = await api.post('/groups', { group: { external_identifier: 'NY-MEDICAID', name: 'Medicaid managed care', employer: { organization_name: 'Medicaid', fein: '141797357' }, primary_location: { address_line_1: '1 State St', city: 'Albany', state: 'NY', zip: '12207' }, secondary_locations: [] } });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    groupId = group.body.group.id;
    for (const year of [2019, 2020]) {
      const period = await api.post(`/groups/${groupId}/coverage_periods`, { coverage_period: { carrier_id: carrierId, carrier_group_number: `MCE${year}`, coverage_start_date: `${year}-01-01`, coverage_end_date: `${year}-12-31` } });
      expect(period.status, JSON.stringify(period.body)).toBe(201);
      if (year === 2019) period2019 = period.body.coverage_period.id;
      const plan = await api.post(`/coverage_periods/${period.body.coverage_period.id}/plans`, { plan: { external_identifier: `MCE-${year}`, description: 'Medicaid managed care', product_line: 'medical', plan_identifier: 'MCE' } });
      expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    }
  });

  it('loads the verification file (INS03 030) into the period of its date: coverage from 2018 kept from the period’s start, with a warning', async () => {
    // No group number, and coverage from before every period: BGN03 (2019-11-19) finds the 2019 period.
    const result = await run('834_x12types_emedny_verification.edi', `/groups/${groupId}/x12_imports`);
    expect(result, JSON.stringify(result.errors)).toMatchObject({ state: 'completed', complete: true, coverage_period_id: period2019, families_created: 3 });
    expect(warning(result, 'coverage_start_clipped')).toBe(2);
    expect(warning(result, 'provider_not_stored')).toBe(3);
    expect(warning(result, 'coordination_of_benefits_not_stored')).toBe(3);
    expect(spans(await familyOf(groupId, 'XX99996X'))).toEqual([['medical', '2019-01-01', null]]);
    expect(spans(await familyOf(groupId, 'XX99994X'))).toEqual([['medical', '2019-01-01', null]]);
  });

  it('applies the change file member by member: two terminations, and who is not on file or outside the period rejected by name', async () => {
    const before = await familyOf(groupId, 'XX99997X');
    const result = await run('834_x12types_emedny_changes.edi', `/groups/${groupId}/x12_imports?coverage_period_id=${period2019}`);
    expect(result).toMatchObject({ state: 'completed', action_code: '2', mode: 'per-member', families_created: 0, families_changed: 2 });
    expect(result.members.map((m: any) => [m.external_identifier, m.maintenance_type, m.outcome, m.errors.map((e: any) => e.error_type)])).toEqual([
      ['XX99991X', '024', 'rejected', ['unprocessable.member_not_found']],
      ['XX99992X', '024', 'rejected', ['unprocessable.member_not_found']],
      ['XX99993X', '001', 'rejected', ['unprocessable.member_not_found']],
      ['XX99996X', '024', 'applied', []],
      ['XX99994X', '024', 'applied', []],
      ['XX99995X', '024', 'rejected', ['unprocessable.member_not_found']],
      ['XX99995X', '021', 'rejected', ['unprocessable.coverage_outside_period']],
    ]);
    // Terminated at HD DTP*349: at the end of November, and at the date of death (INS12) for XX99994X.
    expect(spans(await familyOf(groupId, 'XX99996X'))).toEqual([['medical', '2019-01-01', '2019-11-30']]);
    expect(spans(await familyOf(groupId, 'XX99994X'))).toEqual([['medical', '2019-01-01', '2019-06-30']]);
    // The one the change file does not name is as it was; no one was created for a rejected member.
    expect(await familyOf(groupId, 'XX99997X')).toEqual(before);
    for (const missing of ['XX99991X', 'XX99992X', 'XX99993X', 'XX99995X']) expect((await api.get(`/groups/${groupId}/subscribers?external_identifier=${missing}`)).body.subscribers).toEqual([]);
  });
});
