// Issue 15, item 1: benefit classes (employment classifications) of a group, a subscriber's class
// history, and the eligibility rules of a coverage period per class — the plans a class may elect, the
// minimum weekly hours, the waiting period — judged when a life event starts coverage. Over HTTP, on
// both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let stranger: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
let ppo: string;
let hmo: string;
let salaried: { id: string; external_identifier: string };

async function plan(externalIdentifier: string, type: string) {
  const res = await api.post(`/coverage_periods/${periodId}/plans`, {
    plan: { external_identifier: externalIdentifier, description: `Medical ${type}`, product_line: 'medical', product_type: type, plan_identifier: externalIdentifier },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.plan.id as string;
}

async function createClass(fields: Record<string, unknown>, tenant?: Tenant, group = groupId) {
  return api.post(`/groups/${group}/employment_classifications`, { employment_classification: fields }, tenant);
}

async function hire(externalIdentifier: string, startDate: string, hoursPerWeek: number | null) {
  const res = await api.post(`/groups/${groupId}/subscribers`, {
    subscriber: { ...SUBSCRIBER, external_identifier: externalIdentifier, social_security_number: undefined, dependents: [], employment_details: { status: 'full_time', start_date: startDate, ...(hoursPerWeek === null ? {} : { hours_per_week: hoursPerWeek }) } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.subscriber.id as string;
}

const assign = (subscriberId: string, classId: string, effectiveDate: string, tenant?: Tenant) =>
  api.post(`/subscribers/${subscriberId}/employment_classifications`, { subscriber_employment_classification: { employment_classification_id: classId, effective_date: effectiveDate } }, tenant);

/** A new hire's event (dated on the hire) or, given another date, a newly eligible subscriber's. */
const enroll = (subscriberId: string, planId: string, start: string, date = '2026-01-15', event = date === '2026-01-15' ? 'new_hire' : 'newly_eligible') =>
  api.post(`/subscribers/${subscriberId}/qualifying_life_events`, {
    qualifying_life_event: { event, date, coverage_period_id: periodId, plan_elections: { medical: { plan_id: planId, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: start }] } } },
  });

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  stranger = await t.tenant({ name: 'Another Employer' });
  api = client(t, () => employer);
  const carrierId = (await createCarrier(api)).id;
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrierId, 2026)).id;
  ppo = await plan('MED-PPO', 'PPO');
  hmo = await plan('MED-HMO', 'HMO');
});
afterAll(() => t?.close());

