import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCoverageChanges } from './coverage-changes.ts';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from './dates.ts';
import { classOn, earliestCoverageStart, eligibilityViolations, ruleForClass, type EligibilityFacts, type EligibilityRuleFacts } from './eligibility-rules.ts';
import { context, covers, event, family, row, SPOUSE, SPOUSE_ID } from './enrollment-fixtures.ts';
import type { QualifyingLifeEventContext, QualifyingLifeEventInput } from './enrollment-facts.ts';

const judge = (input: QualifyingLifeEventInput, ctx: QualifyingLifeEventContext, facts: EligibilityFacts) => eligibilityViolations(input, planCoverageChanges(input, ctx), ctx, facts);
const rule = (fields: Partial<EligibilityRuleFacts>): EligibilityRuleFacts => ({ id: 'rule', employment_classification_id: 'salaried', class_label: 'SALARIED', plan_ids: null, minimum_hours_per_week: null, waiting_period: null, ...fields });
const salaried = [{ employment_classification_id: 'salaried', effective_date: '2018-03-15' }];
const hired = (start_date: string, hours_per_week: number | null = 40) => context({ subscriber: { ...family([SPOUSE]), employment_details: { status: 'full_time', start_date, hours_per_week } } });
const medical = (plan_id: string, start: string, members = ['subscriber']) => ({ medical: { plan_id, type: 'election' as const, coverages: members.map((m) => covers(m, start)) } });

const isoDates = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2060-12-31') }).map(fromDayNumber);

describe('the waiting period', () => {
  it('first_of_month_after N days: the earliest start is the 1st of a month, at least N days after hire and less than N+31 days after it', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 0, max: 365 }), (hire, days) => {
        const earliest = earliestCoverageStart(hire, { type: 'first_of_month_after', days });
        expect(earliest.slice(8)).toBe('01');
        const waited = daysBetween(hire, earliest);
        expect(waited).toBeGreaterThanOrEqual(days);
        expect(waited).toBeLessThan(days + 31);
        // And it is the first such 1st: the 1st of the month before is too early.
        const previousFirst = `${addDays(earliest, -1).slice(0, 8)}01`;
        expect(daysBetween(hire, previousFirst)).toBeLessThan(days);
      }),
    );
  });

  it('after_days N: exactly N days after hire; date_of_hire: the hire date', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 0, max: 730 }), (hire, days) => {
        expect(daysBetween(hire, earliestCoverageStart(hire, { type: 'after_days', days }))).toBe(days);
        expect(earliestCoverageStart(hire, { type: 'date_of_hire', days })).toBe(hire);
      }),
    );
  });

  it('examples: hired 15 January, 30 days, first of the month after: 1 March; a 30th day on the 1st is that day', () => {
    expect(earliestCoverageStart('2020-01-15', { type: 'first_of_month_after', days: 30 })).toBe('2020-03-01');
    expect(earliestCoverageStart('2020-01-31', { type: 'first_of_month_after', days: 30 })).toBe('2020-03-01');
    expect(earliestCoverageStart('2020-01-01', { type: 'first_of_month_after', days: 0 })).toBe('2020-01-01');
    expect(earliestCoverageStart('2020-03-01', { type: 'after_days', days: 30 })).toBe('2020-03-31');
  });

  it('refuses a start before the earliest date, naming the coverage and giving the date; accepts the earliest date', () => {
    const facts = { rules: [rule({ waiting_period: { type: 'first_of_month_after', days: 30 } })], classHistory: salaried };
    const ctx = hired('2020-01-15');
    const refused = judge(event({ event: 'new_hire', date: '2020-01-15', plan_elections: medical('medical-ppo', '2020-02-01', ['subscriber', SPOUSE_ID]) }), ctx, facts);
    expect(refused).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.waiting_period', parameter: 'plan_elections.medical.coverages[0].start_date', message: expect.stringContaining('earliest allowed start is 2020-03-01') }),
      expect.objectContaining({ error_type: 'unprocessable.waiting_period', parameter: 'plan_elections.medical.coverages[1].start_date' }),
    ]);
    expect(judge(event({ event: 'new_hire', date: '2020-01-15', plan_elections: medical('medical-ppo', '2020-03-01', ['subscriber', SPOUSE_ID]) }), ctx, facts)).toEqual([]);
  });

  it('refuses when no date of hire is on file', () => {
    const ctx = context({ subscriber: { ...family([]), employment_details: {} } });
    const facts = { rules: [rule({ employment_classification_id: null, waiting_period: { type: 'date_of_hire' } })], classHistory: [] };
    expect(judge(event({ event: 'new_hire', date: '2020-03-01', plan_elections: medical('medical-ppo', '2020-03-01') }), ctx, facts)).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.waiting_period', message: expect.stringContaining('employment_details.start_date') }),
    ]);
  });
});

