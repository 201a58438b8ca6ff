/**
 * The 999 implementation acknowledgement (005010X231A1; the earlier 005010X231 is read too) and the
 * reader for any acknowledgement interchange: TA1s, 999s and 997s. Every result names what it
 * answers — AK101 the functional group's kind (BE for an 834), AK102 our GS06, AK201 the transaction
 * set's kind and AK202 our ST02 — so the sender can match it to what it sent.
 *
 * A 997 (the older functional acknowledgement, still the only answer of many carriers) has the 999's
 * shape with its own segments: AK3/AK4 for the segment and element notes, AK5 for the transaction
 * set's answer (the 999's IK3/IK4/IK5). Each transaction set is read by its own ST01's rules.
 */
import {
  ACCEPTING_ACKNOWLEDGMENT_CODES,
  describe,
  ELEMENT_SYNTAX_ERROR_CODES,
  FUNCTIONAL_GROUP_ACKNOWLEDGMENT_CODES,
  FUNCTIONAL_GROUP_SYNTAX_ERROR_CODES,
  SEGMENT_SYNTAX_ERROR_CODES,
  TRANSACTION_SET_ACKNOWLEDGMENT_CODES,
  TRANSACTION_SET_SYNTAX_ERROR_CODES,
  type ElementSyntaxErrorCode,
  type FunctionalGroupAcknowledgmentCode,
  type FunctionalGroupSyntaxErrorCode,
  type SegmentSyntaxErrorCode,
  type TransactionSetAcknowledgmentCode,
  type TransactionSetSyntaxErrorCode,
} from './ack-code-lists.ts';
import { assertCode } from './code-lists.ts';
import type { Delimiters } from './delimiters.ts';
import {
  delimitersOf,
  geSegment,
  gsSegment,
  ieaSegment,
  isaSegment,
  seSegment,
  stSegment,
  type FunctionalGroupEnvelope,
  type InterchangeEnvelope,
} from './envelope.ts';
import { EnvelopeReader, type GroupHeader, type InterchangeHeader } from './envelope-reader.ts';
import { IssueLog, X12ValueError, type Issue } from './issues.ts';
import { SegmentWriter } from './segment-writer.ts';
import { components, element, SegmentTokenizer, tokenizeChunks, type Chunk, type Segment } from './segments.ts';
import { readTa1Segment, ta1Segment, type Ta1, type Ta1Input } from './ta1.ts';
import { ElementValues } from './x12-values.ts';

export const X231A1 = '005010X231A1';
/** The original 999 guide, still sent by some carriers; its 999 has the same shape. */
export const X231 = '005010X231';
/** GS08 of a 997: the X12 release, without an implementation guide. */
export const FUNCTIONAL_ACKNOWLEDGMENT_VERSIONS = ['005010', '004010'] as const;

/** The segments that carry a transaction set's notes and answer, by acknowledgement. */
const NOTE_SEGMENTS = {
  '999': { segment: 'IK3', element: 'IK4', answer: 'IK5' },
  '997': { segment: 'AK3', element: 'AK4', answer: 'AK5' },
} as const;
type AcknowledgmentKind = keyof typeof NOTE_SEGMENTS;

export interface CodedError {
  code: string;
  description: string | undefined;
}

/** IK4: one element in error. */
export interface ElementError {
  /** IK401-1: the element's position in the segment. */
  position: number;
  componentPosition?: number;
  repetitionPosition?: number;
  /** IK402: the data element reference number. */
  dataElementReference?: string;
  /** IK403, e.g. 7 "Invalid Code Value". */
  code: string;
  description: string | undefined;
  /** IK404: a copy of the bad value. */
  badValue?: string;
}

/** IK3 (and its IK4s): one segment in error. */
export interface SegmentError {
  segmentId: string;
  /** IK302: position in the transaction set, ST = 1. */
  position: number;
  /** IK303: the loop, e.g. 2000 or 2300. */
  loopId?: string;
  /** IK304, e.g. 8 "Segment Has Data Element Errors". */
  code?: string;
  description?: string;
  elementErrors: ElementError[];
}

/** AK2 … IK5: the answer for one transaction set we sent. */
export interface TransactionSetAcknowledgment {
  transactionSetId: string;
  /** AK202: the ST02 we sent. */
  controlNumber: string;
  implementationReference?: string;
  /** IK501 with its description. */
  acknowledgmentCode: string;
  acknowledgmentDescription: string | undefined;
  /** IK501 A or E. */
  accepted: boolean;
  errors: SegmentError[];
  /** IK502–IK506. */
  syntaxErrors: CodedError[];
  segmentIndex: number;
}

