/**
 * Calendar dates as `YYYY-MM-DD` strings, computed with integer day numbers.
 *
 * No JS `Date` anywhere: a `Date` is an instant, and turning it back into a calendar day depends on the
 * time zone of the process, which is how coverage ends up one day short. Day numbers count days since
 * 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil` algorithm).
 *
 * Functions that do arithmetic throw a RangeError on a string that is not a date: that is a bug in the
 * caller (requests are validated with `isIsoDate` first), not a rule violation.
 */

/** A calendar date, `YYYY-MM-DD`, years 0001–9999. */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in the month: 28–31. */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseCalendarDay(value: string): CalendarDay | undefined {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar date in `YYYY-MM-DD` form: 2020-02-29 is one, 2021-02-29 is not. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseCalendarDay(value) !== undefined;
}

function calendarDayOf(date: IsoDate): CalendarDay {
  const parsed = parseCalendarDay(date);
  if (!parsed) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parsed;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = calendarDayOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Not a day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`Date out of range (years 0001–9999): day ${dayNumber}`);
  return formatCalendarDay({ year, month, day });
}

function formatCalendarDay({ year, month, day }: CalendarDay): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** −1, 0 or 1. Zero-padded `YYYY-MM-DD` strings sort as dates, so this is a string comparison. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  calendarDayOf(a);
  calendarDayOf(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

export function dayBefore(date: IsoDate): IsoDate {
  return addDays(date, -1);
}

export function dayAfter(date: IsoDate): IsoDate {
  return addDays(date, 1);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The last day of the month `date` falls in: 2020-02-10 → 2020-02-29. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = calendarDayOf(date);
  return formatCalendarDay({ year, month, day: lastDayOfMonth(year, month) });
}

/** The first day of the month `date` falls in. */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = calendarDayOf(date);
  return formatCalendarDay({ year, month, day: 1 });
}

export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((earliest, date) => (isBefore(date, earliest) ? date : earliest), first);
}

export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((latest, date) => (isAfter(date, latest) ? date : latest), first);
}

/**
 * True when `start ≤ date ≤ end`, both ends inclusive (an `end_date` is the last covered day);
 * a `null` end is open-ended.
 */
export function isWithin(date: IsoDate, start: IsoDate, end: IsoDate | null): boolean {
  return compareDates(date, start) >= 0 && (end === null || compareDates(date, end) <= 0);
}