describe('benefit classes of a group', () => {
  it('creates a class with Ideon’s fields, lists it, reads it and changes only the fields given', async () => {
    const created = await createClass({ external_identifier: 'SALARIED', carrier_identifier: 'CLASS-A', description: 'Salaried employees', type: 'benefit_class', start_date: '2025-01-01' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    salaried = created.body.employment_classification;
    expect(salaried).toMatchObject({ group_id: groupId, external_identifier: 'SALARIED', carrier_identifier: 'CLASS-A', description: 'Salaried employees', type: 'benefit_class', start_date: '2025-01-01', end_date: null });

    const listed = await api.get(`/groups/${groupId}/employment_classifications`);
    expect(listed.body.employment_classifications.map((c: { id: string }) => c.id)).toEqual([salaried.id]);
    const changed = await api.put(`/employment_classifications/${salaried.id}`, { employment_classification: { description: 'Salaried, full time' } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await api.get(`/employment_classifications/${salaried.id}`)).body.employment_classification).toMatchObject({ description: 'Salaried, full time', carrier_identifier: 'CLASS-A', start_date: '2025-01-01' });
  });

  it('refuses a second class with the same external_identifier (409) and an end before the start (422)', async () => {
    const twice = await createClass({ external_identifier: 'SALARIED' });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0]).toMatchObject({ parameter: 'employment_classification.external_identifier' });
    const backwards = await createClass({ external_identifier: 'TEMP', start_date: '2026-06-01', end_date: '2026-01-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0]).toMatchObject({ error_type: 'unprocessable.end_date_before_start_date', parameter: 'employment_classification.end_date' });
  });

  it('another organization finds none of it: 404 for the class, the group and the rule, and cannot use the class', async () => {
    expect((await api.get(`/employment_classifications/${salaried.id}`, stranger)).status).toBe(404);
    expect((await api.put(`/employment_classifications/${salaried.id}`, { employment_classification: { description: 'mine' } }, stranger)).status).toBe(404);
    expect((await api.get(`/groups/${groupId}/employment_classifications`, stranger)).status).toBe(404);
    expect((await createClass({ external_identifier: 'INTRUDER' }, stranger)).status).toBe(404);
    expect((await api.get(`/employment_classifications/${salaried.id}`)).body.employment_classification.description).toBe('Salaried, full time');

    // The stranger's own class is not one of this group's: refused in a rule and in an assignment.
    const strangerGroup = (await createGroup(api, stranger)).id;
    const theirs = (await createClass({ external_identifier: 'THEIRS' }, stranger, strangerGroup)).body.employment_classification.id;
    const rule = await api.post(`/coverage_periods/${periodId}/eligibility_rules`, { eligibility_rule: { employment_classification_id: theirs } });
    expect(rule.status).toBe(422);
    expect(rule.body.errors[0]).toMatchObject({ error_type: 'unprocessable.employment_classification_not_found', parameter: 'eligibility_rule.employment_classification_id' });
    const subscriberId = await hire('ISOLATED-1', '2025-06-01', 40);
    const assigned = await assign(subscriberId, theirs, '2026-01-01');
    expect(assigned.status).toBe(422);
    expect(assigned.body.errors[0]).toMatchObject({ error_type: 'unprocessable.employment_classification_not_found' });
    expect((await assign(subscriberId, salaried.id, '2026-01-01', stranger)).status).toBe(404);
  });
});

describe('eligibility rules per coverage period and class', () => {
  let ruleId: string;

  it('sets the class’s rule: its plans, minimum hours and waiting period; refuses plans of no period of its own and a second rule', async () => {
    const created = await api.post(`/coverage_periods/${periodId}/eligibility_rules`, {
      eligibility_rule: { employment_classification_id: salaried.id, plan_ids: [hmo], minimum_hours_per_week: 30, waiting_period: { type: 'first_of_month_after', days: 30 } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ruleId = created.body.eligibility_rule.id;
    expect(created.body.eligibility_rule).toMatchObject({ coverage_period_id: periodId, employment_classification_id: salaried.id, plan_ids: [hmo], minimum_hours_per_week: 30, waiting_period: { type: 'first_of_month_after', days: 30 } });
    expect((await api.get(`/coverage_periods/${periodId}/eligibility_rules`)).body.eligibility_rules.map((r: { id: string }) => r.id)).toEqual([ruleId]);
    expect((await api.get(`/eligibility_rules/${ruleId}`)).body.eligibility_rule.plan_ids).toEqual([hmo]);
    expect((await api.get(`/eligibility_rules/${ruleId}`, stranger)).status).toBe(404);

    const again = await api.post(`/coverage_periods/${periodId}/eligibility_rules`, { eligibility_rule: { employment_classification_id: salaried.id } });
    expect(again.status).toBe(409);
    const foreignPlan = await api.post(`/coverage_periods/${periodId}/eligibility_rules`, { eligibility_rule: { plan_ids: [hmo, '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80'] } });
    expect(foreignPlan.status).toBe(422);
    expect(foreignPlan.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.plan_not_found', parameter: 'eligibility_rule.plan_ids[1]' })]);
    const noDays = await api.post(`/coverage_periods/${periodId}/eligibility_rules`, { eligibility_rule: { waiting_period: { type: 'after_days' } } });
    expect(noDays.status).toBe(400);
    expect(noDays.body.errors[0]).toMatchObject({ parameter: 'eligibility_rule.waiting_period.days' });
  });

  it('refuses a plan the class may not elect, then a start inside the waiting period giving the earliest date, and records the election at that date', async () => {
    const subscriberId = await hire('SALARIED-1', '2026-01-15', 40);
    expect((await assign(subscriberId, salaried.id, '2026-01-15')).status).toBe(201);

    const wrongPlan = await enroll(subscriberId, ppo, '2026-03-01');
    expect(wrongPlan.status, JSON.stringify(wrongPlan.body)).toBe(422);
    expect(wrongPlan.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.plan_not_eligible_for_class', parameter: 'qualifying_life_event.plan_elections.medical.plan_id', message: expect.stringContaining('SALARIED') })]);

    const early = await enroll(subscriberId, hmo, '2026-02-01');
    expect(early.status, JSON.stringify(early.body)).toBe(422);
    expect(early.body.errors).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.waiting_period', parameter: 'qualifying_life_event.plan_elections.medical.coverages[0].start_date', message: expect.stringContaining('earliest allowed start is 2026-03-01') }),
    ]);
    // Nothing was written by the refusals.
    expect((await api.get(`/subscribers/${subscriberId}`)).body.subscriber.qualifying_life_events ?? []).toEqual([]);

    const allowed = await enroll(subscriberId, hmo, '2026-03-01');
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201);
    const coverages = (await api.get(`/subscribers/${subscriberId}`)).body.subscriber.coverages as Array<{ plan_id: string; start_date: string }>;
    expect(coverages).toEqual([expect.objectContaining({ plan_id: hmo, start_date: '2026-03-01' })]);
  });

  it('refuses a subscriber below the minimum weekly hours, and enrolls them once their hours are on file', async () => {
    const subscriberId = await hire('PART-TIME-1', '2025-01-01', 20);
    expect((await assign(subscriberId, salaried.id, '2025-01-01')).status).toBe(201);
    const refused = await enroll(subscriberId, hmo, '2026-01-01', '2026-01-01');
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.minimum_hours', parameter: 'qualifying_life_event.plan_elections.medical', message: expect.stringContaining('20') })]);

    const more = await api.put(`/subscribers/${subscriberId}`, { subscriber: { employment_details: { status: 'full_time', start_date: '2025-01-01', hours_per_week: 32 } } });
    expect(more.status, JSON.stringify(more.body)).toBe(200);
    expect((await enroll(subscriberId, hmo, '2026-01-01', '2026-01-01')).status).toBe(201);
  });

  it('applies the period’s default rule to a subscriber without a class, and the class from its effective date', async () => {
    const defaultRule = await api.post(`/coverage_periods/${periodId}/eligibility_rules`, { eligibility_rule: { plan_ids: [ppo] } });
    expect(defaultRule.status, JSON.stringify(defaultRule.body)).toBe(201);
    expect(defaultRule.body.eligibility_rule).toMatchObject({ employment_classification_id: null, plan_ids: [ppo], minimum_hours_per_week: null, waiting_period: null });

    const subscriberId = await hire('UNCLASSED-1', '2024-01-01', 40);
    const hmoRefused = await enroll(subscriberId, hmo, '2026-01-01', '2026-01-01');
    expect(hmoRefused.status).toBe(422);
    expect(hmoRefused.body.errors[0]).toMatchObject({ error_type: 'unprocessable.plan_not_eligible_for_class', message: expect.stringContaining('default') });

    // Salaried from 1 February: a coverage starting then may be the class's HMO.
    expect((await assign(subscriberId, salaried.id, '2026-02-01')).status).toBe(201);
    expect((await assign(subscriberId, salaried.id, '2026-02-01')).status).toBe(409);
    expect((await enroll(subscriberId, hmo, '2026-01-01', '2026-01-01')).status).toBe(422);
    expect((await enroll(subscriberId, hmo, '2026-02-01', '2026-02-01')).status).toBe(201);
    const history = await api.get(`/subscribers/${subscriberId}/employment_classifications`);
    expect(history.body.subscriber_employment_classifications).toEqual([expect.objectContaining({ employment_classification_id: salaried.id, effective_date: '2026-02-01' })]);
    expect((await api.get(`/subscribers/${subscriberId}/employment_classifications`, stranger)).status).toBe(404);
  });

  it('a changed rule applies to the next election', async () => {
    const changed = await api.put(`/eligibility_rules/${ruleId}`, { eligibility_rule: { plan_ids: null, waiting_period: { type: 'date_of_hire' } } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.eligibility_rule).toMatchObject({ plan_ids: null, minimum_hours_per_week: 30, waiting_period: { type: 'date_of_hire' } });
    const subscriberId = await hire('SALARIED-2', '2026-01-20', 40);
    // In the class from before the hire, so the class's rule (not the default) judges a start on the 19th.
    expect((await assign(subscriberId, salaried.id, '2026-01-01')).status).toBe(201);
    expect((await enroll(subscriberId, ppo, '2026-01-19', '2026-01-20')).body.errors?.[0]).toMatchObject({ error_type: 'unprocessable.waiting_period', message: expect.stringContaining('2026-01-20') });
    expect((await enroll(subscriberId, ppo, '2026-01-20', '2026-01-20')).status).toBe(201);
  });
});
