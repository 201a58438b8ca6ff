// Issue 15, first step: a coverage period's time rules (retroactive_days, open enrollment's
// no-retroactivity) with the audited admin override, the dependent age limit on elections, and the
// group's upcoming age-outs — over HTTP, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let writer: Tenant;
let api: Client;
let carrierId: string;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const yearsAgo = (years: number, offsetDays = 0) => {
  const date = new Date(Date.now() + offsetDays * DAY);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
};
const endOfMonth = (date: string) => {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

async function createPeriod(groupId: string, extra: Record<string, unknown>) {
  const res = await api.post(`/groups/${groupId}/coverage_periods`, {
    coverage_period: { carrier_id: carrierId, carrier_group_number: 'GRP-15', coverage_start_date: day(-365), coverage_end_date: day(365), ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.coverage_period as { id: string; retroactive_days?: number };
}

async function createFamily(groupId: string, externalIdentifier: string, dependents: unknown[]) {
  const res = await api.post(`/groups/${groupId}/subscribers`, {
    subscriber: { ...SUBSCRIBER, external_identifier: externalIdentifier, social_security_number: undefined, employment_details: { status: 'full_time', start_date: day(-400) }, dependents },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.subscriber as { id: string; dependents: Array<{ id: string; external_identifier: string }> };
}

const cover = (memberId: string, start: string) => ({ member_id: memberId, status: 'employer_sponsored', start_date: start });
const child = (externalIdentifier: string, birthDate: string, fields: Record<string, unknown> = {}) => ({ external_identifier: externalIdentifier, first_name: externalIdentifier, last_name: 'Smith', gender: 'female', subscriber_relationship: 'child', birth_date: birthDate, ...fields });

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  writer = await t.keyFor(employer.organizationId, ['read', 'write']);
  api = client(t, () => employer);
  carrierId = (await createCarrier(api)).id;
});
afterAll(() => t?.close());

describe('the time rules of a coverage period', () => {
  let groupId: string;
  let period: { id: string; retroactive_days?: number };
  let planId: string;
  let subscriberId: string;

  beforeAll(async () => {
    groupId = (await createGroup(api)).id;
    period = await createPeriod(groupId, { retroactive_days: 60, future_days: 180 });
    planId = (await createPlan(api, period.id, 'medical')).id;
    subscriberId = (await createFamily(groupId, 'RETRO-1', [])).id;
  });

  const lateEnrollment = (extra: Record<string, unknown> = {}) => ({
    qualifying_life_event: { event: 'newly_eligible', date: day(-120), coverage_period_id: period.id, plan_elections: { medical: { plan_id: planId, type: 'election', coverages: [cover(subscriberId, day(-120))] } }, ...extra },
  });

  it('shows the limits it was created with', async () => {
    expect(period).toMatchObject({ retroactive_days: 60, future_days: 180 });
    expect((await api.get(`/coverage_periods/${period.id}`)).body.coverage_period).toMatchObject({ retroactive_days: 60, future_days: 180 });
  });

  it('refuses a change dated 120 days back, naming each date, then records it with an admin override and audits the override', async () => {
    const refused = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, lateEnrollment());
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.retroactivity_limit', parameter: 'qualifying_life_event.date' }),
      expect.objectContaining({ error_type: 'unprocessable.retroactivity_limit', parameter: 'qualifying_life_event.plan_elections.medical.coverages[0].start_date' }),
    ]);
    expect(refused.body.errors[0].message).toContain('retroactive_days 60');

    // A key without the admin scope may not override.
    const notAdmin = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, lateEnrollment({ override_time_limits: true }), writer);
    expect(notAdmin.status, JSON.stringify(notAdmin.body)).toBe(403);
    expect(notAdmin.body.errors[0]).toMatchObject({ error_type: 'authorization.scope_missing' });
    expect((await api.get(`/subscribers/${subscriberId}`)).body.subscriber.coverages ?? []).toEqual([]);

    const allowed = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, lateEnrollment({ override_time_limits: true }));
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201);
    expect(allowed.body.coverages).toEqual([expect.objectContaining({ member_id: subscriberId, start_date: day(-120) })]);
    const eventId = allowed.body.qualifying_life_event.id;
    const audits = await t.testDb.database.db.selectFrom('audit_events').select(['action', 'api_key_id', 'after']).where('resource_id', '=', eventId).orderBy('action').execute();
    expect(audits.map((row) => row.action)).toEqual(['create', 'override_time_limits']);
    const override = audits.find((row) => row.action === 'override_time_limits')!;
    expect(override.api_key_id).not.toBeNull();
    expect(override.after).toMatchObject({
      retroactive_days: 60,
      today: day(0),
      overridden: [
        expect.objectContaining({ error_type: 'unprocessable.retroactivity_limit', parameter: 'qualifying_life_event.date' }),
        expect.objectContaining({ parameter: 'qualifying_life_event.plan_elections.medical.coverages[0].start_date' }),
      ],
    });
  });

  it('refuses a change dated further ahead than future_days', async () => {
    const other = (await createFamily(groupId, 'RETRO-2', [])).id;
    const res = await api.post(`/subscribers/${other}/qualifying_life_events`, {
      qualifying_life_event: { event: 'newly_eligible', date: day(0), coverage_period_id: period.id, plan_elections: { medical: { plan_id: planId, type: 'election', coverages: [cover(other, day(200))] } } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.future_limit', parameter: 'qualifying_life_event.plan_elections.medical.coverages[0].start_date' })]);
  });

  it('lets an open enrollment event change nothing before its window opened, even on a period without limits', async () => {
    const oeGroup = (await createGroup(api)).id;
    const oePeriod = await createPeriod(oeGroup, { open_enrollment_start_date: day(-5), open_enrollment_end_date: day(5) });
    expect(oePeriod.retroactive_days).toBeUndefined();
    const ppo = (await createPlan(api, oePeriod.id, 'medical')).id;
    const member = (await createFamily(oeGroup, 'OE-1', [])).id;
    // Enrolled at the start of the plan year, long ago: no limit on this period, so accepted.
    const enrolled = await api.post(`/subscribers/${member}/qualifying_life_events`, {
      qualifying_life_event: { event: 'newly_eligible', date: day(-300), coverage_period_id: oePeriod.id, plan_elections: { medical: { plan_id: ppo, type: 'election', coverages: [cover(member, day(-300))] } } },
    });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
    // Open enrollment, today, waiving medical back to the start of the year: refused.
    const backdated = await api.post(`/subscribers/${member}/qualifying_life_events`, {
      qualifying_life_event: { event: 'open_enrollment', date: day(0), coverage_period_id: oePeriod.id, plan_elections: { medical: { plan_id: ppo, type: 'election', coverages: [{ ...cover(member, day(-300)), end_date: day(-250) }] } } },
    });
    expect(backdated.status, JSON.stringify(backdated.body)).toBe(422);
    expect(backdated.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.retroactivity_limit', parameter: 'qualifying_life_event.plan_elections.medical.coverages[0].end_date' })]);
    // Waiving from today on is what open enrollment may do.
    const waived = await api.post(`/subscribers/${member}/qualifying_life_events`, {
      qualifying_life_event: { event: 'open_enrollment', date: day(0), coverage_period_id: oePeriod.id, plan_elections: { medical: { type: 'waiver', waiver_reason: 'spouse plan' } } },
    });
    expect(waived.status, JSON.stringify(waived.body)).toBe(201);
  });
});

describe('the dependent age limit', () => {
  let groupId: string;
  let period: { id: string };
  let planId: string;

  beforeAll(async () => {
    groupId = (await createGroup(api)).id;
    period = await createPeriod(groupId, {});
    planId = (await createPlan(api, period.id, 'medical')).id;
  });

  it("refuses an election for a 27-year-old child, naming the member, and accepts a handicapped one", async () => {
    const family = await createFamily(groupId, 'AGE-1', [child('Elder', yearsAgo(27)), child('Cared', yearsAgo(27, -1), { handicapped: true })]);
    const elder = family.dependents.find((d) => d.external_identifier === 'Elder')!.id;
    const cared = family.dependents.find((d) => d.external_identifier === 'Cared')!.id;
    const elect = (members: string[]) => api.post(`/subscribers/${family.id}/qualifying_life_events`, {
      qualifying_life_event: { event: 'newly_eligible', date: day(0), coverage_period_id: period.id, plan_elections: { medical: { plan_id: planId, type: 'election', coverages: members.map((id) => cover(id, day(0))) } } },
    });
    const refused = await elect([family.id, elder, cared]);
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.dependent_age_limit', parameter: 'qualifying_life_event.plan_elections.medical.coverages[1].member_id' })]);
    const allowed = await elect([family.id, cared]);
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201);
  });

  it('lists the dependents reaching the limit within the days asked, with the date their coverage ends', async () => {
    const turning = yearsAgo(26, 20);
    const family = await createFamily(groupId, 'AGE-2', [child('Soon', turning), child('Later', yearsAgo(26, 200)), child('Kept', turning, { handicapped: true }), child('Young', yearsAgo(10))]);
    const ids = Object.fromEntries(family.dependents.map((d) => [d.external_identifier, d.id]));
    const enrolled = await api.post(`/subscribers/${family.id}/qualifying_life_events`, {
      qualifying_life_event: { event: 'newly_eligible', date: day(0), coverage_period_id: period.id, plan_elections: { medical: { plan_id: planId, type: 'election', coverages: [family.id, ...Object.values(ids)].map((id) => cover(id, day(0))) } } },
    });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);

    const soon = await api.get(`/groups/${groupId}/upcoming_age_outs?within_days=60`);
    expect(soon.status, JSON.stringify(soon.body)).toBe(200);
    expect(soon.body.upcoming_age_outs).toEqual([
      expect.objectContaining({
        dependent_id: ids.Soon,
        subscriber_id: family.id,
        subscriber_relationship: 'child',
        birth_date: turning,
        coverage_end_date: endOfMonth(day(20)),
        coverages: [expect.objectContaining({ coverage_period_id: period.id, product_line: 'medical', start_date: day(0), end_date: null })],
      }),
    ]);
    const year = await api.get(`/groups/${groupId}/upcoming_age_outs?within_days=366`);
    expect(year.body.upcoming_age_outs.map((row: any) => row.dependent_id)).toEqual([ids.Soon, ids.Later]);
    expect((await api.get(`/groups/${groupId}/upcoming_age_outs?within_days=0`)).body.upcoming_age_outs).toEqual([]);
    // Another organization does not see the group.
    const stranger = await t.tenant({ name: 'Stranger' });
    expect((await api.get(`/groups/${groupId}/upcoming_age_outs`, stranger)).status).toBe(404);
  });
});