describe('the plans a class may elect and its minimum hours', () => {
  const facts = { rules: [rule({ plan_ids: ['medical-hmo'], minimum_hours_per_week: 30 }), rule({ id: 'default', employment_classification_id: null, plan_ids: ['medical-ppo'] })], classHistory: salaried };

  it('refuses a plan outside the class, naming the election’s plan_id, and accepts one inside it', () => {
    const ctx = hired('2018-03-15');
    expect(judge(event({ event: 'open_enrollment', date: '2019-11-15', plan_elections: medical('medical-ppo', '2020-01-01') }), ctx, facts)).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.plan_not_eligible_for_class', parameter: 'plan_elections.medical.plan_id', message: expect.stringContaining('SALARIED') }),
    ]);
    expect(judge(event({ event: 'open_enrollment', date: '2019-11-15', plan_elections: medical('medical-hmo', '2020-01-01') }), ctx, facts)).toEqual([]);
  });

  it('applies the class in force on the coverage start, and the default rule before any class', () => {
    const history = [{ employment_classification_id: 'salaried', effective_date: '2020-06-01' }];
    const ctx = hired('2018-03-15');
    expect(judge(event({ event: 'open_enrollment', date: '2019-11-15', plan_elections: medical('medical-ppo', '2020-01-01') }), ctx, { ...facts, classHistory: history })).toEqual([]);
    expect(judge(event({ event: 'open_enrollment', date: '2019-11-15', plan_elections: medical('medical-hmo', '2020-01-01') }), ctx, { ...facts, classHistory: history })).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.plan_not_eligible_for_class', message: expect.stringContaining('default') }),
    ]);
  });

  it('refuses fewer hours than the minimum, and unknown hours', () => {
    const election = event({ event: 'open_enrollment', date: '2019-11-15', plan_elections: medical('medical-hmo', '2020-01-01') });
    expect(judge(election, hired('2018-03-15', 29.5), facts)).toEqual([expect.objectContaining({ error_type: 'unprocessable.minimum_hours', parameter: 'plan_elections.medical', message: expect.stringContaining('29.5') })]);
    expect(judge(election, hired('2018-03-15', null), facts)).toEqual([expect.objectContaining({ error_type: 'unprocessable.minimum_hours' })]);
    expect(judge(election, hired('2018-03-15', 30), facts)).toEqual([]);
  });

  it('judges only what the event starts: a restated row and a waiver pass whatever the rule', () => {
    const existing = row({ member_id: 'subscriber', plan_id: 'medical-ppo', product_line: 'medical', start_date: '2020-01-01' });
    const ctx = { ...hired('2018-03-15', 10), existingCoverages: [existing] };
    const restated = event({ event: 'marriage', date: '2020-03-01', plan_elections: { ...medical('medical-ppo', '2020-01-01'), dental: { type: 'waiver', waiver_reason: 'other' } } });
    expect(judge(restated, ctx, facts)).toEqual([]);
  });

  it('a period without rules accepts everything', () => {
    expect(judge(event({ event: 'new_hire', date: '2020-01-15', plan_elections: medical('medical-ppo', '2020-01-15') }), hired('2020-01-15', 1), { rules: [], classHistory: [] })).toEqual([]);
  });

  it('classOn and ruleForClass: the latest assignment on or before the day; the class rule before the default', () => {
    const history = [{ employment_classification_id: 'b', effective_date: '2020-05-01' }, { employment_classification_id: 'a', effective_date: '2020-01-01' }];
    expect(classOn(history, '2019-12-31')).toBeNull();
    expect(classOn(history, '2020-04-30')).toBe('a');
    expect(classOn(history, '2020-05-01')).toBe('b');
    expect(ruleForClass(facts.rules, 'salaried')?.id).toBe('rule');
    expect(ruleForClass(facts.rules, 'hourly')?.id).toBe('default');
    expect(ruleForClass([rule({})], null)).toBeUndefined();
  });
});
