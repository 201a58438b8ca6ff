import { describe, expect, it } from 'vitest';
import { duplicateSsnParameters, latestCalendarDate, personViolations } from './person-rules.ts';

describe('person rules', () => {
  it('takes the latest date it is anywhere on Earth as today (UTC+14)', () => {
    expect(latestCalendarDate(Date.parse('2026-03-01T09:59:00Z'))).toBe('2026-03-01');
    expect(latestCalendarDate(Date.parse('2026-03-01T10:00:00Z'))).toBe('2026-03-02');
  });

  it('refuses a birth date after that day, and takes one on it', () => {
    expect(personViolations({ birth_date: '2026-03-03' }, '2026-03-02')).toEqual([expect.objectContaining({ parameter: 'birth_date', message: 'birth_date 2026-03-03 is in the future' })]);
    expect(personViolations({ birth_date: '2026-03-02' }, '2026-03-02')).toEqual([]);
  });

  it('refuses a required name or address an 834 cannot carry at all, and keeps one it can spell', () => {
    const violations = personViolations({ first_name: 'Zoë', last_name: '王', residential_address: { address_line_1: '1 Main St', city: '—' } }, '2026-01-01');
    expect(violations.map((v) => v.parameter)).toEqual(['last_name', 'residential_address.city']);
  });

  it('names the later of two people with one SSN', () => {
    expect(duplicateSsnParameters([{ parameter: 'a', index: 'x' }, { parameter: 'b', index: 'y' }, { parameter: 'c', index: 'x' }])).toEqual(['c']);
  });
});
