import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, dayBefore, fromDayNumber, toDayNumber } from './dates.ts';
import {
  endDateForRow,
  endsFamilyCoverage,
  eventMemberId,
  isCancelled,
  isCoveredOn,
  membersLosingAllCoverage,
  terminationEndDate,
} from './coverage-rules.ts';
import { TERMINATION_RULES } from './enrollment-facts.ts';
import { CHILD, CHILD_ID, NEWBORN, SPOUSE, SPOUSE_ID, SUBSCRIBER_ID, covers, event, family } from './enrollment-fixtures.ts';

const anyDate = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }).map(fromDayNumber);

describe('terminationEndDate', () => {
  it('ends coverage at the end of the month of the event under end_of_month (reference: 2020-05-01 → 2020-05-31)', () => {
    expect(terminationEndDate('2020-05-01', 'end_of_month')).toBe('2020-05-31');
    expect(terminationEndDate('2020-02-15', 'end_of_month')).toBe('2020-02-29');
    expect(terminationEndDate('2020-12-31', 'end_of_month')).toBe('2020-12-31');
  });

  it('ends coverage on the event date under event_date', () => {
    expect(terminationEndDate('2020-05-01', 'event_date')).toBe('2020-05-01');
  });

  it('never precedes the event date, and stays in its month', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...TERMINATION_RULES), (date, rule) => {
        const end = terminationEndDate(date, rule);
        return compareDates(end, date) >= 0 && end.slice(0, 7) === date.slice(0, 7);
      }),
    );
  });
});

describe('ending a row', () => {
  const open = { start_date: '2020-01-01', end_date: null };

  it('sets the requested end on an open row', () => {
    expect(endDateForRow(open, '2020-05-31')).toBe('2020-05-31');
  });

  it('keeps an earlier end date rather than extending the row', () => {
    expect(endDateForRow({ start_date: '2020-01-01', end_date: '2020-03-31' }, '2020-05-31')).toBeUndefined();
    expect(endDateForRow({ start_date: '2020-01-01', end_date: '2020-05-31' }, '2020-05-31')).toBeUndefined();
    expect(endDateForRow({ start_date: '2020-01-01', end_date: '2020-12-31' }, '2020-05-31')).toBe('2020-05-31');
  });

  it('cancels a row ended before it starts: it ends the day before its start', () => {
    const future = { start_date: '2021-01-01', end_date: null };
    expect(endDateForRow(future, '2020-05-31')).toBe('2020-12-31');
    expect(isCancelled({ start_date: '2021-01-01', end_date: '2020-12-31' })).toBe(true);
    expect(isCancelled({ start_date: '2021-01-01', end_date: '2021-01-01' })).toBe(false);
  });

  it('never extends a row, ends it by the requested date, and never before the day before it starts', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.option(anyDate, { nil: null }), (start, requested, currentEnd) => {
        const cancellation = dayBefore(start);
        const end = endDateForRow({ start_date: start, end_date: currentEnd }, requested) ?? currentEnd;
        expect(end).not.toBeNull();
        if (end === null) return;
        if (currentEnd !== null) expect(compareDates(end, currentEnd)).toBeLessThanOrEqual(0);
        if (isCancelled({ start_date: start, end_date: currentEnd })) return;
        expect(compareDates(end, requested) <= 0 || end === cancellation).toBe(true);
        expect(compareDates(end, cancellation)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('covers no day once cancelled', () => {
    const cancelled = { start_date: '2021-01-01', end_date: '2020-12-31' };
    expect(isCoveredOn(cancelled, '2021-01-01')).toBe(false);
    expect(isCoveredOn({ start_date: '2020-01-01', end_date: '2020-05-31' }, '2020-05-31')).toBe(true);
    expect(isCoveredOn({ start_date: '2020-01-01', end_date: '2020-05-31' }, '2020-06-01')).toBe(false);
  });
});

describe('whom an event is about', () => {
  it('is the member named, else the subscriber for a termination or death', () => {
    expect(eventMemberId(event({ event: 'death', date: '2020-05-01', member_id: CHILD_ID }), family())).toBe(CHILD_ID);
    expect(eventMemberId(event({ event: 'death', date: '2020-05-01' }), family())).toBe(SUBSCRIBER_ID);
    expect(eventMemberId(event({ event: 'termination_of_employment', date: '2020-05-01' }), family())).toBe(SUBSCRIBER_ID);
    expect(eventMemberId(event({ event: 'birth', date: '2020-03-10' }), family())).toBeUndefined();
  });

  it('is the only spouse on file for a divorce that names no one', () => {
    expect(eventMemberId(event({ event: 'divorce', date: '2020-05-01' }), family([SPOUSE, CHILD]))).toBe(SPOUSE_ID);
    const twoSpouses = family([SPOUSE, { ...SPOUSE, id: 'former-spouse', removed_on: '2019-01-01' }]);
    expect(eventMemberId(event({ event: 'divorce', date: '2020-05-01' }), twoSpouses)).toBeUndefined();
  });

  it('takes all coverage from the whole family on a termination or the subscriber\'s death', () => {
    const everyone = [SUBSCRIBER_ID, SPOUSE_ID, CHILD_ID, NEWBORN.id];
    expect(membersLosingAllCoverage(event({ event: 'termination_of_employment', date: '2020-05-01' }), family())).toEqual(everyone);
    expect(membersLosingAllCoverage(event({ event: 'death', date: '2020-05-01' }), family())).toEqual(everyone);
    expect(endsFamilyCoverage(event({ event: 'death', date: '2020-05-01' }), family())).toBe(true);
    expect(endsFamilyCoverage(event({ event: 'death', date: '2020-05-01', member_id: CHILD_ID }), family())).toBe(false);
  });

  it('takes coverage from the dependent a divorce or death names', () => {
    expect(membersLosingAllCoverage(event({ event: 'divorce', date: '2020-05-01', member_id: SPOUSE_ID }), family())).toEqual([SPOUSE_ID]);
    expect(membersLosingAllCoverage(event({ event: 'death', date: '2020-05-01', member_id: CHILD_ID }), family())).toEqual([CHILD_ID]);
  });

  it('takes coverage on a loss of coverage only when nothing is elected (the event also adds members)', () => {
    const removal = event({ event: 'loss_of_coverage', date: '2020-05-01', member_id: CHILD_ID });
    expect(membersLosingAllCoverage(removal, family())).toEqual([CHILD_ID]);
    const addition = {
      ...removal,
      plan_elections: { medical: { plan_id: 'medical-ppo', type: 'election' as const, coverages: [covers(SUBSCRIBER_ID), covers(CHILD_ID, '2020-05-01')] } },
    };
    expect(membersLosingAllCoverage(addition, family())).toEqual([]);
  });

  it('takes no coverage on events that add or change coverage', () => {
    for (const kind of ['marriage', 'birth', 'open_enrollment', 'new_hire', 'cobra'] as const) {
      expect(membersLosingAllCoverage(event({ event: kind, date: '2020-05-01', member_id: CHILD.id }), family())).toEqual([]);
    }
  });
});
