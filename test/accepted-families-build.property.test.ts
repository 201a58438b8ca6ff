// What the API accepts, every carrier file can carry: for any family the API takes — generated across
// names and characters (accents, scripts, X12 delimiters), emails, dates, dependents, lines and
// cancellations — the 834 it will produce is read back by our strict reader and by an independent
// parser (node-x12) with the same members; or the API refused the family with a 4xx. Never a 5xx,
// and never a build that fails later in the worker.
import fc from 'fast-check';
import nodeX12 from 'node-x12';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { read834 } from '../src/carriers/x12/index.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';
import { client, createCarrier, createCoveragePeriod, createGroup, createPlan, type Client } from './support/enrollment-fixtures.ts';

let t: TestApp;
let tenant: Tenant;
let api: Client;
let groupId: string;
let periodId: string;
const planIds: Record<string, string> = {};
const year = Number(new Date().toISOString().slice(0, 4));
const start = `${year}-01-01`;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await t.tenant();
  api = client(t, () => tenant);
  const carrier = await createCarrier(api);
  groupId = (await createGroup(api)).id;
  periodId = (await createCoveragePeriod(api, groupId, carrier.id, year)).id;
  for (const line of ['medical', 'dental', 'vision']) planIds[line] = (await createPlan(api, periodId, line)).id;
});
afterAll(async () => t?.close());

// Characters people's records really hold, and the ones an 834 cannot: delimiters, controls, scripts.
const character = fc.constantFrom(...'abcXYZ -.\'éöüñßØŁÆçÅ中文ъ*~:^|>\t0123456789');
const text = (min: number, max: number) => fc.array(character, { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const dateIn = (from: string, to: string) => fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// Mostly real birth dates; now and then one before 1900 or in the future, which the API must refuse.
const date = fc.oneof({ arbitrary: dateIn('1930-01-01', '2024-12-31'), weight: 8 }, { arbitrary: dateIn('1880-01-01', '2035-12-31'), weight: 1 });
const localPart = fc.oneof({ arbitrary: fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/), weight: 6 }, { arbitrary: text(1, 8).map((value) => value.replace(/\s/g, '') || 'x'), weight: 1 });
const person = fc.record({
  first_name: text(1, 20),
  last_name: text(1, 20),
  birth_date: date,
  gender: fc.constantFrom('female', 'male', 'unknown'),
  email: fc.option(fc.tuple(localPart, fc.constantFrom('example.com', 'example.com', 'ex*ample.com')).map(([local, domain]) => `${local}@${domain}`), { nil: undefined }),
});
type Person = typeof person extends fc.Arbitrary<infer P> ? P : never;
const family = fc.record({
  subscriber: person,
  address: fc.record({ address_line_1: text(1, 30), city: text(1, 20) }),
  dependents: fc.array(fc.tuple(person, fc.constantFrom('spouse', 'child')), { maxLength: 3 }),
  lines: fc.subarray(['medical', 'dental', 'vision'], { minLength: 1 }),
  cancelLastDependent: fc.boolean(),
});

let serial = 0;
const ssn = () => String(500_000_000 + ++serial);

function expectNoServerError(res: { status: number; body: unknown }, what: string) {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
  if (res.status >= 400) expect((res.body as { errors: unknown[] }).errors.length, what).toBeGreaterThan(0);
}

let built = 0;
const refusals: string[] = [];

it('builds a file both readers read back with the same members for every family the API accepts', async () => {
  await fc.assert(
    fc.asyncProperty(family, async (f) => {
      const n = ++serial;
      const member = (p: Person) => ({
        first_name: p.first_name,
        last_name: p.last_name,
        birth_date: p.birth_date,
        gender: p.gender,
        social_security_number: ssn(),
      });
      const body = {
        subscriber: {
          ...member(f.subscriber),
          external_identifier: `P-${n}`,
          marital_status: 'married',
          employment_details: { status: 'full_time', start_date: '2019-01-01' },
          ...(f.subscriber.email ? { emails: [{ address: f.subscriber.email }] } : {}),
          residential_address: { ...f.address, state: 'IL', zip: '62701' },
          dependents: f.dependents.map(([p, relationship], i) => ({ ...member(p), external_identifier: `P-${n}-${i}`, subscriber_relationship: relationship })),
        },
      };
      const created = await api.post(`/groups/${groupId}/subscribers`, body);
      expectNoServerError(created, 'create');
      if (created.status >= 400) {
        refusals.push(created.body.errors[0].parameter);
        return;
      }
      const subscriberId = created.body.subscriber.id as string;
      const memberIds = [subscriberId, ...created.body.subscriber.dependents.map((d: { id: string }) => d.id as string)];
      const elect = (members: string[]) =>
        Object.fromEntries(f.lines.map((line) => [line, { plan_id: planIds[line], type: 'election', coverages: members.map((member_id) => ({ member_id, status: 'employer_sponsored', start_date: start })) }]));
      const enrolled = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: periodId, plan_elections: elect(memberIds) } });
      expectNoServerError(enrolled, 'enroll');
      if (enrolled.status >= 400) return;
      if (f.cancelLastDependent && memberIds.length > 1) {
        // A listing that leaves the last dependent out: their coverage is cancelled.
        const relisted = await api.post(`/subscribers/${subscriberId}/qualifying_life_events`, { qualifying_life_event: { event: 'initial_enrollment', date: start, coverage_period_id: periodId, plan_elections: elect(memberIds.slice(0, -1)) } });
        expectNoServerError(relisted, 'relist');
      }

      built++;
      const preview = await api.get(`/subscribers/${subscriberId}/preview_834`);
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      const [only] = preview.body.previews;
      expect(only.errors, JSON.stringify(only.errors)).toEqual([]);
      const file = only.segments.join('\n') + '\n';
      const ours = read834(file);
      expect(ours.issues.filter((issue) => issue.severity === 'error'), file).toEqual([]);
      expect(ours.members.map((m) => m.memberReference).sort()).toEqual([...memberIds].sort());
      for (const m of ours.members) expect(m.name?.last, file).toMatch(/\S/);
      const independent = new nodeX12.X12Parser(true).parse(file) as { functionalGroups: Array<{ transactions: Array<{ segments: Array<{ tag: string }> }> }> };
      const segments = independent.functionalGroups[0]!.transactions[0]!.segments;
      expect(segments.filter((s) => s.tag === 'INS')).toHaveLength(memberIds.length);
      expect(segments.filter((s) => s.tag === 'HD')).toHaveLength(ours.members.reduce((sum, m) => sum + m.coverages.length, 0));
    }),
    { numRuns: 40, seed: 20261201 },
  );
  // The property says something only if the generator reaches the build often enough.
  expect(built, `refused: ${refusals.join(', ')}`).toBeGreaterThanOrEqual(10);
}, 120_000);