/** One 999 (or 997) transaction set: the answer for one functional group we sent. */
export interface FunctionalGroupAcknowledgment {
  /** Which acknowledgement this is: its ST01. */
  kind: AcknowledgmentKind;
  /** The acknowledgement's own ST02. */
  controlNumber: string;
  /** AK1: the group acknowledged — AK102 is our GS06. */
  acknowledgedGroup: { functionalIdentifierCode: string; controlNumber: string; version?: string };
  transactionSets: TransactionSetAcknowledgment[];
  /** AK9. */
  acknowledgmentCode: string;
  acknowledgmentDescription: string | undefined;
  /** AK901 A or E (P, partially accepted, is false: look at transactionSets). */
  accepted: boolean;
  includedCount: number | undefined;
  receivedCount: number | undefined;
  acceptedCount: number | undefined;
  /** AK905–AK909. */
  errors: CodedError[];
  segmentIndex: number;
}

export interface AcknowledgmentsResult {
  delimiters: Delimiters;
  interchange: InterchangeHeader | undefined;
  groups: GroupHeader[];
  ta1s: Ta1[];
  acknowledgments: FunctionalGroupAcknowledgment[];
  issues: Issue[];
}

/** Reads an acknowledgement interchange: a TA1, 999s, or both (a TA1 before the first GS). */
export function readAcknowledgments(text: string): AcknowledgmentsResult {
  const reader = new AcknowledgmentReader();
  const tokenizer = new SegmentTokenizer();
  for (const segment of [...tokenizer.push(text), ...tokenizer.end()]) reader.consume(segment, tokenizer.delimiters!);
  return reader.finish(tokenizer.delimiters!);
}

export async function readAcknowledgmentsFromStream(chunks: AsyncIterable<Chunk> | Iterable<Chunk>): Promise<AcknowledgmentsResult> {
  const reader = new AcknowledgmentReader();
  const tokenizer = new SegmentTokenizer();
  for await (const segments of tokenizeChunks(chunks, tokenizer)) {
    for (const segment of segments) reader.consume(segment, tokenizer.delimiters!);
  }
  return reader.finish(tokenizer.delimiters!);
}

const toCount = (value: string): number | undefined => (/^\d+$/.test(value) ? Number(value) : undefined);

class AcknowledgmentReader {
  readonly #log = new IssueLog();
  readonly #envelopes = new EnvelopeReader(this.#log, { functionalIdentifierCode: 'FA', transactionSetId: ['999', '997'], versions: [X231A1, X231, ...FUNCTIONAL_ACKNOWLEDGMENT_VERSIONS] });
  readonly #ta1s: Ta1[] = [];
  readonly #acknowledgments: FunctionalGroupAcknowledgment[] = [];
  #current: FunctionalGroupAcknowledgment | undefined;
  #transactionSet: TransactionSetAcknowledgment | undefined;
  #segmentError: SegmentError | undefined;

  consume(segment: Segment, delimiters: Delimiters): void {
    const role = this.#envelopes.consume(segment);
    if (role.kind === 'TA1') this.#ta1s.push(readTa1Segment(segment, this.#log));
    else if (role.kind === 'ST') this.#start(segment, role.transactionSet.controlNumber);
    else if (role.kind === 'SE') this.#end();
    else if (role.kind === 'body') this.#readBody(segment, delimiters);
  }

  finish(delimiters: Delimiters): AcknowledgmentsResult {
    this.#end();
    this.#envelopes.finish();
    return {
      delimiters,
      interchange: this.#envelopes.interchange,
      groups: this.#envelopes.groups,
      ta1s: this.#ta1s,
      acknowledgments: this.#acknowledgments,
      issues: this.#log.issues,
    };
  }

