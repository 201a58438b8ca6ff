import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';

let t: TestApp;
let acme: Tenant;
let other: Tenant;
let broker: Tenant;
let group: { id: string };
let carrier: { id: string };

const call = (tenant: Tenant, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: tenant.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function created<T = Record<string, unknown>>(tenant: Tenant, url: string, payload: unknown, key: string): Promise<T & { id: string }> {
  const res = await call(tenant, 'POST', url, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json()[key];
}

let counter = 0;
const newGroup = (tenant: Tenant) =>
  created(tenant, '/groups', {
    group: {
      external_identifier: `grp-${++counter}`,
      name: 'Acme Widgets',
      employer: { organization_name: 'Acme Widgets, Inc.', fein: '123456789' },
      primary_location: { address_line_1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701' },
    },
  }, 'group');
const newCarrier = (tenant: Tenant) =>
  created(tenant, '/carriers', {
    carrier: {
      name: 'Acme Health',
      payer_identifier: '987654321',
      interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: '30', receiver_id: '987654321' },
      connection: { type: 'sandbox' },
      line_of_coverage_codes: { life: 'AH' }, // its life plans need the carrier's 834 code
    },
  }, 'carrier');
const periodBody = (carrierId: string, overrides: Record<string, unknown> = {}) => ({
  coverage_period: { carrier_id: carrierId, carrier_group_number: 'GRP-1', coverage_start_date: '2026-01-01', coverage_end_date: '2026-12-31', ...overrides },
});
const newPeriod = (tenant: Tenant, groupId: string, carrierId: string) => created(tenant, `/groups/${groupId}/coverage_periods`, periodBody(carrierId), 'coverage_period');
const planBody = (overrides: Record<string, unknown> = {}) => ({
  plan: { external_identifier: `plan-${++counter}`, description: 'Acme PPO 500', product_line: 'medical', ...overrides },
});

beforeAll(async () => {
  t = await startTestApp();
  acme = await t.tenant({ name: 'Acme Employer' });
  other = await t.tenant({ name: 'Other Employer' });
  broker = await t.tenant({ name: 'Bright Brokers', kind: 'broker' });
  group = await newGroup(acme);
  carrier = await newCarrier(acme);
});
afterAll(() => t?.close());

describe('coverage periods', () => {
  it('creates a coverage period with its defaults and reads it back', async () => {
    const res = await call(acme, 'POST', `/groups/${group.id}/coverage_periods`, periodBody(carrier.id, { open_enrollment_start_date: '2025-11-01', open_enrollment_end_date: '2025-11-30' }));
    expect(res.statusCode).toBe(201);
    const period = res.json().coverage_period;
    expect(period).toEqual({
      id: expect.any(String),
      group_id: group.id,
      carrier_id: carrier.id,
      carrier_group_number: 'GRP-1',
      coverage_start_date: '2026-01-01',
      coverage_end_date: '2026-12-31',
      open_enrollment_start_date: '2025-11-01',
      open_enrollment_end_date: '2025-11-30',
      termination_rule: 'end_of_month',
      birth_enrollment_window_days: 60,
      created_at: expect.any(String),
    });
    expect((await call(acme, 'GET', `/coverage_periods/${period.id}`)).json().coverage_period).toEqual(period);
    const chosen = await call(acme, 'POST', `/groups/${group.id}/coverage_periods`, periodBody(carrier.id, { termination_rule: 'event_date', birth_enrollment_window_days: 31 }));
    expect(chosen.json().coverage_period).toMatchObject({ termination_rule: 'event_date', birth_enrollment_window_days: 31, open_enrollment_start_date: null });
  });

  it('answers 422 naming each broken date rule and writes nothing', async () => {
    const g = await newGroup(acme);
    const res = await call(acme, 'POST', `/groups/${g.id}/coverage_periods`, periodBody(carrier.id, {
      coverage_start_date: '2026-01-01',
      coverage_end_date: '2025-12-31',
      open_enrollment_start_date: '2025-11-30',
      open_enrollment_end_date: '2025-11-01',
    }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { parameter: string }) => e.parameter)).toEqual(['coverage_period.coverage_end_date', 'coverage_period.open_enrollment_end_date']);
    expect((await call(acme, 'GET', `/groups/${g.id}/coverage_periods`)).json().coverage_periods).toEqual([]);
    // A one-day period is fine; an impossible date is a 400.
    expect((await call(acme, 'POST', `/groups/${g.id}/coverage_periods`, periodBody(carrier.id, { coverage_end_date: '2026-01-01' }))).statusCode).toBe(201);
    const impossible = await call(acme, 'POST', `/groups/${g.id}/coverage_periods`, periodBody(carrier.id, { coverage_end_date: '2026-02-30' }));
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().errors[0].parameter).toBe('coverage_period.coverage_end_date');
  });

  it("answers 422 for a carrier that is missing or another tenant's", async () => {
    const theirCarrier = await newCarrier(other);
    for (const carrierId of [theirCarrier.id, '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80']) {
      const res = await call(acme, 'POST', `/groups/${group.id}/coverage_periods`, periodBody(carrierId));
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([{ error_type: 'unprocessable.carrier_not_found', message: expect.any(String), parameter: 'coverage_period.carrier_id' }]);
    }
  });

  it("answers 404 to another tenant's group and coverage period", async () => {
    const period = await newPeriod(acme, group.id, carrier.id);
    const otherCarrier = await newCarrier(other);
    const create = await call(other, 'POST', `/groups/${group.id}/coverage_periods`, periodBody(otherCarrier.id));
    expect(create.statusCode).toBe(404);
    expect(create.json().errors[0].error_type).toBe('not_found');
    expect((await call(other, 'GET', `/groups/${group.id}/coverage_periods`)).statusCode).toBe(404);
    const missing = await call(other, 'GET', '/coverage_periods/0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80');
    const theirs = await call(other, 'GET', `/coverage_periods/${period.id}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(missing.json());
  });

  it('pages through the coverage periods of a group', async () => {
    const g = await newGroup(acme);
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await newPeriod(acme, g.id, carrier.id)).id);
    const first = (await call(acme, 'GET', `/groups/${g.id}/coverage_periods?limit=2`)).json();
    const second = (await call(acme, 'GET', `/groups/${g.id}/coverage_periods?limit=2&cursor=${first.next_cursor}`)).json();
    expect([...first.coverage_periods, ...second.coverage_periods].map((p: { id: string }) => p.id)).toEqual(made);
    expect(second.next_cursor).toBeNull();
  });

  it('lets a granted broker create coverage periods and plans in the group with its own carrier, until revoked', async () => {
    const g = await newGroup(acme);
    const brokerCarrier = await newCarrier(broker);
    expect((await call(broker, 'POST', `/groups/${g.id}/coverage_periods`, periodBody(brokerCarrier.id))).statusCode).toBe(404);

    const grant = await created(acme, `/groups/${g.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } }, 'access_grant');
    const period = await newPeriod(broker, g.id, brokerCarrier.id);
    const plan = await created(broker, `/coverage_periods/${period.id}/plans`, planBody(), 'plan');
    // The owner sees what the broker made in its group.
    expect((await call(acme, 'GET', `/coverage_periods/${period.id}`)).statusCode).toBe(200);
    expect((await call(acme, 'GET', `/plans/${plan.id}`)).statusCode).toBe(200);
    // The broker may not use the owner's carrier: carriers are not shared by a grant.
    expect((await call(broker, 'POST', `/groups/${g.id}/coverage_periods`, periodBody(carrier.id))).statusCode).toBe(422);

    await call(acme, 'POST', `/groups/${g.id}/access_grants/${grant.id}/revoke`);
    expect((await call(broker, 'GET', `/coverage_periods/${period.id}`)).statusCode).toBe(404);
    expect((await call(broker, 'GET', `/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await call(broker, 'GET', `/coverage_periods/${period.id}/plans`)).statusCode).toBe(404);
    expect((await call(broker, 'POST', `/groups/${g.id}/coverage_periods`, periodBody(brokerCarrier.id))).statusCode).toBe(404);
    expect((await call(broker, 'POST', `/coverage_periods/${period.id}/plans`, planBody())).statusCode).toBe(404);
  });
});

describe('plans', () => {
  it('creates a plan with its defaults and reads it back', async () => {
    const period = await newPeriod(acme, group.id, carrier.id);
    const res = await call(acme, 'POST', `/coverage_periods/${period.id}/plans`, planBody({ external_identifier: 'ppo-500', product_type: 'PPO', plan_identifier: 'PPO500' }));
    expect(res.statusCode).toBe(201);
    const plan = res.json().plan;
    expect(plan).toEqual({
      id: expect.any(String),
      coverage_period_id: period.id,
      group_id: group.id,
      external_identifier: 'ppo-500',
      description: 'Acme PPO 500',
      product_line: 'medical',
      product_type: 'PPO',
      plan_identifier: 'PPO500',
      voluntary: false,
      created_at: expect.any(String),
    });
    expect((await call(acme, 'GET', `/plans/${plan.id}`)).json().plan).toEqual(plan);
    const life = await call(acme, 'POST', `/coverage_periods/${period.id}/plans`, planBody({ product_line: 'life', voluntary: true }));
    expect(life.json().plan).toMatchObject({ product_line: 'life', voluntary: true, product_type: null, plan_identifier: null });
  });

  it('answers 409 to a second plan with the same external_identifier in one coverage period', async () => {
    const period = await newPeriod(acme, group.id, carrier.id);
    await created(acme, `/coverage_periods/${period.id}/plans`, planBody({ external_identifier: 'same' }), 'plan');
    const res = await call(acme, 'POST', `/coverage_periods/${period.id}/plans`, planBody({ external_identifier: 'same' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ error_type: 'conflict.external_identifier_taken', message: expect.any(String), parameter: 'plan.external_identifier' }]);
    // Another coverage period may reuse it.
    const next = await newPeriod(acme, group.id, carrier.id);
    await created(acme, `/coverage_periods/${next.id}/plans`, planBody({ external_identifier: 'same' }), 'plan');
  });

  it('refuses an unknown product line, naming it', async () => {
    const period = await newPeriod(acme, group.id, carrier.id);
    const res = await call(acme, 'POST', `/coverage_periods/${period.id}/plans`, planBody({ product_line: 'snacks' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ error_type: 'invalid_request.parameter_invalid', message: expect.any(String), parameter: 'plan.product_line' }]);
  });

  it('pages through the plans of a coverage period', async () => {
    const period = await newPeriod(acme, group.id, carrier.id);
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await created(acme, `/coverage_periods/${period.id}/plans`, planBody(), 'plan')).id);
    const first = (await call(acme, 'GET', `/coverage_periods/${period.id}/plans?limit=2`)).json();
    expect(first.plans).toHaveLength(2);
    const second = (await call(acme, 'GET', `/coverage_periods/${period.id}/plans?limit=2&cursor=${first.next_cursor}`)).json();
    expect([...first.plans, ...second.plans].map((p: { id: string }) => p.id)).toEqual(made);
    expect(second.next_cursor).toBeNull();
  });

  it("answers 404 to another tenant's coverage period and plan", async () => {
    const period = await newPeriod(acme, group.id, carrier.id);
    const plan = await created(acme, `/coverage_periods/${period.id}/plans`, planBody(), 'plan');
    expect((await call(other, 'POST', `/coverage_periods/${period.id}/plans`, planBody())).statusCode).toBe(404);
    expect((await call(other, 'GET', `/coverage_periods/${period.id}/plans`)).statusCode).toBe(404);
    const missing = await call(other, 'GET', '/plans/0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80');
    const theirs = await call(other, 'GET', `/plans/${plan.id}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(missing.json());
  });

  it('records an audit event for each coverage period and plan created', async () => {
    const period = await newPeriod(acme, group.id, carrier.id);
    const plan = await created(acme, `/coverage_periods/${period.id}/plans`, planBody(), 'plan');
    for (const [id, type] of [[period.id, 'coverage_period'], [plan.id, 'plan']] as const) {
      const events = (await call(acme, 'GET', `/audit_events?resource_id=${id}`)).json().audit_events;
      expect(events.map((e: { resource_type: string; action: string }) => `${e.resource_type}:${e.action}`)).toEqual([`${type}:create`]);
      expect(events[0].after.id).toBe(id);
    }
  });
});
