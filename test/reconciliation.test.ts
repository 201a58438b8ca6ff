// Reconciliation (issue 13): our own full 834 for a coverage period, fed back as the carrier's, finds
// nothing; a copy changed in known ways finds exactly those differences, with both values; a rerun
// leaves a dismissed difference resolved, reopens one marked fixed that is still there, and resolves by
// itself what is gone. A body that is no 834 is refused and writes nothing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let employer: Tenant;
let api: Client;
const year = Number(new Date().toISOString().slice(0, 4));
const start = `${year}-01-01`;
let periodId: string;
let ours: string;
let deliveryId: string;
const people: Record<'subscriber' | 'spouse' | 'child' | 'single', string> = { subscriber: '', spouse: '', child: '', single: '' };

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  api = client(t, () => employer);
  const group = await createGroup(api);
  const carrier = await createCarrier(api);
  periodId = (await createCoveragePeriod(api, group.id, carrier.id, year)).id;
  const plans = { medical: (await createPlan(api, periodId, 'medical')).id, dental: (await createPlan(api, periodId, 'dental')).id };
  const enroll = async (subscriber: object) => {
    const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const ids = [created.body.subscriber.id as string, ...created.body.subscriber.dependents.map((d: { id: string }) => d.id as string)];
    const event = await api.post(`/subscribers/${ids[0]}/qualifying_life_events`, {
      qualifying_life_event: {
        event: 'initial_enrollment',
        date: start,
        coverage_period_id: periodId,
        plan_elections: Object.fromEntries(Object.entries(plans).map(([line, plan_id]) => [line, { plan_id, type: 'election', coverages: ids.map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: start })) }])),
      },
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    return ids;
  };
  const endpoint = await api.post('/webhook_endpoints', { webhook_endpoint: { url: 'https://203.0.113.10/hooks', events: ['discrepancy.created', 'discrepancy.resolved'] } });
  expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
  [people.subscriber, people.spouse, people.child] = (await enroll(SUBSCRIBER)) as [string, string, string];
  [people.single] = (await enroll({ ...SUBSCRIBER, external_identifier: 'SINGLE-1', first_name: 'Ann', social_security_number: '444-44-4444', marital_status: 'single', dependents: [] })) as [string];
  // Our own full file, built by the transmission as it would send it.
  const delivery = await api.post(`/coverage_periods/${periodId}/file_deliveries`, { file_delivery: { kind: 'full' } });
  expect(delivery.status, JSON.stringify(delivery.body)).toBe(201);
  deliveryId = delivery.body.file_delivery.id;
  const content = await api.get(`/file_deliveries/${deliveryId}/content`);
  expect(content.status).toBe(200);
  ours = content.body.content;
});
afterAll(() => t?.close());

const reconcile = async (body: string, contentType = 'application/edi-x12') => {
  const res = await t.app.inject({ method: 'POST', url: `/coverage_periods/${periodId}/reconciliations`, headers: { ...employer.headers, 'content-type': contentType }, payload: body });
  return { status: res.statusCode, body: res.json() };
};

/** The file's segments; member loops run from INS to the next INS or SE. */
const segments = (text: string) => text.split('\n').filter(Boolean);
function loopOf(lines: string[], memberId: string): [number, number] {
  const ref = lines.indexOf(`REF*23*${memberId}~`);
  let from = ref;
  while (!lines[from]!.startsWith('INS*')) from--;
  let to = ref;
  while (!lines[to]!.startsWith('INS*') && !lines[to]!.startsWith('SE*')) to++;
  return [from, to];
}
/** SE01 counts ST through SE. */
function withCount(lines: string[]): string {
  const st = lines.findIndex((l) => l.startsWith('ST*'));
  const se = lines.findIndex((l) => l.startsWith('SE*'));
  lines[se] = lines[se]!.replace(/^SE\*\d+/, `SE*${se - st + 1}`);
  return lines.join('\n') + '\n';
}
/** Within a member's loop, the HD of a line and its segments up to the next HD or loop. */
function hdOf(lines: string[], memberId: string, line: string): number {
  const [from, to] = loopOf(lines, memberId);
  const at = lines.findIndex((l, i) => i >= from && i < to && l.startsWith(`HD*030**${line}*`));
  expect(at, `${memberId} ${line}`).toBeGreaterThan(0);
  return at;
}

