// Rules on a person's own fields that a schema cannot state (pure): a birth date in the future, a name
// or address an 834 cannot carry at all, one SSN on two people. Used by the API and by both imports,
// so a file is refused for what a request is refused for.
import { carriesX12Text } from '../carriers/x12/x12-text.ts';
import { compareDates, type IsoDate } from './dates.ts';

export interface PersonViolation {
  error_type: string;
  message: string;
  /** The field, as the request names it (`birth_date`, `residential_address.city`). */
  parameter: string;
}

export interface PersonFields {
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
  birth_date?: string | null | undefined;
  residential_address?: { address_line_1?: string; city?: string } | null | undefined;
}

/**
 * The latest calendar date it is anywhere on Earth (UTC+14) at `now`: a birth date up to then is not
 * in the future for someone, so a family in Kiribati can enroll a child born today.
 */
export function latestCalendarDate(now: number = Date.now()): IsoDate {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** The text fields the 834 requires (NM103/NM104, N301, N401): they must keep a letter or digit once transliterated. */
const REQUIRED_TEXT: ReadonlyArray<[string, (p: PersonFields) => string | null | undefined]> = [
  ['first_name', (p) => p.first_name],
  ['last_name', (p) => p.last_name],
  ['residential_address.address_line_1', (p) => p.residential_address?.address_line_1],
  ['residential_address.city', (p) => p.residential_address?.city],
];

export function personViolations(person: PersonFields, latestToday: IsoDate): PersonViolation[] {
  const violations: PersonViolation[] = [];
  if (person.birth_date && compareDates(person.birth_date, latestToday) > 0) {
    violations.push({ error_type: 'invalid_request.parameter_invalid', message: `birth_date ${person.birth_date} is in the future`, parameter: 'birth_date' });
  }
  for (const [parameter, value] of REQUIRED_TEXT) {
    const text = value(person);
    if (text && !carriesX12Text(text)) {
      violations.push({
        error_type: 'invalid_request.parameter_invalid',
        message: `${parameter} has no letter or digit an 834 can carry (Latin letters, with or without accents, and digits); add its Latin spelling`,
        parameter,
      });
    }
  }
  return violations;
}

/**
 * Two entries with the same blind index: the later one is the duplicate (the first keeps the SSN).
 * `entries` in request order; answers the parameters at fault.
 */
export function duplicateSsnParameters(entries: ReadonlyArray<{ parameter: string; index: string }>): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.index)) duplicates.push(entry.parameter);
    seen.add(entry.index);
  }
  return duplicates;
}

export const duplicateSsnViolation = (parameter: string, where = 'this group'): PersonViolation => ({
  error_type: 'invalid_request.duplicate_social_security_number',
  message: `${parameter}: another person of ${where} already has this SSN; each person has their own`,
  parameter,
});
