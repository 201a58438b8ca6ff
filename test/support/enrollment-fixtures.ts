// Builders for the resources most tests need: a carrier, a group, a coverage period and its plans,
// created through the API like a client would.
import { expect } from 'vitest';
import type { TestApp, Tenant } from './test-app.ts';

export interface Post {
  (url: string, body: unknown, tenant?: Tenant, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

export function client(t: TestApp, defaultTenant: () => Tenant) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, tenant?: Tenant, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url, headers: { ...(tenant ?? defaultTenant()).headers, ...headers }, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };
  return {
    get: (url: string, tenant?: Tenant) => call('GET', url, undefined, tenant),
    post: (url: string, body: unknown, tenant?: Tenant, headers?: Record<string, string>) => call('POST', url, body, tenant, headers),
    put: (url: string, body: unknown, tenant?: Tenant, headers?: Record<string, string>) => call('PUT', url, body, tenant, headers),
    delete: (url: string, tenant?: Tenant) => call('DELETE', url, undefined, tenant),
  };
}

export type Client = ReturnType<typeof client>;

const address = { address_line_1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701' };

export async function createCarrier(api: Client, tenant?: Tenant, name = 'Acme Health') {
  const res = await api.post('/carriers', {
    carrier: {
      name,
      payer_identifier: '876543219',
      interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'ACMEHEALTH', usage_indicator: 'T' },
      connection: { type: 'sandbox' },
    },
  }, tenant);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.carrier as { id: string };
}

export async function createGroup(api: Client, tenant?: Tenant, externalIdentifier = `G-${Math.random().toString(36).slice(2, 8)}`) {
  const res = await api.post('/groups', {
    group: { external_identifier: externalIdentifier, name: 'Widget Corporation', employer: { organization_name: 'Widget Corporation', fein: '234567891' }, primary_location: address, secondary_locations: [] },
  }, tenant);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.group as { id: string; primary_location: { id: string } };
}

export async function createCoveragePeriod(api: Client, groupId: string, carrierId: string, year: number, tenant?: Tenant, extra: Record<string, unknown> = {}) {
  const res = await api.post(`/groups/${groupId}/coverage_periods`, {
    coverage_period: { carrier_id: carrierId, carrier_group_number: 'GRP002', coverage_start_date: `${year}-01-01`, coverage_end_date: `${year}-12-31`, ...extra },
  }, tenant);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.coverage_period as { id: string };
}

export async function createPlan(api: Client, coveragePeriodId: string, productLine: string, tenant?: Tenant) {
  const res = await api.post(`/coverage_periods/${coveragePeriodId}/plans`, {
    plan: { external_identifier: `${productLine}-plan`, description: `${productLine} PPO`, product_line: productLine, product_type: 'PPO', plan_identifier: `${productLine.toUpperCase()}-001` },
  }, tenant);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.plan as { id: string };
}

export const SUBSCRIBER = {
  external_identifier: 'ABC-132A54',
  first_name: 'John',
  last_name: 'Smith',
  social_security_number: '222-22-2222',
  gender: 'male',
  marital_status: 'married',
  birth_date: '1981-01-01',
  residential_address: address,
  employment_details: { status: 'full_time', start_date: '2019-01-01' },
  dependents: [
    { external_identifier: 'Dependent1', first_name: 'Joanna', last_name: 'Smith', social_security_number: '333333333', gender: 'female', subscriber_relationship: 'spouse', birth_date: '1982-02-03' },
    { external_identifier: 'Dependent2', first_name: 'Max', last_name: 'Smith', gender: 'male', subscriber_relationship: 'child', birth_date: '2012-06-12' },
  ],
};
