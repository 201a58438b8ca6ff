/**
 * Turning input values into element values, and back. The writer's rule for data outside what an
 * element may carry (x12-text.ts):
 * - free text (names, addresses, plan descriptions): transliterated (`toX12Text`: Zoë → Zoe, a delimiter
 *   or line break → a space) — what carriers expect, and a name with a stray `*` still reaches the member;
 * - identifiers and codes (ids, plan codes, policy numbers, email, control numbers): X12ValueError,
 *   never rewritten, because an identifier silently changed would point at someone else. The API
 *   refuses such values at the door, so this is the last line, not the rule users meet.
 */
import { isIsoDate } from '../../enrollment/dates.ts';
import { delimiterCharacters, type Delimiters } from './delimiters.ts';
import { X12ValueError } from './issues.ts';
import { isX12Character, toX12Text } from './x12-text.ts';

const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f]/;

function escapeForClass(character: string): string {
  return character.replace(/[\\\]^-]/g, '\\$&');
}

export class ElementValues {
  readonly #unsafe: RegExp;
  readonly #delimiters: string[];

  constructor(readonly delimiters: Delimiters) {
    this.#delimiters = delimiterCharacters(delimiters);
    this.#unsafe = new RegExp(`[${this.#delimiters.map(escapeForClass).join('')}\\u0000-\\u001f\\u007f]`);
  }

  /** Free text transliterated (`toX12Text`); required unless `optional`. */
  text(value: string, parameter: string): string {
    const cleaned = toX12Text(value, this.#delimiters);
    if (cleaned === '') throw new X12ValueError(parameter, value.trim() === '' ? 'must not be empty' : 'has no letter or digit an 834 can carry');
    return cleaned;
  }

  optionalText(value: string | undefined, parameter: string): string {
    return value === undefined ? '' : toX12Text(value, this.#delimiters);
  }

  /** An identifier or code, trimmed; a delimiter inside it is an error, never rewritten. */
  identifier(value: string, parameter: string): string {
    const trimmed = value.trim();
    if (trimmed === '') throw new X12ValueError(parameter, 'must not be empty');
    const found = [...trimmed].find((c) => this.#unsafe.test(c) || !isX12Character(c));
    if (found !== undefined) {
      const what = LINE_BREAKS_AND_CONTROLS.test(found) ? 'a control character' : this.#unsafe.test(found) ? `the delimiter ${JSON.stringify(found)}` : JSON.stringify(found);
      throw new X12ValueError(parameter, `contains ${what}, which cannot be sent in an X12 identifier`);
    }
    return trimmed;
  }

  optionalIdentifier(value: string | undefined, parameter: string): string {
    return value === undefined || value.trim() === '' ? '' : this.identifier(value, parameter);
  }
}

/** `YYYY-MM-DD` → `CCYYMMDD` (the D8 format). */
export function toX12Date(date: string, parameter: string): string {
  if (!isIsoDate(date)) throw new X12ValueError(parameter, `${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
  return date.replaceAll('-', '');
}

/** `CCYYMMDD` → `YYYY-MM-DD`; undefined when it is not a real date. */
export function fromX12Date(value: string): string | undefined {
  if (!/^\d{8}$/.test(value)) return undefined;
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * ISA09 `YYMMDD` → `YYYY-MM-DD`. The ISA has no century; interchanges are recent, so 20YY (ISA dates
 * before 2000 are not expected in 5010, which dates from 2009).
 */
export function fromIsaDate(value: string): string | undefined {
  return /^\d{6}$/.test(value) ? fromX12Date(`20${value}`) : undefined;
}

/** `HHMM`, checked. */
export function toX12Time(time: string, parameter: string): string {
  const match = /^(\d{2})(\d{2})$/.exec(time);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw new X12ValueError(parameter, `${JSON.stringify(time)} is not a time of day (HHMM)`);
  }
  return time;
}

/** A non-negative integer control number, zero-padded to `minDigits`, at most `maxDigits`. */
export function controlNumber(value: number, parameter: string, minDigits: number, maxDigits: number): string {
  if (!Number.isSafeInteger(value) || value < 1) throw new X12ValueError(parameter, `${value} is not a positive whole number`);
  const digits = String(value).padStart(minDigits, '0');
  if (digits.length > maxDigits) throw new X12ValueError(parameter, `${value} has more than ${maxDigits} digits`);
  return digits;
}