  #start(segment: Segment, controlNumber: string): void {
    this.#current = {
      kind: element(segment, 1) === '997' ? '997' : '999',
      controlNumber,
      acknowledgedGroup: { functionalIdentifierCode: '', controlNumber: '' },
      transactionSets: [],
      acknowledgmentCode: '',
      acknowledgmentDescription: undefined,
      accepted: false,
      includedCount: undefined,
      receivedCount: undefined,
      acceptedCount: undefined,
      errors: [],
      segmentIndex: segment.index,
    };
    this.#transactionSet = undefined;
    this.#segmentError = undefined;
  }

  #end(): void {
    const current = this.#current;
    if (!current) return;
    if (current.acknowledgmentCode === '') {
      this.#log.error({ id: 'ST', index: current.segmentIndex }, `${current.kind} ${current.controlNumber} has no AK9 group acknowledgement`);
    }
    this.#acknowledgments.push(current);
    this.#current = undefined;
  }

  #readBody(segment: Segment, delimiters: Delimiters): void {
    const current = this.#current;
    if (!current) return;
    const value = (position: number): string => element(segment, position);
    const notes = NOTE_SEGMENTS[current.kind];
    // A note segment of the other acknowledgement is not read as this one's.
    if (segment.id === notes.segment) return this.#readSegmentNote(segment);
    if (segment.id === notes.element) return this.#readElementNote(segment, delimiters);
    if (segment.id === notes.answer) return this.#readAnswer(segment);
    switch (segment.id) {
      case 'AK1':
        current.acknowledgedGroup = { functionalIdentifierCode: value(1), controlNumber: value(2) };
        if (value(3)) current.acknowledgedGroup.version = value(3);
        return;
      case 'AK2': {
        const controlNumber = value(2);
        if (!/^.{4,9}$/.test(controlNumber)) {
          this.#log.error(segment, `AK202 ${JSON.stringify(controlNumber)} is not 4 to 9 characters like the ST02 it names; read as sent`, 2);
        }
        this.#transactionSet = {
          transactionSetId: value(1),
          controlNumber,
          acknowledgmentCode: '',
          acknowledgmentDescription: undefined,
          accepted: false,
          errors: [],
          syntaxErrors: [],
          segmentIndex: segment.index,
        };
        if (value(3)) this.#transactionSet.implementationReference = value(3);
        current.transactionSets.push(this.#transactionSet);
        this.#segmentError = undefined;
        return;
      }
      case 'AK9':
        return this.#readAk9(segment, current);
      case 'CTX':
        return; // context of an error (business unit, situational trigger): not needed to act on it
      default:
        this.#log.warning(segment, `${segment.id} is not a segment of the ${current.kind}`);
    }
  }

  #readSegmentNote(segment: Segment): void {
    if (!this.#transactionSet) {
      this.#log.error(segment, `${segment.id} outside an AK2 loop`);
      return;
    }
    const value = (position: number): string => element(segment, position);
    const position = toCount(value(2));
    if (position === undefined) this.#log.error(segment, `IK302 ${JSON.stringify(value(2))} is not a segment position`, 2);
    const error: SegmentError = { segmentId: value(1), position: position ?? 0, elementErrors: [] };
    if (value(3)) error.loopId = value(3);
    if (value(4)) {
      error.code = value(4);
      const description = this.#describe(segment, 4, SEGMENT_SYNTAX_ERROR_CODES);
      if (description) error.description = description;
    }
    this.#transactionSet.errors.push(error);
    this.#segmentError = error;
  }

  #readElementNote(segment: Segment, delimiters: Delimiters): void {
    if (!this.#segmentError) {
      this.#log.error(segment, `${segment.id} without a segment note before it`);
      return;
    }
    const [position, component, repetition] = components(element(segment, 1), delimiters).map(toCount);
    const error: ElementError = {
      position: position ?? 0,
      code: element(segment, 3),
      description: this.#describe(segment, 3, ELEMENT_SYNTAX_ERROR_CODES),
    };
    if (component !== undefined) error.componentPosition = component;
    if (repetition !== undefined) error.repetitionPosition = repetition;
    if (element(segment, 2)) error.dataElementReference = element(segment, 2);
    if (element(segment, 4)) error.badValue = element(segment, 4);
    this.#segmentError.elementErrors.push(error);
  }

  #readAnswer(segment: Segment): void {
    const transactionSet = this.#transactionSet;
    if (!transactionSet) {
      this.#log.error(segment, `${segment.id} outside an AK2 loop`);
      return;
    }
    transactionSet.acknowledgmentCode = element(segment, 1);
    transactionSet.acknowledgmentDescription = this.#describe(segment, 1, TRANSACTION_SET_ACKNOWLEDGMENT_CODES);
    transactionSet.accepted = ACCEPTING_ACKNOWLEDGMENT_CODES.includes(transactionSet.acknowledgmentCode);
    for (let position = 2; position <= 6; position++) {
      const code = element(segment, position);
      if (code) transactionSet.syntaxErrors.push({ code, description: this.#describe(segment, position, TRANSACTION_SET_SYNTAX_ERROR_CODES) });
    }
    this.#transactionSet = undefined;
    this.#segmentError = undefined;
  }

  #readAk9(segment: Segment, current: FunctionalGroupAcknowledgment): void {
    const value = (position: number): string => element(segment, position);
    current.acknowledgmentCode = value(1);
    current.acknowledgmentDescription = this.#describe(segment, 1, FUNCTIONAL_GROUP_ACKNOWLEDGMENT_CODES);
    current.accepted = ACCEPTING_ACKNOWLEDGMENT_CODES.includes(value(1));
    current.includedCount = toCount(value(2));
    current.receivedCount = toCount(value(3));
    current.acceptedCount = toCount(value(4));
    for (let position = 5; position <= 9; position++) {
      const code = value(position);
      if (code) current.errors.push({ code, description: this.#describe(segment, position, FUNCTIONAL_GROUP_SYNTAX_ERROR_CODES) });
    }
  }

  #describe(segment: Segment, position: number, table: Record<string, string>): string | undefined {
    const code = element(segment, position);
    const description = describe(table, code);
    if (description === undefined) {
      this.#log.error(segment, `${segment.id}${String(position).padStart(2, '0')} ${JSON.stringify(code)} is not a code of ${X231A1}`, position);
    }
    return description;
  }
}

