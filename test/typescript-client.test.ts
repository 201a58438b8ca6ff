// The typed client (clients/typescript): its generated types match the API's OpenAPI document, and it
// drives a running server through the quick start — carrier, group, coverage period, plan, subscriber,
// life event — then reads the subscriber back.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createEnrollmentClient, type EnrollmentClient } from '../clients/typescript/src/index.ts';
import { generateSchema, SCHEMA_FILE } from '../clients/typescript/generate.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let api: EnrollmentClient;
const year = 2026;
const address = { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' } as const;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const tenant = await t.tenant({ name: 'Client Co' });
  api = createEnrollmentClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: tenant.key });
});
afterAll(() => t?.close());

describe('clients/typescript', () => {
  it('has types generated from the current OpenAPI document (npm run client:generate)', async () => {
    const fresh = await generateSchema();
    expect(fresh === fs.readFileSync(SCHEMA_FILE, 'utf8'), 'clients/typescript/src/schema.d.ts is stale: run npm run client:generate').toBe(true);
  }, 120_000);

  it('runs the quick start against a running server and reads the subscriber back', async () => {
    const carrier = await api.POST('/carriers', { body: { carrier: { name: 'Sandbox Health', payer_identifier: '876543219', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'SANDBOX' }, connection: { type: 'sandbox' } } } });
    expect(carrier.response.status, JSON.stringify(carrier.error)).toBe(201);
    const group = await api.POST('/groups', { body: { group: { external_identifier: 'ACME', employer: { organization_name: 'Acme Widgets', fein: '12-3456789' }, primary_location: address } } });
    expect(group.response.status, JSON.stringify(group.error)).toBe(201);
    const groupId = group.data!.group.id;
    const period = await api.POST('/groups/{id}/coverage_periods', { params: { path: { id: groupId } }, body: { coverage_period: { carrier_id: carrier.data!.carrier.id, carrier_group_number: 'GRP-1001', coverage_start_date: `${year}-01-01`, coverage_end_date: `${year}-12-31` } } });
    expect(period.response.status, JSON.stringify(period.error)).toBe(201);
    const periodId = period.data!.coverage_period.id;
    const plan = await api.POST('/coverage_periods/{id}/plans', { params: { path: { id: periodId } }, body: { plan: { external_identifier: 'PPO-1', description: 'Gold PPO', product_line: 'medical', plan_identifier: 'GOLDPPO' } } });
    expect(plan.response.status, JSON.stringify(plan.error)).toBe(201);
    const created = await api.POST('/groups/{id}/subscribers', { params: { path: { id: groupId } }, body: { subscriber: { external_identifier: 'E-1', first_name: 'Ada', last_name: 'Lovelace', social_security_number: '123456789', gender: 'female', birth_date: '1985-12-10', residential_address: address, employment_details: { status: 'full_time', start_date: `${year}-01-01` } } } });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    const subscriberId = created.data!.subscriber.id;
    const event = await api.POST('/subscribers/{id}/qualifying_life_events', { params: { path: { id: subscriberId } }, body: { qualifying_life_event: { event: 'new_hire', date: `${year}-01-01`, coverage_period_id: periodId, plan_elections: { medical: { plan_id: plan.data!.plan.id, type: 'election', coverages: [{ member_id: subscriberId, status: 'employer_sponsored', start_date: `${year}-01-01` }] } } } } });
    expect(event.response.status, JSON.stringify(event.error)).toBe(201);

    const read = await api.GET('/subscribers/{id}', { params: { path: { id: subscriberId } } });
    expect(read.response.status).toBe(200);
    expect(read.data!.status).toBe('pending');
    expect(read.data!.subscriber).toMatchObject({ id: subscriberId, first_name: 'Ada', last_name: 'Lovelace', external_identifier: 'E-1' });
    expect(read.data!.subscriber.coverages).toEqual([expect.objectContaining({ product_line: 'medical', start_date: `${year}-01-01` })]);

    // Errors come back typed too.
    const missing = await api.GET('/subscribers/{id}', { params: { path: { id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error!.errors[0]!.error_type).toBe('not_found');
  }, 60_000);
});
