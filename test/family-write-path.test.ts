// The one write path of every family change (enrollment/families): an import's writes go through it
// as the tenant that uploaded the file, so row-level security refuses a chunk that names another
// organization; a change is written whole or not at all; and two changes to one family at once are
// applied one after the other, never forking its history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../src/db/tenant.ts';
import { newId } from '../src/db/ids.ts';
import { writeChunk } from '../src/imports/census/census-store.ts';
import { applyFamilyChanges } from '../src/enrollment/families/family-change-store.ts';
import { emptyChanges } from '../src/enrollment/families/family-change.ts';
import { memberRow } from '../src/enrollment/subscribers/member-input.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';
import { onPostgres } from './support/test-database.ts';

let t: TestApp;
let owner: Tenant;
let stranger: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
let planId: string;

const newMember = (organizationId: string, group: string, externalIdentifier: string) =>
  memberRow({ id: newId(), organization_id: organizationId, group_id: group, subscriber_id: null, subscriber_relationship: 'self', external_identifier: externalIdentifier, first_name: 'Eve', last_name: 'Intruder', emails: '[]', phone_numbers: '[]' }, new Date());

const membersNamed = async (externalIdentifier: string) =>
  (await t.testDb.database.db.selectFrom('members').select('id').where('external_identifier', '=', externalIdentifier).execute()).length;

beforeAll(async () => {
  t = await startTestApp();
  owner = await t.tenant({ name: 'Owner Employer' });
  stranger = await t.tenant({ name: 'Stranger Employer' });
  api = client(t, () => owner);
  const carrier = await createCarrier(api);
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrier.id, 2026)).id;
  planId = (await createPlan(api, periodId, 'medical')).id;
});
afterAll(() => t?.close());

describe('the family write path', () => {
  it("refuses, by row-level security, an import chunk that names another organization's group", async () => {
    const stray = newMember(owner.organizationId, groupId, 'STRAY-1');
    const chunk = { inserts: [stray as never], updates: [], coverage: [], changedFamilies: [stray.id] };
    // The stranger's import writing into the owner's group: the policy refuses the insert itself.
    const attempt = inTenant(t.testDb.database.db, stranger.organizationId, (trx) => writeChunk(trx, { organizationId: owner.organizationId, groupId, coveragePeriodId: periodId }, chunk));
    await expect(attempt).rejects.toThrow(/row-level security/);
    expect(await membersNamed('STRAY-1')).toBe(0);
    // The same chunk as its owner goes in.
    await inTenant(t.testDb.database.db, owner.organizationId, (trx) => writeChunk(trx, { organizationId: owner.organizationId, groupId, coveragePeriodId: periodId }, chunk));
    expect(await membersNamed('STRAY-1')).toBe(1);
    expect((await api.get(`/subscribers/${stray.id}`)).body.status).toBe('pending');
  });

  it('writes a change whole or not at all: a row refused at the end leaves none of the others', async () => {
    const changes = emptyChanges();
    const first = newMember(owner.organizationId, groupId, 'WHOLE-1');
    // The second subscriber takes an external identifier the group already has: a unique violation.
    const taken = newMember(owner.organizationId, groupId, 'STRAY-1');
    changes.membersInserted.push(first, taken);
    changes.families.push({ subscriberId: first.id, organizationId: owner.organizationId, groupId, qualifyingLifeEventId: null });
    changes.audit.push({ organization_id: owner.organizationId, api_key_id: null, resource_type: 'subscriber', resource_id: first.id, action: 'create', before: null, after: { id: first.id } });
    await expect(inTenant(t.testDb.database.db, owner.organizationId, (trx) => applyFamilyChanges(trx, changes))).rejects.toMatchObject({ code: '23505' });
    expect(await membersNamed('WHOLE-1')).toBe(0);
    const audits = await t.testDb.database.db.selectFrom('audit_events').select('id').where('resource_id', '=', first.id).execute();
    expect(audits).toEqual([]);
  });

  it("refuses a family's status or outbox row that names its subscriber with another group", async () => {
    const member = newMember(owner.organizationId, groupId, 'KEYS-1');
    await inTenant(t.testDb.database.db, owner.organizationId, (trx) => writeChunk(trx, { organizationId: owner.organizationId, groupId, coveragePeriodId: periodId }, { inserts: [member as never], updates: [], coverage: [], changedFamilies: [] }));
    const otherGroup = (await createGroup(api)).id;
    // The owner's own group, so row-level security lets it through: the family key must refuse it.
    const changes = emptyChanges();
    changes.families.push({ subscriberId: member.id, organizationId: owner.organizationId, groupId: otherGroup, qualifyingLifeEventId: null });
    await expect(inTenant(t.testDb.database.db, owner.organizationId, (trx) => applyFamilyChanges(trx, changes))).rejects.toMatchObject({ code: '23503' });
    const statuses = await t.testDb.database.db.selectFrom('subscriber_statuses').select('group_id').where('subscriber_id', '=', member.id).execute();
    expect(statuses).toEqual([]);
  });

  it.skipIf(!onPostgres)('applies two changes to one family at once one after the other: no forked history', async () => {
    const created = await api.post(`/groups/${groupId}/subscribers`, { subscriber: { ...SUBSCRIBER, external_identifier: 'RACE-1', social_security_number: undefined, employment_details: { status: 'full_time', start_date: '2026-01-01' }, dependents: [] } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.subscriber.id;
    const enrolled = await api.post(`/subscribers/${id}/qualifying_life_events`, {
      qualifying_life_event: { event: 'new_hire', date: '2026-01-01', coverage_period_id: periodId, plan_elections: { medical: { plan_id: planId, type: 'election', coverages: [{ member_id: id, status: 'employer_sponsored', start_date: '2026-01-01' }] } } },
    });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
    const terminate = (date: string) => api.post(`/subscribers/${id}/qualifying_life_events`, { qualifying_life_event: { event: 'termination_of_employment', date, coverage_period_id: periodId } });
    const dates = ['2026-11-10', '2026-10-10', '2026-09-10', '2026-08-10', '2026-07-10', '2026-06-10', '2026-05-10', '2026-03-10'];
    const answers = await Promise.all([...dates.map(terminate), api.put(`/subscribers/${id}`, { subscriber: { first_name: 'Johnny' } })]);
    for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
    // One current row for the one coverage, ending on the earlier month's end whichever ran first.
    const current = await t.testDb.database.db.selectFrom('coverages').selectAll().where('subscriber_id', '=', id).where('superseded_at', 'is', null).execute();
    expect(current).toHaveLength(1);
    expect(current[0]!.end_date).toBe('2026-03-31');
    const record = await api.get(`/subscribers/${id}`);
    expect(record.body.subscriber.first_name).toBe('Johnny');
    expect(record.body.subscriber.current_qualifying_events.length).toBe(1 + answers.filter((answer) => answer.status === 201).length);
  });
});