function changedCopy(): string {
  const lines = segments(ours);
  // The spouse's birth date.
  const [sFrom, sTo] = loopOf(lines, people.spouse);
  const dmg = lines.findIndex((l, i) => i >= sFrom && i < sTo && l.startsWith('DMG*'));
  lines[dmg] = lines[dmg]!.replace('*19820203*', '*19820304*');
  // The spouse's dental coverage level.
  const spouseDental = hdOf(lines, people.spouse, 'DEN');
  lines[spouseDental] = lines[spouseDental]!.replace(/\*FAM~$/, '*ESP~');
  // The subscriber's medical plan code, and an end date on the subscriber's dental.
  const medical = hdOf(lines, people.subscriber, 'HLT');
  lines[medical] = lines[medical]!.replace('*MEDICAL-001*', '*MEDICAL-999*');
  const dental = hdOf(lines, people.subscriber, 'DEN');
  lines.splice(dental + 2, 0, `DTP*349*D8*${year}0630~`);
  // A member the carrier has and we do not: a copy of Ann's loop under another subscriber id and name.
  const [aFrom, aTo] = loopOf(lines, people.single);
  const added = lines
    .slice(aFrom, aTo)
    .filter((l) => !l.startsWith('REF*23*'))
    .map((l) => l.replace(/^REF\*0F\*.*~$/, 'REF*0F*CARRIER-ONLY~').replace(/^NM1\*IL\*1\*SMITH\*ANN/i, 'NM1*IL*1*Stranger*Zed').replace(/\*34\*444444444/, '*34*555555555'));
  // The child is removed.
  const [cFrom, cTo] = loopOf(lines, people.child);
  lines.splice(cFrom, cTo - cFrom);
  const se = lines.findIndex((l) => l.startsWith('SE*'));
  lines.splice(se, 0, ...added);
  return withCount(lines);
}

async function eventCounts(): Promise<Record<string, number>> {
  const rows = await sql<{ type: string; n: string }>`SELECT type, count(*) AS n FROM events WHERE type LIKE 'discrepancy.%' GROUP BY type ORDER BY type`.execute(t.testDb.database.db);
  return Object.fromEntries(rows.rows.map((r) => [r.type, Number(r.n)]));
}

const summary = (d: { type: string; member_id: string | null; line: string | null; field: string | null; our_value: string | null; carrier_value: string | null }) => ({ type: d.type, member_id: d.member_id, line: d.line, field: d.field, our_value: d.our_value, carrier_value: d.carrier_value });

