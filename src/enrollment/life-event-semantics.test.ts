import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { planCoverageChanges } from './coverage-changes.ts';
import { impliedElections, subscriberPatchOfEvent } from './life-event-semantics.ts';
import type { ExistingCoverage, QualifyingLifeEventContext, SubscriberFacts } from './enrollment-facts.ts';

const subscriber: SubscriberFacts = {
  id: 'sub', is_subscriber: true, subscriber_relationship: 'self', employment_details: { status: 'full_time', start_date: '2019-01-01' },
  dependents: [{ id: 'spouse', is_subscriber: false, subscriber_relationship: 'spouse' }, { id: 'baby', is_subscriber: false, subscriber_relationship: 'child' }],
};
const row = (id: string, member: string, line: 'medical' | 'dental' | 'vision', start: string, end: string | null = null): ExistingCoverage =>
  ({ id, member_id: member, coverage_period_id: 'p', plan_id: `${line}-plan`, product_line: line, status: 'employer_sponsored', start_date: start, end_date: end });
const ctx = (rows: ExistingCoverage[]): QualifyingLifeEventContext => ({
  subscriber, plans: [], existingCoverages: rows, today: '2026-12-31',
  coveragePeriod: { id: 'p', coverage_start_date: '2026-01-01', coverage_end_date: '2026-12-31', termination_rule: 'end_of_month' },
});

describe('implied elections', () => {
  it('property: a birth adds the child, from the birth date, to exactly the lines where a dependent is covered that day, and ends no row', () => {
    const lineArb = fc.constantFrom<'medical' | 'dental' | 'vision'>('medical', 'dental', 'vision');
    fc.assert(
      fc.property(fc.array(fc.record({ line: lineArb, spouse: fc.boolean(), endIn: fc.option(fc.integer({ min: 0, max: 360 }), { nil: null }) }), { maxLength: 6 }), fc.integer({ min: 1, max: 360 }), (specs, birthOffset) => {
        const rows = specs.flatMap((s, i) => [row(`s${i}`, 'sub', s.line, '2026-01-01', s.endIn === null ? null : addDays('2026-01-01', s.endIn)), ...(s.spouse ? [row(`d${i}`, 'spouse', s.line, '2026-01-01', s.endIn === null ? null : addDays('2026-01-01', s.endIn))] : [])]);
        // One plan per line: keep the first spec of each line only.
        const seen = new Set<string>();
        const unique = rows.filter((r) => (r.member_id === 'sub' ? !seen.has(r.product_line) && seen.add(r.product_line) : seen.has(r.product_line) && rows.find((x) => x.member_id === 'sub' && x.product_line === r.product_line)!.id.slice(1) === r.id.slice(1)));
        const born = addDays('2026-01-01', birthOffset);
        const input = { event: 'birth' as const, date: born, coverage_period_id: 'p', member_id: 'baby' };
        const c = ctx(unique);
        const implied = impliedElections(input, c);
        const expected = [...new Set(unique.filter((r) => r.member_id === 'spouse' && (r.end_date === null || r.end_date >= born)).map((r) => r.product_line))].sort();
        const plan = planCoverageChanges(implied.input, c);
        expect(plan.ended).toEqual([]);
        expect(plan.started.map((s) => [s.member_id, s.product_line, s.start_date]).sort()).toEqual(expected.map((line) => ['baby', line, born]));
      }),
    );
  });

  it('names a line the family has no coverage in', () => {
    const implied = impliedElections({ event: 'birth', date: '2026-03-01', coverage_period_id: 'p', member_id: 'baby', product_lines: ['medical', 'vision'] }, ctx([row('a', 'sub', 'medical', '2026-01-01')]));
    expect(implied.violations.map((v) => [v.error_type, v.parameter])).toEqual([['unprocessable.no_family_coverage_to_join', 'product_lines[1]']]);
  });
});

describe('what an event sets on the subscriber', () => {
  it('a marriage makes the subscriber married, a termination terminated on the event date, and a replay nothing', () => {
    const marriage = { event: 'marriage' as const, date: '2026-05-01', coverage_period_id: 'p', member_id: 'spouse' };
    expect(subscriberPatchOfEvent(marriage, { subscriber }, { marital_status: 'single', employment_details: null })).toEqual({ marital_status: 'married' });
    expect(subscriberPatchOfEvent(marriage, { subscriber }, { marital_status: 'married', employment_details: null })).toEqual({});
    const termination = { event: 'termination_of_employment' as const, date: '2026-06-30', coverage_period_id: 'p' };
    expect(subscriberPatchOfEvent(termination, { subscriber }, { marital_status: null, employment_details: { status: 'full_time', start_date: '2019-01-01' } }))
      .toEqual({ employment_details: { status: 'terminated', start_date: '2019-01-01', end_date: '2026-06-30' } });
    expect(subscriberPatchOfEvent(termination, { subscriber }, { marital_status: null, employment_details: { status: 'terminated', start_date: '2019-01-01', end_date: '2026-06-30' } })).toEqual({});
  });
});
