/**
 * What an 834 element may carry (pure). The 5010 guides allow the X12 basic character set (A–Z, 0–9,
 * space and ! " & ' ( ) * + , - . / : ; ? =) and, as every 834 partner agrees to, the extended set's
 * lower-case letters and % @ [ ] _ { } \ | < > # $ (and ~ ^). Our writer's delimiters (* : ^ ~) can
 * never be data. Nothing else is sent: no control characters, no accented or non-Latin letters.
 *
 * - Identifiers (ids, codes, plan codes, emails) must already be in this set: they are refused at the
 *   door (`isX12Identifier`, `X12_IDENTIFIER_PATTERN` in the schemas) and then sent exactly as given —
 *   a changed identifier names someone else.
 * - Free text (names, addresses, plan descriptions) is stored as the client sent it and transliterated
 *   only when written into a file (`toX12Text`).
 */
import { DEFAULT_DELIMITERS } from './delimiters.ts';

/** The punctuation an element may carry; space apart. Without the delimiters * : ^ ~. */
export const X12_PUNCTUATION = `!"&'()+,-./;?=%@[]_{}\\|<>#$`;
const DELIMITERS = [DEFAULT_DELIMITERS.element, DEFAULT_DELIMITERS.component, DEFAULT_DELIMITERS.repetition, DEFAULT_DELIMITERS.segment];

/** The characters an element may carry, as a regex class body (without the brackets). */
const CLASS = `A-Za-z0-9${X12_PUNCTUATION.replace(/[\\\]\[^-]/g, '\\$&')}`;
const ALLOWED = new RegExp(`^[ ${CLASS}]$`);

/**
 * An identifier in a JSON Schema `pattern`: allowed characters only, not starting or ending with a
 * space (the writer would trim it, and the carrier would get something else).
 */
export const X12_IDENTIFIER_PATTERN = `^[${CLASS}](?:[ ${CLASS}]*[${CLASS}])?$`;
const IDENTIFIER = new RegExp(X12_IDENTIFIER_PATTERN);

/** A character an element may carry (one UTF-16 unit or code point). */
export const isX12Character = (character: string): boolean => ALLOWED.test(character);

export function isX12Identifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

/**
 * Why a value is not an identifier an 834 can carry, in words a person can act on; undefined when it
 * is one. `what` names the value ("carrier_group_number").
 */
export function x12IdentifierProblem(value: string, what: string): string | undefined {
  if (isX12Identifier(value)) return undefined;
  const refused = [...value].find((c) => !isX12Character(c));
  if (refused === undefined) return `${what} must not start or end with a space`;
  const shown = /[\u0000-\u001f\u007f-\u009f]/.test(refused)
    ? `a control character (U+${refused.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
    : DELIMITERS.includes(refused)
      ? `"${refused}", which the 834 uses as a delimiter`
      : `"${refused}", which an 834 cannot carry`;
  return `${what} holds ${shown}; it may hold letters A-Z and a-z, digits, spaces and ${X12_PUNCTUATION}`;
}

/**
 * Letters NFKD does not take apart, and typographic marks with a plain ASCII twin. Case is kept: the
 * writer keeps it (Zoë → Zoe, STRAßE → STRASSE, straße → strasse).
 */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'SS', Æ: 'AE', æ: 'ae', Ø: 'O', ø: 'o', Ł: 'L', ł: 'l', Œ: 'OE', œ: 'oe', Þ: 'TH', þ: 'th',
  Đ: 'D', đ: 'd', Ð: 'D', ð: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŋ: 'N', ŋ: 'n', Ŧ: 'T', ŧ: 't', ĸ: 'k', ſ: 's',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const MAPPED = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Free text as an 834 can carry it. The rule, in order: (1) map the letters and marks of `LETTERS`
 * (ß → ss, Æ → AE, Ø → O, Ł → L, Œ → OE, Þ → TH, Đ → D, curly quotes and dashes → ' " -); (2) Unicode
 * NFKD and drop the combining marks (é → e, ﬁ → fi, full-width Ａ → A); (3) every delimiter, and
 * whatever is still outside the character set (control characters, non-Latin letters, emoji), becomes a
 * space; (4) runs of spaces become one, and the ends are trimmed. Case is kept. The result may be ''
 * (a name written only in another script): the caller decides whether that may be sent.
 * `extraDelimiters`: the file's own delimiters, when they are not the default ones.
 */
export function toX12Text(value: string, extraDelimiters: readonly string[] = []): string {
  const extra = new Set(extraDelimiters);
  const decomposed = value.replace(MAPPED, (c) => LETTERS[c] ?? c).normalize('NFKD').replace(COMBINING_MARKS, '');
  let out = '';
  for (const character of decomposed) out += isX12Character(character) && !extra.has(character) ? character : ' ';
  return out.replace(/ {2,}/g, ' ').trim();
}

/** True when free text keeps at least one letter or digit once transliterated (a name a carrier can read). */
export function carriesX12Text(value: string): boolean {
  return /[A-Za-z0-9]/.test(toX12Text(value));
}
