/**
 * The four delimiters of an interchange. X12 carries them in the ISA itself: the element separator is
 * the 4th character, ISA11 is the repetition separator (5010), ISA16 the component separator, and the
 * character right after ISA16 ends every segment.
 */
import { X12SyntaxError, X12ValueError } from './issues.ts';

export interface Delimiters {
  element: string;
  /** ISA11 in 00501; '' when the ISA carries a 4010 standards identifier ('U') instead. */
  repetition: string;
  component: string;
  segment: string;
}

export const DEFAULT_DELIMITERS: Readonly<Delimiters> = { element: '*', repetition: '^', component: ':', segment: '~' };

/** ISA has 16 elements after its id. */
const ISA_ELEMENT_COUNT = 16;

/**
 * Reads the delimiters from text that starts with `ISA`. Returns undefined while the text is too short to
 * hold the whole ISA (a stream may not have delivered it yet). Counting separators rather than trusting
 * the fixed 106-character width lets a badly padded ISA still be read.
 */
export function detectDelimiters(text: string): { delimiters: Delimiters; isaEnd: number } | undefined {
  if (!text.startsWith('ISA')) throw new X12SyntaxError('An X12 interchange starts with ISA');
  if (text.length < 4) return undefined;
  const element = text.charAt(3);
  if (/[A-Za-z0-9\s]/.test(element)) {
    throw new X12SyntaxError(`ISA element separator ${JSON.stringify(element)} is a letter, digit or space`);
  }
  const separatorPositions: number[] = [];
  for (let i = 3; i < text.length && separatorPositions.length < ISA_ELEMENT_COUNT; i++) {
    if (text[i] === element) separatorPositions.push(i);
  }
  if (separatorPositions.length < ISA_ELEMENT_COUNT) return undefined;
  const lastSeparator = separatorPositions[ISA_ELEMENT_COUNT - 1]!;
  if (text.length < lastSeparator + 3) return undefined;
  const component = text.charAt(lastSeparator + 1);
  const segment = text.charAt(lastSeparator + 2);
  const isa11 = text.slice(separatorPositions[10]! + 1, separatorPositions[11]);
  const repetition = isa11.length === 1 && !/[A-Za-z0-9 ]/.test(isa11) ? isa11 : '';
  return { delimiters: { element, repetition, component, segment }, isaEnd: lastSeparator + 3 };
}

/** Throws when delimiters would make an unreadable file: repeated, or a letter, digit or space. */
export function checkDelimiters(delimiters: Delimiters, parameter = 'interchange.delimiters'): void {
  const values = [delimiters.element, delimiters.repetition, delimiters.component, delimiters.segment];
  for (const value of values) {
    if (value.length !== 1 || /[A-Za-z0-9 ]/.test(value)) {
      throw new X12ValueError(parameter, `each delimiter must be one character that is not a letter, digit or space; got ${JSON.stringify(value)}`);
    }
  }
  if (new Set(values).size !== values.length) {
    throw new X12ValueError(parameter, 'the four delimiters must differ from one another');
  }
}

export function delimiterCharacters(delimiters: Delimiters): string[] {
  return [delimiters.element, delimiters.repetition, delimiters.component, delimiters.segment].filter((d) => d !== '');
}
