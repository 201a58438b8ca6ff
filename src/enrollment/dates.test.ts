import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dayAfter,
  dayBefore,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  isWithin,
  lastDayOfMonth,
  maxDate,
  minDate,
  startOfMonth,
  toDayNumber,
} from './dates.ts';

const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/** Any date of years 0001–9999, drawn independently of the arithmetic under test via Date.UTC. */
const anyDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

/** Dates far enough from the ends of the range to move ±n days. */
const safeDate = fc.integer({ min: FIRST_DAY + 200_000, max: LAST_DAY - 200_000 }).map(fromDayNumber);
const dayCount = fc.integer({ min: -200_000, max: 200_000 });

describe('isIsoDate', () => {
  it('accepts real calendar dates, including leap days', () => {
    for (const date of ['2020-01-01', '2020-02-29', '2000-02-29', '2021-12-31', '0001-01-01', '9999-12-31']) {
      expect(isIsoDate(date), date).toBe(true);
    }
  });

  it('rejects days that do not exist and other shapes', () => {
    const notDates: unknown[] = [
      '2021-02-29',
      '1900-02-29',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '0000-01-01',
      '2021-1-01',
      '20210101',
      '2021-01-01T00:00:00Z',
      ' 2021-01-01',
      '',
      null,
      20210101,
      new Date('2021-01-01'),
    ];
    for (const value of notDates) expect(isIsoDate(value), String(value)).toBe(false);
  });

  it('agrees with the calendar for every date', () => {
    fc.assert(fc.property(anyDate, (date) => isIsoDate(date)));
  });
});

describe('day numbers', () => {
  it('count days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2020-05-01')).toBe(18383);
  });

  it('agree with Date.UTC and round-trip', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const dayNumber = toDayNumber(date);
        expect(dayNumber).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
        expect(fromDayNumber(dayNumber)).toBe(date);
      }),
    );
  });

  it('refuse strings that are not dates rather than guess', () => {
    expect(() => toDayNumber('2021-02-29')).toThrow(RangeError);
    expect(() => addDays('2021-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2020-01-01', 366)).toBe('2021-01-01');
    expect(dayBefore('2020-01-01')).toBe('2019-12-31');
    expect(dayAfter('2020-05-31')).toBe('2020-06-01');
  });

  it('then adding the opposite is the identity', () => {
    fc.assert(fc.property(safeDate, dayCount, (date, n) => addDays(addDays(date, n), -n) === date));
  });

  it('moves by exactly n days', () => {
    fc.assert(fc.property(safeDate, dayCount, (date, n) => daysBetween(date, addDays(date, n)) === n));
  });

  it('is ordered like the number of days added', () => {
    fc.assert(
      fc.property(safeDate, dayCount, dayCount, (date, a, b) =>
        compareDates(addDays(date, a), addDays(date, b)) === Math.sign(a - b),
      ),
    );
  });
});

describe('month ends', () => {
  it('knows the length of every month', () => {
    expect(lastDayOfMonth(2020, 2)).toBe(29);
    expect(lastDayOfMonth(2021, 2)).toBe(28);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2021, 4)).toBe(30);
    expect(lastDayOfMonth(2021, 12)).toBe(31);
  });

  it('puts the end of the month of 2020-05-01 on 2020-05-31', () => {
    expect(endOfMonth('2020-05-01')).toBe('2020-05-31');
    expect(endOfMonth('2020-02-10')).toBe('2020-02-29');
    expect(endOfMonth('2020-12-31')).toBe('2020-12-31');
  });

  it('makes the last day of a month the day before the first of the next', () => {
    fc.assert(
      fc.property(safeDate, (date) => {
        const end = endOfMonth(date);
        expect(dayAfter(end).endsWith('-01')).toBe(true);
        expect(startOfMonth(dayAfter(end))).toBe(dayAfter(end));
        expect(Number(end.slice(8))).toBe(lastDayOfMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7))));
      }),
    );
  });

  it('keeps the end of the month in the same month, never before the date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const end = endOfMonth(date);
        return end.slice(0, 7) === date.slice(0, 7) && compareDates(end, date) >= 0;
      }),
    );
  });
});

describe('comparing and choosing dates', () => {
  it('orders dates as the calendar does', () => {
    expect(compareDates('2020-01-31', '2020-02-01')).toBe(-1);
    expect(compareDates('2020-02-01', '2020-02-01')).toBe(0);
    expect(compareDates('2021-01-01', '2020-12-31')).toBe(1);
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => compareDates(a, b) === Math.sign(toDayNumber(a) - toDayNumber(b))),
    );
  });

  it('picks the earliest and the latest', () => {
    expect(minDate('2020-03-01', '2020-01-15', '2020-02-01')).toBe('2020-01-15');
    expect(maxDate('2020-03-01', '2020-01-15', '2020-12-01')).toBe('2020-12-01');
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(compareDates(minDate(a, b), maxDate(a, b))).toBeLessThanOrEqual(0);
        expect([a, b]).toContain(minDate(a, b));
      }),
    );
  });

  it('treats both ends of a range as covered and a null end as open', () => {
    expect(isWithin('2020-01-01', '2020-01-01', '2020-12-31')).toBe(true);
    expect(isWithin('2020-12-31', '2020-01-01', '2020-12-31')).toBe(true);
    expect(isWithin('2021-01-01', '2020-01-01', '2020-12-31')).toBe(false);
    expect(isWithin('2019-12-31', '2020-01-01', null)).toBe(false);
    expect(isWithin('2099-01-01', '2020-01-01', null)).toBe(true);
  });
});