describe('POST /coverage_periods/:id/reconciliations', () => {
  it('finds nothing when the carrier holds exactly what we sent', async () => {
    const res = await reconcile(ours);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.reconciliation.status).toBe('completed');
    expect(res.body.reconciliation.as_of).toBe(new Date().toISOString().slice(0, 10));
    expect(Object.values(res.body.reconciliation.counts).every((n) => n === 0), JSON.stringify(res.body.reconciliation.counts)).toBe(true);
    expect(res.body.reconciliation.members_in_file).toBe(4);
    const found = await api.get(`/reconciliations/${res.body.reconciliation.id}/discrepancies`);
    expect(found.body.discrepancies).toEqual([]);
  });

  it('matches members by REF*0F and name when the carrier does not send our member ids back (REF*23)', async () => {
    const res = await reconcile(withCount(segments(ours).filter((l) => !l.startsWith('REF*23*'))));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(Object.values(res.body.reconciliation.counts).every((n) => n === 0), JSON.stringify(res.body.reconciliation.counts)).toBe(true);
  });

  it('finds exactly the changes made to a copy, each with our value and the carrier’s', async () => {
    const res = await reconcile(changedCopy(), 'text/plain');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { counts, id } = res.body.reconciliation;
    expect(counts).toMatchObject({ member_missing_at_carrier: 1, member_unknown_to_us: 1, demographics_differ: 1, coverage_dates_differ: 1, plan_differs: 1, coverage_level_differs: 1, coverage_missing_at_carrier: 0, coverage_unknown_to_us: 0, volume_differs: 0, relationship_differs: 0 });
    expect(await api.get(`/reconciliations/${id}`)).toMatchObject({ status: 200, body: { reconciliation: { id, counts } } });
    const list = await api.get(`/reconciliations/${id}/discrepancies`);
    expect(list.status).toBe(200);
    const found = list.body.discrepancies.map(summary);
    const unknown = list.body.discrepancies.find((d: { type: string }) => d.type === 'member_unknown_to_us');
    expect(unknown.carrier_member).toContain('CARRIER-ONLY');
    expect(found).toHaveLength(6);
    expect(found).toEqual(
      expect.arrayContaining([
        { type: 'member_missing_at_carrier', member_id: people.child, line: null, field: null, our_value: 'SMITH MAX', carrier_value: null },
        { type: 'member_unknown_to_us', member_id: null, line: null, field: null, our_value: null, carrier_value: 'STRANGER ZED' },
        { type: 'demographics_differ', member_id: people.spouse, line: null, field: 'birth_date', our_value: '1982-02-03', carrier_value: '1982-03-04' },
        { type: 'coverage_level_differs', member_id: people.spouse, line: 'DEN', field: 'coverage_level', our_value: 'FAM', carrier_value: 'ESP' },
        { type: 'plan_differs', member_id: people.subscriber, line: 'HLT', field: 'plan', our_value: 'MEDICAL-001', carrier_value: 'MEDICAL-999' },
        { type: 'coverage_dates_differ', member_id: people.subscriber, line: 'DEN', field: 'end_date', our_value: null, carrier_value: `${year}-06-30` },
      ]),
    );
    // The last file we built that carried the family (our member's own).
    const missing = list.body.discrepancies.find((d: { type: string }) => d.type === 'member_missing_at_carrier');
    expect(missing.last_file_delivery_id).toBe(deliveryId);
    expect(missing.status).toBe('open');
    expect(list.body.discrepancies.find((d: { type: string }) => d.type === 'demographics_differ').last_file_delivery_id).toBe(deliveryId);
    expect(unknown.last_file_delivery_id).toBeNull();
    // Announced, one event per new difference: ids and statuses, no values.
    expect(await eventCounts()).toEqual({ 'discrepancy.created': 6 });
  });

  it('keeps a dismissed difference resolved on a rerun that finds it, reopens one marked fixed, and resolves by itself what is gone', async () => {
    const open = (await api.get(`/coverage_periods/${periodId}/discrepancies?status=open`)).body.discrepancies as Array<{ id: string; type: string }>;
    expect(open).toHaveLength(6);
    const birthDate = open.find((d) => d.type === 'demographics_differ')!;
    const plan = open.find((d) => d.type === 'plan_differs')!;
    const dismissed = await api.post(`/discrepancies/${birthDate.id}/resolve`, { resolution: 'dismissed', note: 'The carrier keeps the date of the birth certificate' });
    expect(dismissed.status, JSON.stringify(dismissed.body)).toBe(200);
    expect(dismissed.body.discrepancy).toMatchObject({ status: 'resolved', resolution: 'dismissed', resolution_note: 'The carrier keeps the date of the birth certificate' });
    expect((await api.post(`/discrepancies/${plan.id}/resolve`, { resolution: 'fixed_here' })).status).toBe(200);
    const comment = await api.post(`/discrepancies/${plan.id}/comments`, { comment: { body: 'Asked the carrier on the phone' } });
    expect(comment.status, JSON.stringify(comment.body)).toBe(201);
    expect((await api.get(`/discrepancies/${plan.id}`)).body.comments.map((c: { body: string }) => c.body)).toEqual(['Asked the carrier on the phone']);

    const rerun = await reconcile(changedCopy());
    expect(rerun.body.reconciliation.counts.demographics_differ).toBe(1);
    const afterRerun = new Map(((await api.get(`/coverage_periods/${periodId}/discrepancies`)).body.discrepancies as Array<{ id: string; status: string; resolution: string | null }>).map((d) => [d.id, d]));
    expect(afterRerun.size).toBe(6);
    expect(afterRerun.get(birthDate.id)).toMatchObject({ status: 'resolved', resolution: 'dismissed' });
    expect(afterRerun.get(plan.id)).toMatchObject({ status: 'open', resolution: null });

    // The carrier corrects everything: what was open resolves by itself; the dismissed one stays dismissed.
    const clean = await reconcile(ours);
    expect(Object.values(clean.body.reconciliation.counts).every((n) => n === 0)).toBe(true);
    expect((await api.get(`/coverage_periods/${periodId}/discrepancies?status=open`)).body.discrepancies).toEqual([]);
    const all = (await api.get(`/coverage_periods/${periodId}/discrepancies?status=resolved`)).body.discrepancies as Array<{ id: string; resolution: string }>;
    expect(all.map((d) => d.resolution).sort()).toEqual(['dismissed', 'no_longer_found', 'no_longer_found', 'no_longer_found', 'no_longer_found', 'no_longer_found']);
    // Each resolution announced: the two by hand, then the five the clean run no longer found (the plan's twice: by hand, then by itself).
    expect(await eventCounts()).toEqual({ 'discrepancy.created': 7, 'discrepancy.resolved': 7 });
    // Reopened by hand, it is open again.
    expect((await api.post(`/discrepancies/${plan.id}/reopen`, {})).body.discrepancy).toMatchObject({ status: 'open', resolution: null });
  });

  it('refuses a body that is no 834, with a typed error, and writes nothing', async () => {
    const counts = async () => {
      const db = t.testDb.database.db;
      const rows = await sql<{ n: string }>`SELECT (SELECT count(*) FROM reconciliations) + (SELECT count(*) FROM discrepancies) + (SELECT count(*) FROM reconciliation_findings) + (SELECT count(*) FROM audit_events) AS n`.execute(db);
      return Number(rows.rows[0]!.n);
    };
    const before = await counts();
    const text = await reconcile('subscriber_external_id,first_name\nABC,John\n', 'text/plain');
    expect(text.status).toBe(422);
    expect(text.body.errors[0]).toMatchObject({ error_type: 'invalid_request.x12_invalid', parameter: 'body' });
    const change = await reconcile(ours.replace(/^BGN\*(\d\d)\*([^*]*)\*([^*]*)\*([^*]*)\*([^*]*)\*\*\*4~$/m, 'BGN*$1*$2*$3*$4*$5***2~'));
    expect(change.status, JSON.stringify(change.body)).toBe(422);
    expect(change.body.errors[0].error_type).toBe('unprocessable.not_a_full_file');
    const json = await t.app.inject({ method: 'POST', url: `/coverage_periods/${periodId}/reconciliations`, headers: { ...employer.headers, 'content-type': 'application/json' }, payload: { x12: ours } });
    expect(json.statusCode).toBe(415);
    expect(json.json().errors[0].error_type).toBe('invalid_request.content_type');
    expect(await counts()).toBe(before);
  });
});
