import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';

let t: TestApp;
let acme: Tenant;
let other: Tenant;
let broker: Tenant;

beforeAll(async () => {
  t = await startTestApp();
  acme = await t.tenant({ name: 'Acme Employer' });
  other = await t.tenant({ name: 'Other Employer' });
  broker = await t.tenant({ name: 'Bright Brokers', kind: 'broker' });
});
afterAll(() => t?.close());

const hq = { name: 'Headquarters', address_line_1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701' };
const warehouse = { name: 'Warehouse', address_line_1: '2 Dock Rd', city: 'Peoria', state: 'IL', zip: '61602' };
let counter = 0;
const groupBody = (overrides: Record<string, unknown> = {}) => ({
  group: {
    external_identifier: `grp-${++counter}`,
    name: 'Acme Widgets',
    employer: { organization_name: 'Acme Widgets, Inc.', fein: '12-3456789' },
    primary_location: hq,
    secondary_locations: [warehouse],
    ...overrides,
  },
});

const call = (tenant: Tenant, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: tenant.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const createGroup = async (tenant: Tenant, overrides: Record<string, unknown> = {}) => {
  const res = await call(tenant, 'POST', '/groups', groupBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().group;
};

describe('groups', () => {
  it('creates a group with server-made location ids and reads it back', async () => {
    const res = await call(acme, 'POST', '/groups', groupBody({ external_identifier: 'acme-main' }));
    expect(res.statusCode).toBe(201);
    const group = res.json().group;
    expect(group).toMatchObject({
      id: expect.any(String),
      external_identifier: 'acme-main',
      name: 'Acme Widgets',
      employer: { organization_name: 'Acme Widgets, Inc.', fein: '12-3456789' },
      primary_location: { ...hq, id: expect.any(String) },
      secondary_locations: [{ ...warehouse, id: expect.any(String) }],
      status: 'active',
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(group.primary_location.id).not.toBe(group.secondary_locations[0].id);
    const read = await call(acme, 'GET', `/groups/${group.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().group).toEqual(group);
  });

  it("takes Ideon's group body, which has no name: the name is the employer's", async () => {
    const { name: _name, ...ideon } = groupBody({ external_identifier: 'ideon-1' }).group;
    const res = await call(acme, 'POST', '/groups', { group: ideon });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().group.name).toBe('Acme Widgets, Inc.');
    expect((await call(acme, 'GET', `/groups/${res.json().group.id}`)).json().group.name).toBe('Acme Widgets, Inc.');
    // A name given still wins, and an empty one is refused rather than replaced.
    expect((await createGroup(acme, { name: 'Acme' })).name).toBe('Acme');
    const empty = await call(acme, 'POST', '/groups', groupBody({ name: '' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].parameter).toBe('group.name');
  });

  it('answers 409 naming external_identifier when the organization already uses it', async () => {
    await createGroup(acme, { external_identifier: 'dup-1' });
    const res = await call(acme, 'POST', '/groups', groupBody({ external_identifier: 'dup-1' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ error_type: 'conflict.external_identifier_taken', message: expect.any(String), parameter: 'group.external_identifier' }]);
    // Another organization may use the same identifier for its own group.
    await createGroup(other, { external_identifier: 'dup-1' });
  });

  it('validates the FEIN and names the field', async () => {
    const res = await call(acme, 'POST', '/groups', groupBody({ employer: { organization_name: 'X', fein: '12345' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].parameter).toBe('group.employer.fein');
    await createGroup(acme, { employer: { organization_name: 'No dash', fein: '123456789' } });
  });

  it('updates only the fields given and keeps location ids that are sent back', async () => {
    const group = await createGroup(acme);
    const res = await call(acme, 'PUT', `/groups/${group.id}`, {
      group: {
        name: 'Acme Widgets Holdings',
        secondary_locations: [{ ...group.secondary_locations[0], city: 'Peoria Heights' }, { address_line_1: '9 New Rd', city: 'Urbana', state: 'IL', zip: '61801' }],
      },
    });
    expect(res.statusCode).toBe(200);
    const updated = res.json().group;
    expect(updated.name).toBe('Acme Widgets Holdings');
    expect(updated.external_identifier).toBe(group.external_identifier);
    expect(updated.employer).toEqual(group.employer);
    expect(updated.primary_location).toEqual(group.primary_location);
    expect(updated.secondary_locations[0]).toEqual({ ...group.secondary_locations[0], city: 'Peoria Heights' });
    expect(updated.secondary_locations[1].id).toEqual(expect.any(String));
    expect(updated.secondary_locations[1].id).not.toBe(group.secondary_locations[0].id);
    expect(new Date(updated.updated_at).getTime()).toBeGreaterThanOrEqual(new Date(group.updated_at).getTime());

    const terminated = await call(acme, 'PUT', `/groups/${group.id}`, { group: { status: 'terminated' } });
    expect(terminated.json().group).toMatchObject({ status: 'terminated', name: 'Acme Widgets Holdings' });
    const renamed = await call(acme, 'PUT', `/groups/${group.id}`, { group: { name: 'Acme Widgets Liquidation' } });
    expect(renamed.json().group).toMatchObject({ status: 'terminated', name: 'Acme Widgets Liquidation' });
  });

  it('refuses a location id that is not one of the group\'s, naming it', async () => {
    const group = await createGroup(acme);
    const mine = await createGroup(acme);
    const res = await call(acme, 'PUT', `/groups/${group.id}`, { group: { primary_location: { ...mine.primary_location } } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ error_type: 'unprocessable.location_not_found', parameter: 'group.primary_location.id' });
    const created = await call(acme, 'POST', '/groups', groupBody({ secondary_locations: [{ ...warehouse, id: group.primary_location.id }] }));
    expect(created.statusCode).toBe(422);
    expect(created.json().errors[0].parameter).toBe('group.secondary_locations[0].id');
  });

  it('answers 409 when an update takes an identifier another group of the owner has', async () => {
    await createGroup(acme, { external_identifier: 'taken-by-update' });
    const group = await createGroup(acme);
    const res = await call(acme, 'PUT', `/groups/${group.id}`, { group: { external_identifier: 'taken-by-update' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ error_type: 'conflict.external_identifier_taken', parameter: 'group.external_identifier' });
    // Sending its own identifier back is no conflict.
    expect((await call(acme, 'PUT', `/groups/${group.id}`, { group: { external_identifier: group.external_identifier } })).statusCode).toBe(200);
  });

  it('pages through the groups with limit and cursor', async () => {
    const tenant = await t.tenant();
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await createGroup(tenant)).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call(tenant, 'GET', `/groups?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.groups.length).toBeLessThanOrEqual(2);
      seen.push(...body.groups.map((g: { id: string }) => g.id));
      cursor = body.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(made);
  });

  it("answers 404 to another tenant's group, exactly as to a missing one", async () => {
    const group = await createGroup(acme);
    const missing = await call(other, 'GET', '/groups/0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80');
    const theirs = await call(other, 'GET', `/groups/${group.id}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(missing.json());
    const put = await call(other, 'PUT', `/groups/${group.id}`, { group: { name: 'Mine now' } });
    expect(put.statusCode).toBe(404);
    expect(put.json().errors[0].error_type).toBe('not_found');
    expect((await call(other, 'GET', `/groups/${group.id}/access_grants`)).statusCode).toBe(404);
    expect((await call(other, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } })).statusCode).toBe(404);
    const list = (await call(other, 'GET', '/groups?limit=500')).json().groups;
    expect(list.map((g: { id: string }) => g.id)).not.toContain(group.id);
    expect((await call(acme, 'GET', `/groups/${group.id}`)).json().group.name).toBe('Acme Widgets');
  });

  it('records an audit event for each write', async () => {
    const group = await createGroup(acme);
    await call(acme, 'PUT', `/groups/${group.id}`, { group: { name: 'Renamed' } });
    const events = (await call(acme, 'GET', `/audit_events?resource_id=${group.id}`)).json().audit_events;
    expect(events.map((e: { resource_type: string; action: string }) => `${e.resource_type}:${e.action}`)).toEqual(['group:create', 'group:update']);
    expect(events[1].before.name).toBe('Acme Widgets');
    expect(events[1].after.name).toBe('Renamed');
  });

  it('needs the read scope to read and the write scope to write', async () => {
    const readOnly = await t.keyFor(acme.organizationId, ['read']);
    expect((await call(readOnly, 'POST', '/groups', groupBody())).statusCode).toBe(403);
    expect((await call(readOnly, 'GET', '/groups')).statusCode).toBe(200);
    const writeOnly = await t.keyFor(acme.organizationId, ['write']);
    expect((await call(writeOnly, 'GET', '/groups')).statusCode).toBe(403);
  });
});

describe('access grants', () => {
  it('lets a broker reach a group only while its grant is live', async () => {
    const group = await createGroup(acme);
    expect((await call(broker, 'GET', `/groups/${group.id}`)).statusCode).toBe(404);

    const granted = await call(acme, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } });
    expect(granted.statusCode).toBe(201);
    const grant = granted.json().access_grant;
    expect(grant).toEqual({ id: expect.any(String), group_id: group.id, organization_id: broker.organizationId, created_at: expect.any(String), revoked_at: null });

    expect((await call(broker, 'GET', `/groups/${group.id}`)).json().group.id).toBe(group.id);
    expect((await call(broker, 'GET', '/groups?limit=500')).json().groups.map((g: { id: string }) => g.id)).toContain(group.id);
    const renamed = await call(broker, 'PUT', `/groups/${group.id}`, { group: { name: 'Renamed by broker' } });
    expect(renamed.statusCode).toBe(200);
    expect((await call(broker, 'GET', `/groups/${group.id}/access_grants`)).json().access_grants).toEqual([grant]);

    const revoked = await call(acme, 'POST', `/groups/${group.id}/access_grants/${grant.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().access_grant.revoked_at).toEqual(expect.any(String));
    expect((await call(broker, 'GET', `/groups/${group.id}`)).statusCode).toBe(404);
    expect((await call(broker, 'GET', '/groups?limit=500')).json().groups.map((g: { id: string }) => g.id)).not.toContain(group.id);

    // A new grant after a revoked one is allowed, and the owner sees both.
    expect((await call(acme, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } })).statusCode).toBe(201);
    const grants = (await call(acme, 'GET', `/groups/${group.id}/access_grants`)).json().access_grants;
    expect(grants).toHaveLength(2);
    expect((await call(broker, 'GET', `/groups/${group.id}`)).statusCode).toBe(200);
  });

  it('answers 409 to a second live grant for the same organization', async () => {
    const group = await createGroup(acme);
    const body = { access_grant: { organization_id: broker.organizationId } };
    expect((await call(acme, 'POST', `/groups/${group.id}/access_grants`, body)).statusCode).toBe(201);
    const again = await call(acme, 'POST', `/groups/${group.id}/access_grants`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ error_type: 'conflict.access_grant_exists', parameter: 'access_grant.organization_id' });
  });

  it('lets only the owner grant and revoke', async () => {
    const group = await createGroup(acme);
    const grant = (await call(acme, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } })).json().access_grant;
    const admin = await t.tenant({ kind: 'administrator' });
    const regrant = await call(broker, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: admin.organizationId } });
    expect(regrant.statusCode).toBe(403);
    expect(regrant.json().errors[0].error_type).toBe('authorization.forbidden');
    const revoke = await call(broker, 'POST', `/groups/${group.id}/access_grants/${grant.id}/revoke`);
    expect(revoke.statusCode).toBe(403);
    expect(revoke.json().errors[0].error_type).toBe('authorization.forbidden');
    expect((await call(broker, 'GET', `/groups/${group.id}`)).statusCode).toBe(200);
  });

  it('grants only to an existing broker, administrator, partner or platform, naming organization_id', async () => {
    const group = await createGroup(acme);
    for (const organization_id of [other.organizationId, '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80', acme.organizationId]) {
      const res = await call(acme, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id } });
      expect(res.statusCode, organization_id).toBe(422);
      expect(res.json().errors[0].parameter).toBe('access_grant.organization_id');
    }
    for (const kind of ['administrator', 'partner', 'platform'] as const) {
      const grantee = await t.tenant({ kind });
      expect((await call(acme, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: grantee.organizationId } })).statusCode).toBe(201);
    }
  });

  it('answers 404 for a grant of another group, and audits grant and revoke', async () => {
    const group = await createGroup(acme);
    const otherGroup = await createGroup(acme);
    const grant = (await call(acme, 'POST', `/groups/${group.id}/access_grants`, { access_grant: { organization_id: broker.organizationId } })).json().access_grant;
    const wrong = await call(acme, 'POST', `/groups/${otherGroup.id}/access_grants/${grant.id}/revoke`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().errors[0].parameter).toBe('grant_id');
    await call(acme, 'POST', `/groups/${group.id}/access_grants/${grant.id}/revoke`);
    const events = (await call(acme, 'GET', `/audit_events?resource_id=${grant.id}`)).json().audit_events;
    expect(events.map((e: { resource_type: string; action: string }) => `${e.resource_type}:${e.action}`)).toEqual(['access_grant:create', 'access_grant:revoke']);
  });
});