// ---------------------------------------------------------------------------------------------------
// Writing a 999 (the carrier sandbox answering an 834)

export interface ElementErrorInput {
  position: number;
  componentPosition?: number;
  repetitionPosition?: number;
  dataElementReference?: string;
  code: ElementSyntaxErrorCode;
  badValue?: string;
}

export interface SegmentErrorInput {
  segmentId: string;
  /** Position in the transaction set, ST = 1. */
  position: number;
  loopId?: string;
  code?: SegmentSyntaxErrorCode;
  elementErrors?: ElementErrorInput[];
}

export interface TransactionSetResultInput {
  /** Default '834'. */
  transactionSetId?: string;
  /** The ST02 being answered, as it was sent. */
  controlNumber: string;
  implementationReference?: string;
  errors?: SegmentErrorInput[];
  syntaxErrors?: TransactionSetSyntaxErrorCode[];
  /** Default: A without errors, R with errors. */
  acknowledgmentCode?: TransactionSetAcknowledgmentCode;
}

export interface Acknowledgment999Input {
  /** The 999's own envelope (sender = the one acknowledging). */
  interchange: InterchangeEnvelope & FunctionalGroupEnvelope;
  /** AK1: the functional group answered (its GS01, GS06, GS08). */
  acknowledgedGroup: { functionalIdentifierCode: string; controlNumber: string; version?: string };
  transactionSets: TransactionSetResultInput[];
  /** AK902: transaction sets in the group answered (its GE01); default transactionSets.length. */
  includedCount?: number;
  groupErrors?: FunctionalGroupSyntaxErrorCode[];
  /** AK901; default from the transaction sets: A, E, P (some rejected) or R (all rejected). */
  acknowledgmentCode?: FunctionalGroupAcknowledgmentCode;
  /** A TA1 to write before the GS, answering the interchange too. */
  ta1?: Ta1Input;
  /** GS08/ST03; default 005010X231A1. */
  version?: typeof X231A1 | typeof X231;
}

