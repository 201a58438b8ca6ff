import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageLimitEndDate, ageLimitViolations, ageOutEnds, coverageLimitOf } from './age-limit-rules.ts';
import { addDays, compareDates, type IsoDate } from './dates.ts';
import type { ExistingCoverage, MemberFacts, SubscriberRelationship } from './enrollment-facts.ts';
import { context, covers, event, family, SPOUSE } from './enrollment-fixtures.ts';

const child = (birth_date: string, fields: Partial<MemberFacts> = {}): MemberFacts => ({ id: 'kid', is_subscriber: false, subscriber_relationship: 'child', birth_date, ...fields });

describe('the dependent age limit', () => {
  it.each([
    ['2000-01-15', '2026-01-31'],
    ['2000-02-29', '2026-02-28'],
    ['2002-02-28', '2028-02-29'],
    ['1999-12-31', '2025-12-31'],
    ['2000-06-01', '2026-06-30'],
  ])('a child born %s is covered to %s at the latest', (birth, end) => {
    expect(ageLimitEndDate(birth)).toBe(end);
  });

  it('applies to children of every kind, not to a handicapped child, a spouse or the subscriber', () => {
    for (const relationship of ['child', 'stepchild', 'adopted_child', 'foster_child', 'grandchild'] as SubscriberRelationship[]) {
      expect(coverageLimitOf(child('2000-01-15', { subscriber_relationship: relationship }))).toBe('2026-01-31');
    }
    expect(coverageLimitOf(child('2000-01-15', { handicapped: true }))).toBeNull();
    expect(coverageLimitOf(child('2000-01-15', { handicapped: false }))).toBe('2026-01-31');
    expect(coverageLimitOf({ ...SPOUSE, birth_date: '1950-01-01' })).toBeNull();
    expect(coverageLimitOf(child('2000-01-15', { is_subscriber: true, subscriber_relationship: 'self' }))).toBeNull();
  });

  it('refuses an election for a 27-year-old child, naming the member, and accepts one for a handicapped child', () => {
    const elder = child('1993-03-10', { id: 'elder' });
    const input = event({ event: 'newly_eligible', date: '2020-03-01', plan_elections: { medical: { plan_id: 'medical-ppo', type: 'election', coverages: [covers('subscriber', '2020-03-01'), covers('elder', '2020-03-01')] } } });
    expect(ageLimitViolations(input, context({ subscriber: family([elder]) }))).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.dependent_age_limit', parameter: 'plan_elections.medical.coverages[1].member_id' }),
    ]);
    expect(ageLimitViolations(input, context({ subscriber: family([{ ...elder, handicapped: true }]) }))).toEqual([]);
    // Starting within the month of the 26th birthday is still allowed.
    const turning = child('1994-03-10', { id: 'elder' });
    expect(ageLimitViolations(input, context({ subscriber: family([turning]) }))).toEqual([]);
  });

  const relationship = fc.constantFrom<SubscriberRelationship>('child', 'stepchild', 'adopted_child', 'foster_child', 'grandchild', 'spouse');
  const day = (min: IsoDate, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(min, n));
  const memberArb = fc.record({ birth_date: day('1980-01-01', 365 * 30), subscriber_relationship: relationship, handicapped: fc.constantFrom(null, false, true) });
  const rowArb = fc.record({ start: day('2000-01-01', 365 * 40), length: fc.option(fc.integer({ min: 0, max: 365 * 10 }), { nil: null }) });

  it('property: after the age-out as of a day, no coverage row of a child whose limit has come runs past the end of the month of the 26th birthday', () => {
    fc.assert(
      fc.property(memberArb, fc.array(rowArb, { minLength: 1, maxLength: 5 }), day('2000-01-01', 365 * 45), (facts, rows, asOf) => {
        const member: MemberFacts = { id: 'kid', is_subscriber: false, ...facts };
        const coverages: ExistingCoverage[] = rows.map((r, index) => ({
          id: `row-${index}`, member_id: 'kid', coverage_period_id: 'p', plan_id: 'plan', product_line: 'medical', status: 'employer_sponsored',
          start_date: r.start, end_date: r.length === null ? null : addDays(r.start, r.length),
        }));
        const ends = new Map(ageOutEnds([member], coverages, asOf).map((e) => [e.coverage_id, e.end_date]));
        const limit = coverageLimitOf(member);
        for (const row of coverages) {
          const end = ends.get(row.id) ?? row.end_date;
          if (limit !== null && compareDates(limit, asOf) <= 0) {
            // Ended on the limit, or cancelled (ends the day before it starts) when it starts after it.
            expect(end).not.toBeNull();
            expect(compareDates(end!, compareDates(row.start_date, limit) > 0 ? addDays(row.start_date, -1) : limit)).toBeLessThanOrEqual(0);
          } else {
            expect(ends.has(row.id)).toBe(false);
          }
          // Ending never extends a row.
          if (row.end_date !== null && ends.has(row.id)) expect(compareDates(ends.get(row.id)!, row.end_date)).toBeLessThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
