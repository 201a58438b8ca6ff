// The flows of the reference, through HTTP on a real database: enroll a family into medical and
// dental, waive vision, add a dependent, change an address, terminate, continue on COBRA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
let period: { id: string };
let plans: Record<string, { id: string }>;
let subscriberId: string;
let spouseId: string;
let childId: string;

const coverages = (body: any) => [
  ...body.subscriber.coverages,
  ...body.subscriber.dependents.flatMap((d: any) => d.coverages),
];

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant({ name: 'Widget Corporation HR' });
  api = client(t, () => employer);
  const carrier = await createCarrier(api);
  const group = await createGroup(api);
  period = await createCoveragePeriod(api, (group as any).id, carrier.id, 2020);
  plans = {
    medical: await createPlan(api, period.id, 'medical'),
    dental: await createPlan(api, period.id, 'dental'),
    vision: await createPlan(api, period.id, 'vision'),
  };
  const res = await api.post(`/groups/${group.id}/subscribers`, { subscriber: SUBSCRIBER });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  subscriberId = res.body.subscriber.id;
  spouseId = res.body.subscriber.dependents.find((d: any) => d.subscriber_relationship === 'spouse').id;
  childId = res.body.subscriber.dependents.find((d: any) => d.subscriber_relationship === 'child').id;
});
afterAll(() => t?.close());

