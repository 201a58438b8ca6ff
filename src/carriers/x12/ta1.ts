/**
 * TA1, the interchange acknowledgement: did the receiver accept our ISA/IEA envelope. It comes alone
 * (ISA TA1 IEA) or before the first GS of a 999 interchange; readAcknowledgments (ack-999.ts) reads both.
 */
import { assertCode } from './code-lists.ts';
import {
  ACCEPTING_ACKNOWLEDGMENT_CODES,
  describe,
  TA1_ACKNOWLEDGMENT_CODES,
  TA1_NOTE_CODES,
  type Ta1AcknowledgmentCode,
  type Ta1NoteCode,
} from './ack-code-lists.ts';
import { delimitersOf, formatInterchangeControlNumber, ieaSegment, isaSegment, type InterchangeEnvelope } from './envelope.ts';
import type { IssueLog } from './issues.ts';
import { SegmentWriter } from './segment-writer.ts';
import { element, type Segment } from './segments.ts';
import { ElementValues, fromIsaDate, toX12Date, toX12Time } from './x12-values.ts';

export interface Ta1 {
  /** TA101 as sent: the ISA13 of the interchange acknowledged (9 digits when valid). */
  interchangeControlNumber: string;
  /** TA102 as `YYYY-MM-DD`: the date of the interchange acknowledged. */
  date: string | undefined;
  time: string;
  /** TA104: A accepted, E accepted with errors noted (do not resend), R rejected. */
  acknowledgmentCode: string;
  acknowledgmentDescription: string | undefined;
  accepted: boolean;
  /** TA105 with its meaning, e.g. 000 "No error", 022 "Invalid Control Structure". */
  noteCode: string;
  noteDescription: string | undefined;
  segmentIndex: number;
}

export function readTa1Segment(segment: Segment, log: IssueLog): Ta1 {
  const value = (position: number): string => element(segment, position);
  const controlNumber = value(1);
  if (!/^\d{9}$/.test(controlNumber)) {
    const hint = /^\d{1,8}$/.test(controlNumber) ? ` (${controlNumber.padStart(9, '0')})` : '';
    log.warning(segment, `TA101 ${JSON.stringify(controlNumber)} should be 9 digits${hint}`, 1);
  }
  const date = fromIsaDate(value(2));
  if (!date) log.error(segment, `TA102 ${JSON.stringify(value(2))} is not a date (YYMMDD)`, 2);
  const acknowledgmentDescription = describe(TA1_ACKNOWLEDGMENT_CODES, value(4));
  if (!acknowledgmentDescription) log.error(segment, `TA104 ${JSON.stringify(value(4))} is not A, E or R`, 4);
  const noteDescription = describe(TA1_NOTE_CODES, value(5));
  if (!noteDescription) log.error(segment, `TA105 ${JSON.stringify(value(5))} is not an interchange note code (000–031)`, 5);
  return {
    interchangeControlNumber: controlNumber,
    date,
    time: value(3),
    acknowledgmentCode: value(4),
    acknowledgmentDescription,
    accepted: ACCEPTING_ACKNOWLEDGMENT_CODES.includes(value(4)),
    noteCode: value(5),
    noteDescription,
    segmentIndex: segment.index,
  };
}

export interface Ta1Input {
  /** ISA13 of the interchange being acknowledged. */
  interchangeControlNumber: number;
  /** ISA09/ISA10 of the interchange being acknowledged: `YYYY-MM-DD`, `HHMM`. */
  date: string;
  time: string;
  acknowledgmentCode: Ta1AcknowledgmentCode;
  /** Default '000' (no error). */
  noteCode?: Ta1NoteCode;
}

export function ta1Segment(w: SegmentWriter, ta1: Ta1Input): string {
  const noteCode = ta1.noteCode ?? '000';
  assertCode(TA1_ACKNOWLEDGMENT_CODES, ta1.acknowledgmentCode, 'ta1.acknowledgmentCode', 'TA104 acknowledgment');
  assertCode(TA1_NOTE_CODES, noteCode, 'ta1.noteCode', 'TA105 note');
  return w.segment(
    'TA1',
    formatInterchangeControlNumber(ta1.interchangeControlNumber, 'ta1.interchangeControlNumber'),
    toX12Date(ta1.date, 'ta1.date').slice(2),
    toX12Time(ta1.time, 'ta1.time'),
    ta1.acknowledgmentCode,
    noteCode,
  );
}

/** A TA1 on its own: ISA, TA1, IEA with no functional group (IEA01 = 0). */
export function writeTa1(interchange: InterchangeEnvelope, ta1: Ta1Input, options: { lineBreak?: '' | '\n' | '\r\n' } = {}): string {
  const delimiters = delimitersOf(interchange);
  const w = new SegmentWriter(delimiters, options.lineBreak ?? '');
  const values = new ElementValues(delimiters);
  return isaSegment(w, values, interchange) + ta1Segment(w, ta1) + ieaSegment(w, 0, interchange);
}
