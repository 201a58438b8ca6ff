// What an 834 cannot carry is refused when it arrives — through the API, a census and an 834 import —
// with a 422 naming the field, and nothing is written; free text is kept as given and only
// transliterated in the file (Zoë → Zoe), which our own reader reads back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read834 } from '../src/carriers/x12/index.ts';
import { x12Text } from '../src/imports/x12/testing/generate-834.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let carrierId: string;
const year = 2026;

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  carrierId = (await createCarrier(api)).id;
}, 60_000);
afterAll(() => t?.close());

const count = async (table: 'members' | 'plans' | 'carriers' | 'coverage_periods' | 'qualifying_life_events') =>
  Number((await t.testDb.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** A 422 with exactly these parameters at fault, each a parameter_invalid-style error. */
function expectRefused(res: { status: number; body: any }, parameters: string[], errorType = 'invalid_request.parameter_invalid') {
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  expect(res.body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual([...parameters].sort());
  for (const error of res.body.errors) {
    expect(error.error_type).toBe(errorType);
    expect(error.message).toContain(error.parameter);
  }
}

/** A family with its own SSNs, so families of one group do not share them. */
const family = (n: number, overrides: Record<string, unknown> = {}) => ({
  ...SUBSCRIBER,
  external_identifier: `FAM-${n}`,
  social_security_number: `1${String(n).padStart(2, '0')}000001`,
  dependents: [
    { ...SUBSCRIBER.dependents[0]!, social_security_number: `1${String(n).padStart(2, '0')}000002` },
    SUBSCRIBER.dependents[1]!,
  ],
  ...overrides,
});

describe('identifiers that travel in the 834', () => {
  let groupId: string;
  let periodId: string;

  beforeAll(async () => {
    groupId = (await createGroup(api)).id;
    periodId = (await createCoveragePeriod(api, groupId, carrierId, year)).id;
  });

  it('refuses an email holding an X12 delimiter, naming the field, and writes nothing', async () => {
    const before = await count('members');
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(1, { emails: [{ address: 'eve*x@example.com' }] }) });
    expectRefused(res, ['subscriber.emails[0].address']);
    expect(res.body.errors[0].message).toMatch(/holds "\*", which the 834 uses as a delimiter/);
    expect(await count('members')).toBe(before);
  });

  it('refuses a plan identifier holding a delimiter, and keeps no such plan', async () => {
    const before = await count('plans');
    const res = await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: 'med', description: 'Medical', product_line: 'medical', plan_identifier: 'MED*1:2^3~' } });
    expectRefused(res, ['plan.plan_identifier']);
    expect(await count('plans')).toBe(before);
    expect((await api.get(`/coverage_periods/${periodId}/plans`)).body.plans).toEqual([]);
  });

  it('refuses a dependent external_identifier with a character an 834 cannot carry', async () => {
    const before = await count('members');
    const dependents = [{ ...family(2).dependents[0]!, external_identifier: 'Zoë-1' }];
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(2, { dependents }) });
    expectRefused(res, ['subscriber.dependents[0].external_identifier']);
    expect(res.body.errors[0].message).toMatch(/holds "ë", which an 834 cannot carry/);
    expect(await count('members')).toBe(before);
  });

  it("refuses a group number and a carrier's ids an 834 cannot carry, and keeps the carrier as it was", async () => {
    const periods = await count('coverage_periods');
    const period = await api.post(`/groups/${groupId}/coverage_periods`, { coverage_period: { carrier_id: carrierId, carrier_group_number: 'GRP^2', coverage_start_date: `${year + 1}-01-01`, coverage_end_date: `${year + 1}-12-31` } });
    expectRefused(period, ['coverage_period.carrier_group_number']);
    expect(await count('coverage_periods')).toBe(periods);

    const carriers = await count('carriers');
    const created = await api.post('/carriers', {
      carrier: { name: 'Tilde Health', payer_identifier: '98765~4321', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPEN:ENROLL', receiver_qualifier: 'ZZ', receiver_id: 'TILDE', application_sender_code: 'APP*1' }, connection: { type: 'none' } },
    });
    expectRefused(created, ['carrier.payer_identifier', 'carrier.interchange.sender_id', 'carrier.interchange.application_sender_code']);
    expect(await count('carriers')).toBe(carriers);

    const updated = await api.put(`/carriers/${carrierId}`, { carrier: { payer_identifier: 'NEW*ID' } });
    expectRefused(updated, ['carrier.payer_identifier']);
    expect((await api.get(`/carriers/${carrierId}`)).body.carrier.payer_identifier).toBe('876543219');
  });

  it('refuses a subscriber update with such an email and leaves the record as it was', async () => {
    const created = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(3, { emails: [{ address: 'eve@example.com' }] }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.subscriber.id;
    const res = await api.put(`/subscribers/${id}`, { subscriber: { emails: [{ address: 'eve~x@example.com' }] } });
    expectRefused(res, ['subscriber.emails[0].address']);
    expect((await api.get(`/subscribers/${id}`)).body.subscriber.emails).toEqual([{ address: 'eve@example.com' }]);
  });
});