describe('enrolling a family', () => {
  it('answers the new subscriber with its dependents, their ids and a pending status', async () => {
    const res = await api.get(`/subscribers/${subscriberId}`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('pending');
    expect(res.body.status_datetime).toEqual(expect.any(String));
    expect(res.body.subscriber).toMatchObject({ id: subscriberId, external_identifier: 'ABC-132A54', first_name: 'John', employment_details: { start_date: '2019-01-01' } });
    expect(res.body.subscriber.dependents.map((d: any) => d.external_identifier).sort()).toEqual(['Dependent1', 'Dependent2']);
  });

  it('shows the SSN only to a key with the pii scope, and masks it for others', async () => {
    const full = await api.get(`/subscribers/${subscriberId}`);
    expect(full.body.subscriber.social_security_number).toBe('222222222');
    const readOnly = await t.keyFor(employer.organizationId, ['read']);
    const masked = await api.get(`/subscribers/${subscriberId}`, readOnly);
    expect(masked.body.subscriber.social_security_number).toBe('*****2222');
    expect(JSON.stringify(masked.body)).not.toContain('333333333');
  });

  it('keeps the SSN encrypted at rest', async () => {
    const rows = await t.testDb.database.db.selectFrom('members').select(['ssn_sealed', 'ssn_last4']).execute();
    expect(rows.some((row) => row.ssn_sealed?.includes('222222222'))).toBe(false);
    expect(rows.filter((row) => row.ssn_sealed).length).toBe(2);
  });

  it('elects medical and dental for the family, waives vision, and acknowledges each person and coverage', async () => {
    const member = (id: string) => ({ member_id: id, status: 'employer_sponsored', start_date: '2020-01-01' });
    const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'initial_enrollment',
        date: '2020-01-01',
        eligibility_start_date: '2020-01-01',
        coverage_period_id: period.id,
        plan_elections: {
          medical: { plan_id: plans.medical!.id, type: 'election', coverages: [member(subscriberId), member(spouseId), member(childId)] },
          dental: { plan_id: plans.dental!.id, type: 'election', coverages: [member(subscriberId), member(spouseId)] },
          vision: { type: 'waiver', waiver_reason: 'covered by spouse employer plan' },
        },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.coverages).toHaveLength(5);
    const ack = res.body.acknowledgement;
    expect(ack.reference_number).toMatch(/^ACK-[0-9A-Z]{12}$/);
    expect(ack.people.map((p: any) => p.member_id).sort()).toEqual([subscriberId, spouseId, childId].sort());
    expect(ack.coverage_items).toHaveLength(5);
    const refs = [ack.reference_number, ...ack.people.map((p: any) => p.reference_number), ...ack.coverage_items.map((c: any) => c.reference_number)];
    expect(new Set(refs).size).toBe(refs.length);

    const found = await api.get(`/acknowledgements/${ack.coverage_items[0].reference_number}`);
    expect(found.status).toBe(200);
    expect(found.body.acknowledgement.reference_number).toBe(ack.reference_number);

    const record = await api.get(`/subscribers/${subscriberId}`);
    expect(coverages(record.body).map((c: any) => c.product_line).sort()).toEqual(['dental', 'dental', 'medical', 'medical', 'medical']);
    expect(coverages(record.body).some((c: any) => c.product_line === 'vision')).toBe(false);
    const spouse = record.body.subscriber.dependents.find((d: any) => d.id === spouseId);
    expect(spouse).toMatchObject({ benefit_start_date: '2020-01-01', benefit_end_date: null });
    expect(record.body.subscriber.current_qualifying_events[0].plan_elections.vision).toEqual({ type: 'waiver', waiver_reason: 'covered by spouse employer plan' });
  });

  it('adds a dependent to the subscriber, answered with an acknowledgement', async () => {
    const res = await api.post(`/subscribers/${subscriberId}/dependents`, {
      dependent: { external_identifier: 'Dependent3', first_name: 'Ada', last_name: 'Smith', gender: 'female', subscriber_relationship: 'child', birth_date: '2015-03-04' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.dependent).toMatchObject({ subscriber_id: subscriberId, subscriber_relationship: 'child', coverages: [] });
    expect(res.body.acknowledgement.people[0].member_id).toBe(res.body.dependent.id);
    const record = await api.get(`/subscribers/${subscriberId}`);
    expect(record.body.subscriber.dependents).toHaveLength(3);
  });

  it('changes the address, keeps everything else, audits before and after, and makes the status pending', async () => {
    const newAddress = { address_line_1: '200 Oak Ave', city: 'Riverside', state: 'CA', zip: '92501' };
    const res = await api.put(`/subscribers/${subscriberId}`, { subscriber: { residential_address: newAddress } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('pending');
    expect(res.body.subscriber.residential_address).toEqual(newAddress);
    expect(res.body.subscriber.first_name).toBe('John');
    expect(res.body.subscriber.social_security_number).toBe('222222222');
    const audit = await api.get(`/audit_events?resource_id=${subscriberId}`);
    const update = audit.body.audit_events.find((e: any) => e.action === 'update');
    expect(update.before.residential_address.city).toBe('Springfield');
    expect(update.after.residential_address.city).toBe('Riverside');
    expect(JSON.stringify(audit.body)).not.toContain('222222222');
  });

  it('refuses a second spouse and names the parameter', async () => {
    const res = await api.post(`/subscribers/${subscriberId}/dependents`, {
      dependent: { external_identifier: 'Dependent4', first_name: 'Eve', last_name: 'Smith', gender: 'female', subscriber_relationship: 'registered_domestic_partner', birth_date: '1985-01-01' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ error_type: 'unprocessable.multiple_spouses', parameter: 'dependent.subscriber_relationship' });
  });
});

describe('terminating employment (the reference example)', () => {
  let terminationId: string;

  it('ends every coverage of the subscriber and dependents', async () => {
    const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'termination_of_employment',
        date: '2020-05-01',
        eligibility_start_date: '2020-01-01',
        coverage_period_id: period.id,
        plan_elections: {
          medical: {
            plan_id: plans.medical!.id,
            type: 'election',
            coverages: [
              { member_id: subscriberId, status: 'employer_sponsored', start_date: '2020-01-01', end_date: '2020-05-31' },
              { member_id: spouseId, status: 'employer_sponsored', start_date: '2020-01-01', end_date: '2020-05-31' },
            ],
          },
        },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    terminationId = res.body.qualifying_life_event.id;
    expect(res.body.qualifying_life_event).toMatchObject({ event: 'termination_of_employment', date: '2020-05-01', status: 'pending' });

    const record = await api.get(`/subscribers/${subscriberId}`);
    expect(record.body.status).toBe('pending');
    const all = coverages(record.body);
    expect(all).toHaveLength(5);
    for (const coverage of all) expect(coverage.end_date, coverage.product_line).toBe('2020-05-31');
    for (const dependent of record.body.subscriber.dependents.filter((d: any) => d.coverages.length)) {
      expect(dependent).toMatchObject({ benefit_start_date: '2020-01-01', benefit_end_date: '2020-05-31' });
    }
    const events = record.body.subscriber.current_qualifying_events;
    expect(events.map((e: any) => e.event)).toEqual(['initial_enrollment', 'termination_of_employment']);
    expect(events[1]).toMatchObject({ event: 'termination_of_employment', date: '2020-05-01', eligibility_start_date: '2020-01-01', coverage_period_id: period.id });
    expect(events[1].plan_elections.medical.coverages[1]).toEqual({ member_id: spouseId, status: 'employer_sponsored', start_date: '2020-01-01', end_date: '2020-05-31' });
  });

  it('keeps history: the open rows are superseded, not rewritten', async () => {
    const rows = await t.testDb.database.db.selectFrom('coverages').select(['end_date', 'superseded_at', 'replaces_id']).where('subscriber_id', '=', subscriberId).execute();
    const superseded = rows.filter((row) => row.superseded_at !== null);
    expect(superseded).toHaveLength(5);
    expect(superseded.every((row) => row.end_date === null)).toBe(true);
    expect(rows.filter((row) => row.superseded_at === null && row.replaces_id !== null)).toHaveLength(5);
    const event = await api.get(`/qualifying_life_events/${terminationId}`);
    expect(event.body.qualifying_life_event.status).toBe('pending');
  });

  it('answers who was covered on a date', async () => {
    const april = await api.get(`/subscribers/${subscriberId}?as_of=2020-04-15`);
    expect(coverages(april.body)).toHaveLength(5);
    const june = await api.get(`/subscribers/${subscriberId}?as_of=2020-06-01`);
    expect(coverages(june.body)).toHaveLength(0);
    const group = (await api.get(`/subscribers/${subscriberId}`)).body.subscriber.group_id;
    const coveredInApril = await api.get(`/groups/${group}/subscribers?covered_on=2020-04-15`);
    expect(coveredInApril.body.subscribers.map((s: any) => s.id)).toEqual([subscriberId]);
    const coveredInJune = await api.get(`/groups/${group}/subscribers?covered_on=2020-06-15`);
    expect(coveredInJune.body.subscribers).toEqual([]);
  });

  it('continues coverage on COBRA from the day after it ended', async () => {
    const res = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
      qualifying_life_event: { event: 'cobra', date: '2020-06-01', coverage_period_id: period.id },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const july = await api.get(`/subscribers/${subscriberId}?as_of=2020-07-01`);
    const cobra = coverages(july.body);
    expect(cobra.length).toBe(5);
    for (const coverage of cobra) expect(coverage).toMatchObject({ status: 'cobra', start_date: '2020-06-01' });
  });
});