export function write999(input: Acknowledgment999Input, options: { lineBreak?: '' | '\n' | '\r\n' } = {}): string {
  const env = input.interchange;
  const delimiters = delimitersOf(env);
  const w = new SegmentWriter(delimiters, options.lineBreak ?? '');
  const values = new ElementValues(delimiters);
  const version = input.version ?? X231A1;
  const out: string[] = [isaSegment(w, values, env)];
  if (input.ta1) out.push(ta1Segment(w, input.ta1));
  out.push(gsSegment(w, values, env, 'FA', version), stSegment(w, env, '999', version));

  const group = input.acknowledgedGroup;
  out.push(
    w.segment(
      'AK1',
      values.identifier(group.functionalIdentifierCode, 'acknowledgedGroup.functionalIdentifierCode'),
      values.identifier(group.controlNumber, 'acknowledgedGroup.controlNumber'),
      values.optionalIdentifier(group.version, 'acknowledgedGroup.version'),
    ),
  );
  const codes: TransactionSetAcknowledgmentCode[] = [];
  for (const [i, result] of input.transactionSets.entries()) {
    const at = `transactionSets[${i}]`;
    const errors = result.errors ?? [];
    const code = result.acknowledgmentCode ?? (errors.length > 0 || (result.syntaxErrors ?? []).length > 0 ? 'R' : 'A');
    assertCode(TRANSACTION_SET_ACKNOWLEDGMENT_CODES, code, `${at}.acknowledgmentCode`, 'IK501 acknowledgment');
    codes.push(code);
    out.push(
      w.segment(
        'AK2',
        values.identifier(result.transactionSetId ?? '834', `${at}.transactionSetId`),
        values.identifier(result.controlNumber, `${at}.controlNumber`),
        values.optionalIdentifier(result.implementationReference, `${at}.implementationReference`),
      ),
    );
    for (const [j, error] of errors.entries()) out.push(...segmentErrorSegments(w, values, delimiters, error, `${at}.errors[${j}]`));
    // IK502 is required whenever IK501 is not A; "one or more segments in error" when only IK3s say why.
    const syntaxErrors = result.syntaxErrors ?? (code !== 'A' ? ['5' as const] : []);
    if (syntaxErrors.length > 5) throw new X12ValueError(`${at}.syntaxErrors`, 'IK5 carries at most five error codes');
    for (const [j, syntaxError] of syntaxErrors.entries()) {
      assertCode(TRANSACTION_SET_SYNTAX_ERROR_CODES, syntaxError, `${at}.syntaxErrors[${j}]`, 'IK502 transaction set syntax error');
    }
    out.push(w.segment('IK5', code, ...syntaxErrors));
  }

  const acceptedCount = codes.filter((c) => ACCEPTING_ACKNOWLEDGMENT_CODES.includes(c)).length;
  const groupCode = input.acknowledgmentCode ?? groupAcknowledgmentCode(codes, acceptedCount);
  assertCode(FUNCTIONAL_GROUP_ACKNOWLEDGMENT_CODES, groupCode, 'acknowledgmentCode', 'AK901 acknowledgment');
  const groupErrors = input.groupErrors ?? [];
  if (groupErrors.length > 5) throw new X12ValueError('groupErrors', 'AK9 carries at most five error codes');
  for (const [j, groupError] of groupErrors.entries()) {
    assertCode(FUNCTIONAL_GROUP_SYNTAX_ERROR_CODES, groupError, `groupErrors[${j}]`, 'AK905 functional group syntax error');
  }
  out.push(
    w.segment(
      'AK9',
      groupCode,
      String(input.includedCount ?? input.transactionSets.length),
      String(input.transactionSets.length),
      String(acceptedCount),
      ...groupErrors,
    ),
  );
  out.push(seSegment(w, env), geSegment(w, 1, env), ieaSegment(w, 1, env));
  return out.join('');
}

function groupAcknowledgmentCode(codes: TransactionSetAcknowledgmentCode[], acceptedCount: number): FunctionalGroupAcknowledgmentCode {
  if (acceptedCount === codes.length) return codes.includes('E') ? 'E' : 'A';
  return acceptedCount === 0 ? 'R' : 'P';
}

function segmentErrorSegments(
  w: SegmentWriter,
  values: ElementValues,
  delimiters: Delimiters,
  error: SegmentErrorInput,
  at: string,
): string[] {
  if (error.code !== undefined) assertCode(SEGMENT_SYNTAX_ERROR_CODES, error.code, `${at}.code`, 'IK304 segment syntax error');
  const segments = [
    w.segment(
      'IK3',
      values.identifier(error.segmentId, `${at}.segmentId`),
      String(error.position),
      values.optionalIdentifier(error.loopId, `${at}.loopId`),
      error.code ?? '',
    ),
  ];
  for (const [k, elementError] of (error.elementErrors ?? []).entries()) {
    assertCode(ELEMENT_SYNTAX_ERROR_CODES, elementError.code, `${at}.elementErrors[${k}].code`, 'IK403 element syntax error');
    const position = [elementError.position, elementError.componentPosition, elementError.repetitionPosition]
      .map((n) => (n === undefined ? '' : String(n)))
      .join(delimiters.component)
      .replace(new RegExp(`[${delimiters.component.replace(/[\\\]^-]/g, '\\$&')}]+$`), '');
    segments.push(
      w.segment(
        'IK4',
        position,
        values.optionalIdentifier(elementError.dataElementReference, `${at}.elementErrors[${k}].dataElementReference`),
        elementError.code,
        // IK404 copies bad data, which may hold anything: delimiters become spaces.
        values.optionalText(elementError.badValue, `${at}.elementErrors[${k}].badValue`),
      ),
    );
  }
  return segments;
}