describe('dates', () => {
  let groupId: string;
  let periodId: string;
  let subscriberId: string;
  let childId: string;

  beforeAll(async () => {
    groupId = (await createGroup(api)).id;
    periodId = (await createCoveragePeriod(api, groupId, carrierId, year)).id;
    const created = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(10) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    subscriberId = created.body.subscriber.id;
    childId = created.body.subscriber.dependents.find((d: any) => d.subscriber_relationship === 'child').id;
  });

  it('refuses dates before 1900 in every part of a request, naming each, and writes nothing', async () => {
    const before = await count('members');
    const res = await api.post(`/groups/${groupId}/subscribers`, {
      subscriber: family(11, { birth_date: '0000-01-01', employment_details: { status: 'full_time', start_date: '1850-06-01', end_date: '1899-12-31' } }),
    });
    expectRefused(res, ['subscriber.birth_date', 'subscriber.employment_details.start_date', 'subscriber.employment_details.end_date']);
    expect(res.body.errors[0].message).toMatch(/before 1900-01-01/);
    expect(await count('members')).toBe(before);

    const period = await api.post(`/groups/${groupId}/coverage_periods`, { coverage_period: { carrier_id: carrierId, carrier_group_number: 'GRP3', coverage_start_date: '1899-01-01', coverage_end_date: `${year}-12-31` } });
    expectRefused(period, ['coverage_period.coverage_start_date']);

    const events = await count('qualifying_life_events');
    const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: '0001-01-01', coverage_period_id: periodId } });
    expectRefused(event, ['qualifying_life_event.date']);
    expect(await count('qualifying_life_events')).toBe(events);
  });

  it('refuses a birth date in the future, on create and on update, and leaves the record as it was', async () => {
    const future = `${Number(new Date().toISOString().slice(0, 4)) + 1}-01-01`;
    const before = await count('members');
    const dependents = [family(12).dependents[0]!, { ...family(12).dependents[1]!, birth_date: future }];
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(12, { dependents }) });
    expectRefused(res, ['subscriber.dependents[1].birth_date']);
    expect(res.body.errors[0].message).toMatch(/is in the future/);
    expect(await count('members')).toBe(before);

    const update = await api.put(`/dependents/${childId}`, { dependent: { birth_date: future } });
    expectRefused(update, ['dependent.birth_date']);
    expect((await api.get(`/dependents/${childId}`)).body.dependent.birth_date).toBe(SUBSCRIBER.dependents[1]!.birth_date);
  });
});

