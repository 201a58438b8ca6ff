/**
 * Writing the envelopes every X12 file shares: ISA/IEA (interchange), GS/GE (functional group),
 * ST/SE (transaction set). Counts and control numbers are computed here, never by callers.
 */
import { checkDelimiters, DEFAULT_DELIMITERS, type Delimiters } from './delimiters.ts';
import { X12ValueError } from './issues.ts';
import type { SegmentWriter } from './segment-writer.ts';
import { controlNumber, toX12Date, toX12Time, type ElementValues } from './x12-values.ts';

export interface InterchangeEnvelope {
  /** ISA05, e.g. 'ZZ' (mutually defined), '30' (FEIN). */
  senderQualifier: string;
  /** ISA06, up to 15 characters (padded here). */
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  /** ISA13: 1–999999999, written as 9 digits. */
  interchangeControlNumber: number;
  /** `YYYY-MM-DD`: ISA09 (YYMMDD), GS04 and BGN03 (CCYYMMDD). */
  date: string;
  /** `HHMM`. */
  time: string;
  /** ISA15: T test, P production. */
  usage: 'T' | 'P';
  /** ISA14: ask the receiver for a TA1. Default false. */
  acknowledgmentRequested?: boolean;
  /** Defaults `*`, `^`, `:`, `~`. */
  delimiters?: Partial<Delimiters>;
}

export interface FunctionalGroupEnvelope {
  /** GS06: 1–999999999. */
  groupControlNumber: number;
  /** ST02: written with at least 4 digits, at most 9. */
  transactionSetControlNumber: number;
  /** GS02/GS03; default the ISA sender and receiver ids. */
  applicationSenderCode?: string;
  applicationReceiverCode?: string;
}

export function delimitersOf(envelope: InterchangeEnvelope): Delimiters {
  const delimiters = { ...DEFAULT_DELIMITERS, ...envelope.delimiters };
  checkDelimiters(delimiters);
  return delimiters;
}

export const formatInterchangeControlNumber = (value: number, parameter = 'interchange.interchangeControlNumber'): string =>
  controlNumber(value, parameter, 9, 9);
export const formatGroupControlNumber = (value: number, parameter = 'interchange.groupControlNumber'): string =>
  controlNumber(value, parameter, 1, 9);
export const formatTransactionSetControlNumber = (value: number, parameter = 'interchange.transactionSetControlNumber'): string =>
  controlNumber(value, parameter, 4, 9);

function fixedWidth(value: string, width: number, parameter: string): string {
  if (value.length > width) throw new X12ValueError(parameter, `must be at most ${width} characters`);
  return value.padEnd(width, ' ');
}

function qualifier(value: string, parameter: string, values: ElementValues): string {
  const checked = values.identifier(value, parameter);
  if (checked.length !== 2) throw new X12ValueError(parameter, 'an ISA id qualifier has 2 characters');
  return checked;
}

/** ISA: 16 fixed-width elements, 106 characters with its terminator. No authorization or security info. */
export function isaSegment(w: SegmentWriter, values: ElementValues, env: InterchangeEnvelope): string {
  const d = w.delimiters;
  const isaDate = toX12Date(env.date, 'interchange.date').slice(2);
  if (env.usage !== 'T' && env.usage !== 'P') throw new X12ValueError('interchange.usage', "must be 'T' or 'P'");
  return w.segment(
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    qualifier(env.senderQualifier, 'interchange.senderQualifier', values),
    fixedWidth(values.identifier(env.senderId, 'interchange.senderId'), 15, 'interchange.senderId'),
    qualifier(env.receiverQualifier, 'interchange.receiverQualifier', values),
    fixedWidth(values.identifier(env.receiverId, 'interchange.receiverId'), 15, 'interchange.receiverId'),
    isaDate,
    toX12Time(env.time, 'interchange.time'),
    d.repetition,
    '00501',
    formatInterchangeControlNumber(env.interchangeControlNumber),
    env.acknowledgmentRequested ? '1' : '0',
    env.usage,
    d.component,
  );
}

export function ieaSegment(w: SegmentWriter, groupCount: number, env: InterchangeEnvelope): string {
  return w.segment('IEA', String(groupCount), formatInterchangeControlNumber(env.interchangeControlNumber));
}

/** GS; `functionalIdentifierCode` BE for an 834, FA for a 999; `version` is GS08 (the guide's id). */
export function gsSegment(
  w: SegmentWriter,
  values: ElementValues,
  env: InterchangeEnvelope & FunctionalGroupEnvelope,
  functionalIdentifierCode: string,
  version: string,
): string {
  return w.segment(
    'GS',
    functionalIdentifierCode,
    values.identifier(env.applicationSenderCode ?? env.senderId, 'interchange.applicationSenderCode'),
    values.identifier(env.applicationReceiverCode ?? env.receiverId, 'interchange.applicationReceiverCode'),
    toX12Date(env.date, 'interchange.date'),
    toX12Time(env.time, 'interchange.time'),
    formatGroupControlNumber(env.groupControlNumber),
    'X',
    version,
  );
}

export function geSegment(w: SegmentWriter, transactionSetCount: number, env: FunctionalGroupEnvelope): string {
  return w.segment('GE', String(transactionSetCount), formatGroupControlNumber(env.groupControlNumber));
}

/** ST; restarts the writer's count, so the SE written next counts ST through SE inclusive. */
export function stSegment(w: SegmentWriter, env: FunctionalGroupEnvelope, transactionSetId: string, version: string): string {
  w.restartCount();
  return w.segment('ST', transactionSetId, formatTransactionSetControlNumber(env.transactionSetControlNumber), version);
}

export function seSegment(w: SegmentWriter, env: FunctionalGroupEnvelope): string {
  return w.segment('SE', String(w.count + 1), formatTransactionSetControlNumber(env.transactionSetControlNumber));
}
