// Nothing silently left out at the door: a plan exists only for a product line its carrier's 834 can
// carry, and a carrier's codes cannot lose a line its plans or coverages need.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let acme: Tenant;
let api: Client;
const year = 2026;

beforeAll(async () => {
  t = await startTestApp();
  acme = await t.tenant();
  api = client(t, () => acme);
});
afterAll(async () => {
  await t?.close();
});

const planBody = (product_line: string, external_identifier = `${product_line}-${Math.random().toString(36).slice(2, 8)}`) => ({
  plan: { external_identifier, description: `${product_line} plan`, product_line },
});

async function periodOf(codes?: Record<string, string>) {
  const carrier = await createCarrier(api);
  if (codes) expect((await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: codes } })).status).toBe(200);
  const group = await createGroup(api);
  const period = await createCoveragePeriod(api, group.id, carrier.id, year);
  return { carrier, group, period };
}

async function planCount(): Promise<number> {
  const row = await t.testDb.database.db.selectFrom('plans').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('creating a plan', () => {
  it('refuses a line the carrier cannot receive, naming product_line and the setting to add; writes nothing', async () => {
    const { carrier, period } = await periodOf();
    const before = await planCount();
    for (const line of ['life', 'accident', 'critical_illness', 'hospital_indemnity', 'voluntary_life']) {
      const res = await api.post(`/coverage_periods/${period.id}/plans`, planBody(line));
      expect(res.status, line).toBe(422);
      expect(res.body.errors).toEqual([{ error_type: 'unprocessable.product_line_not_receivable', message: expect.stringContaining(`line_of_coverage_codes.${line}`), parameter: 'plan.product_line' }]);
      expect(res.body.errors[0].message).toContain(`/carriers/${carrier.id}`);
    }
    expect(await planCount()).toBe(before);
  });

  it("accepts the guide's lines with no setting, a disability plan (its coverages go out as STD or LTD), and a line the carrier maps", async () => {
    const { carrier, period } = await periodOf();
    for (const line of ['medical', 'dental', 'vision', 'short_term_disability', 'long_term_disability', 'disability']) {
      expect((await api.post(`/coverage_periods/${period.id}/plans`, planBody(line))).status, line).toBe(201);
    }
    expect((await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AH' } } })).status).toBe(200);
    const life = await api.post(`/coverage_periods/${period.id}/plans`, planBody('life'));
    expect(life.status).toBe(201);
    expect(life.body.plan.product_line).toBe('life');
  });
});

describe('updating a carrier', () => {
  it("refuses to drop a code its plans need, naming line_of_coverage_codes, and keeps the carrier as it was", async () => {
    const { carrier, period } = await periodOf({ life: 'AH', accident: 'AG' });
    await createPlan(api, period.id, 'life');
    const res = await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { accident: 'AG' }, name: 'Renamed' } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ error_type: 'unprocessable.line_of_coverage_code_needed', message: expect.stringContaining('life'), parameter: 'carrier.line_of_coverage_codes.life' }]);
    const now = (await api.get(`/carriers/${carrier.id}`)).body.carrier;
    expect(now).toMatchObject({ name: 'Acme Health', line_of_coverage_codes: { life: 'AH', accident: 'AG' } });

    // Changing the code, dropping an unused one, or overriding a default stays allowed.
    expect((await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AG' } } })).status).toBe(200);
    expect((await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AG', medical: 'PPO' } } })).status).toBe(200);
    expect((await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AG' } } })).status).toBe(200);
  });

  it("refuses to drop the code of a line a current coverage is for (a life plan elected as voluntary life)", async () => {
    const { carrier, group, period } = await periodOf({ life: 'AH', voluntary_life: 'AH' });
    const plan = await createPlan(api, period.id, 'life');
    const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'VL-1', dependents: [] } });
    const subscriberId = created.body.subscriber.id as string;
    const elections = { voluntary_life: { plan_id: plan.id, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: `${year}-01-01` }] } };
    const event = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: `${year}-01-01`, coverage_period_id: period.id, plan_elections: elections } });
    expect(event.status, JSON.stringify(event.body)).toBe(201);

    const res = await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AH' } } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toEqual(['carrier.line_of_coverage_codes.voluntary_life']);
  });

  it("sees the plans of a group reached only through a grant that was revoked since", async () => {
    const owner = await t.tenant({ kind: 'employer' });
    const broker = await t.tenant({ kind: 'broker' });
    const ownerApi = client(t, () => owner);
    const brokerApi = client(t, () => broker);
    const group = await createGroup(ownerApi);
    const grant = await ownerApi.post(`/groups/${group.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } });
    expect(grant.status, JSON.stringify(grant.body)).toBe(201);
    const carrier = await createCarrier(brokerApi);
    expect((await brokerApi.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AH' } } })).status).toBe(200);
    const period = await createCoveragePeriod(brokerApi, group.id, carrier.id, year);
    await createPlan(brokerApi, period.id, 'life');
    expect((await ownerApi.post(`/groups/${group.id}/access_grants/${grant.body.access_grant.id}/revoke`, {})).status, 'revoke').toBeLessThan(300);

    const res = await brokerApi.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: {} } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].parameter).toBe('carrier.line_of_coverage_codes.life');
  });
});

describe('electing a plan under a specific line', () => {
  it('refuses a life plan elected as voluntary_life when the carrier names no code for it, and takes it once it does', async () => {
    const { carrier, group, period } = await periodOf({ life: 'AH' });
    const life = await createPlan(api, period.id, 'life');
    const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'VOL-1' } });
    const subscriberId = created.body.subscriber.id as string;
    const election = (line: string) => ({
      qualifying_life_event: { event: 'initial_enrollment', date: `${year}-01-01`, coverage_period_id: period.id, plan_elections: { [line]: { plan_id: life.id, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: `${year}-01-01`, volume: 20000 }] } } },
    });
    const refused = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, election('voluntary_life'));
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ error_type: 'unprocessable.product_line_not_receivable', parameter: 'qualifying_life_event.plan_elections.voluntary_life', message: expect.stringContaining('line_of_coverage_codes.voluntary_life') })]);
    expect((await api.get(`/subscribers/${subscriberId}`)).body.subscriber.coverages).toEqual([]);

    expect((await api.put(`/carriers/${carrier.id}`, { carrier: { line_of_coverage_codes: { life: 'AH', voluntary_life: 'AH' } } })).status).toBe(200);
    const taken = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, election('voluntary_life'));
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
  });
});