describe('one SSN, one person', () => {
  let groupId: string;
  let first: any;

  beforeAll(async () => {
    groupId = (await createGroup(api)).id;
    const created = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(20) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    first = created.body.subscriber;
  });

  const ssnError = 'invalid_request.duplicate_social_security_number';

  it('refuses a dependent with the SSN of their own subscriber, naming it', async () => {
    const before = await count('members');
    const dependents = [{ ...family(21).dependents[0]!, social_security_number: '121-00-0001' }];
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(21, { dependents }) });
    expectRefused(res, ['subscriber.dependents[0].social_security_number'], ssnError);
    expect(await count('members')).toBe(before);
  });

  it("refuses a subscriber with the SSN of someone else's spouse in the group, however it is written", async () => {
    const before = await count('members');
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(22, { social_security_number: '120-00-0002' }) });
    expectRefused(res, ['subscriber.social_security_number'], ssnError);
    expect(await count('members')).toBe(before);
  });

  it('refuses a dependent added or changed to a taken SSN, and leaves the record as it was', async () => {
    const added = await api.post(`/subscribers/${first.id}/dependents`, { dependent: { external_identifier: 'KID-2', first_name: 'Ada', last_name: 'Smith', gender: 'female', subscriber_relationship: 'child', birth_date: '2015-05-05', social_security_number: '120000001' } });
    expectRefused(added, ['dependent.social_security_number'], ssnError);
    const child = first.dependents.find((d: any) => d.subscriber_relationship === 'child');
    const changed = await api.put(`/dependents/${child.id}`, { dependent: { social_security_number: '120000002' } });
    expectRefused(changed, ['dependent.social_security_number'], ssnError);
    expect((await api.get(`/dependents/${child.id}`)).body.dependent.social_security_number).toBeNull();
    // A subscriber may send their own SSN again.
    const same = await api.put(`/subscribers/${first.id}`, { subscriber: { social_security_number: '120000001' } });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
  });

  it('takes the same SSN in another group', async () => {
    const other = (await createGroup(api)).id;
    const res = await api.post(`/groups/${other}/subscribers`, { subscriber: family(20) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});

describe('free text the carrier cannot spell', () => {
  it('stores Zoë as given and sends her to the carrier as Zoe, in a file our reader reads', async () => {
    const carrier = await createCarrier(api, undefined, 'Ærø Health');
    const groupId = (await createGroup(api)).id;
    const period = await createCoveragePeriod(api, groupId, carrier.id, year);
    const plan = await createPlan(api, period.id, 'medical');
    const address = { address_line_1: '1 Große Straße', city: 'Łódź Falls', state: 'IL', zip: '62701' };
    const created = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(30, { first_name: 'Zoë', last_name: 'Ørsted-Nuñez', residential_address: address, dependents: [] }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.subscriber.id;
    const shown = (await api.get(`/subscribers/${id}`)).body.subscriber;
    expect(shown).toMatchObject({ first_name: 'Zoë', last_name: 'Ørsted-Nuñez', residential_address: address });

    const event = await api.post(`/subscribers/${id}/qualifying_life_events`, {
      qualifying_life_event: { event: 'initial_enrollment', date: `${year}-01-01`, coverage_period_id: period.id, plan_elections: { medical: { plan_id: plan.id, type: 'election', coverages: [{ member_id: id, status: 'employer_sponsored', start_date: `${year}-01-01` }] } } },
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    const preview = await api.get(`/subscribers/${id}/preview_834`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const segments: string[] = preview.body.previews[0].segments;
    const text = segments.join('');
    expect(text).toContain('NM1*IL*1*Orsted-Nunez*Zoe****34*130000001~');
    expect(text).toContain('N3*1 Grosse Strasse~');
    expect(text).toContain('HD*021**HLT*MEDICAL-001*'); // the plan code as given
    expect(text).toContain('N1*IN*AEro Health*');
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    const read = read834(text);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.members[0]).toMatchObject({ name: { first: 'Zoe', last: 'Orsted-Nunez' }, address: { line1: '1 Grosse Strasse', city: 'Lodz Falls' } });
  });

  it('refuses a name with nothing an 834 can carry, naming it', async () => {
    const groupId = (await createGroup(api)).id;
    const before = await count('members');
    const res = await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(31, { last_name: '王', dependents: [] }) });
    expectRefused(res, ['subscriber.last_name']);
    expect(await count('members')).toBe(before);
  });
});

describe('imports refuse the same rows', () => {
  let groupId: string;
  let periodId: string;

  beforeAll(async () => {
    groupId = (await createGroup(api)).id;
    periodId = (await createCoveragePeriod(api, groupId, carrierId, year)).id;
    for (const [line, external, identifier] of [['medical', 'MED-PPO', 'GOLDPPO'], ['dental', 'DEN-1', 'DENTAL1']]) {
      expect((await api.post(`/coverage_periods/${periodId}/plans`, { plan: { external_identifier: external, description: `${line} plan`, product_line: line, plan_identifier: identifier } })).status).toBe(201);
    }
    expect((await api.post(`/groups/${groupId}/subscribers`, { subscriber: family(40) })).status).toBe(201);
  });

  async function finished(kind: 'census_imports' | 'x12_imports', res: { statusCode: number; body: string; json(): any }) {
    expect(res.statusCode, res.body).toBe(202);
    const id = res.json()[kind.slice(0, -1)].id;
    await t.runImportJobs(); // the worker's import step
    for (let i = 0; i < 600; i++) {
      const state = (await api.get(`/${kind}/${id}`)).body[kind.slice(0, -1)];
      if (!['queued', 'processing'].includes(state.state)) return state;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish');
  }

  it('a census: a delimiter in an email, an old or future date, and an SSN taken in the file or the group are row errors, and nothing is written', async () => {
    const header = 'subscriber_external_id,external_identifier,relationship,first_name,last_name,ssn,gender,birth_date,email,coverage_start_date,medical_plan';
    const rows = [
      `C1,C1,self,Eve,Adams,200000001,female,1980-01-01,eve*x@example.com,${year}-01-01,MED-PPO`,
      `C2,C2,self,Bob,Brown,200000002,male,0001-01-01,,${year}-01-01,MED-PPO`,
      `C2,C2-K,child,Kid,Brown,,male,${year + 2}-01-01,,${year}-01-01,MED-PPO`,
      `C3,C3,self,Cy,Clark,200000003,male,1980-01-01,,${year}-01-01,MED-PPO`,
      `C3,C3-S,spouse,Di,Clark,200000003,female,1981-01-01,,${year}-01-01,MED-PPO`,
      `C4,C4,self,Al,Dunn,140000001,male,1980-01-01,,${year}-01-01,MED-PPO`,
    ];
    const before = await count('members');
    const res = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/census_imports?coverage_period_id=${periodId}`, headers: { ...employer.headers, 'content-type': 'text/csv' }, payload: [header, ...rows].join('\n') });
    const result = await finished('census_imports', res);
    expect(result.state).toBe('failed');
    const found = result.errors.map((e: any) => [e.row, e.column, e.error_type]);
    expect(found).toEqual(expect.arrayContaining([
      [2, 'email', 'invalid_request.parameter_invalid'],
      [3, 'birth_date', 'invalid_request.parameter_invalid'],
      [4, 'birth_date', 'invalid_request.parameter_invalid'],
      [6, 'ssn', 'invalid_request.duplicate_social_security_number'],
      [7, 'ssn', 'invalid_request.duplicate_social_security_number'],
    ]));
    expect(result.error_count).toBe(5);
    expect(await count('members')).toBe(before);
  });

  it('an 834 with create_missing creates no plan whose code an 834 cannot carry', async () => {
    const plans = await count('plans');
    const text = x12Text({ families: 1, seed: 4, prefix: 'Y', firstSsn: 220_000_000, coverageStartDate: `${year}-01-01`, plans: { HLT: 'GOLDXPPO' } }).replaceAll('GOLDXPPO', 'GOLDÉPPO'); // our writer would transliterate it
    const res = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/x12_imports?coverage_period_id=${periodId}&create_missing=true`, headers: { ...employer.headers, 'content-type': 'application/edi-x12' }, payload: text });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ error_type: 'invalid_request.parameter_invalid', message: expect.stringContaining('The plan code (HD04) of medical holds "É"') }));
    expect(await count('plans')).toBe(plans);
  });

  it('an 834: a member id it cannot carry and one SSN on two members are segment errors, and nothing is written', async () => {
    const lines = x12Text({ families: 3, seed: 3, prefix: 'X', firstSsn: 210_000_000, coverageStartDate: `${year}-01-01` }).split('\n');
    const ref = lines.findIndex((line) => line.startsWith('REF*0F*X000002'));
    lines[ref] = lines[ref]!.replace('X000002', 'X00000É'); // every REF*0F of the family names it
    const names = lines.map((line, i) => [line, i] as const).filter(([line]) => line.startsWith('NM1*IL*1*') && /\*34\*\d{9}/.test(line));
    const [, lastIndex] = names.at(-1)!;
    lines[lastIndex] = lines[lastIndex]!.replace(/\*34\*\d{9}/, '*34*210000000'); // the first subscriber's SSN
    const before = await count('members');
    // A change file applies every valid member by default (issue 11): all-or-nothing is asked for.
    const res = await t.app.inject({ method: 'POST', url: `/groups/${groupId}/x12_imports?coverage_period_id=${periodId}&mode=all-or-nothing`, headers: { ...employer.headers, 'content-type': 'application/edi-x12' }, payload: lines.join('\n') });
    const result = await finished('x12_imports', res);
    expect(result.state).toBe('failed');
    expect(result.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ column: 'REF', error_type: 'invalid_request.parameter_invalid', message: expect.stringContaining('"É"') }),
      expect.objectContaining({ column: 'NM109', error_type: 'invalid_request.duplicate_social_security_number' }),
    ]));
    expect(await count('members')).toBe(before);
  });
});
