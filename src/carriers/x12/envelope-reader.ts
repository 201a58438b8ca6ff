/**
 * Reading and checking the envelopes (ISA/GS/ST … SE/GE/IEA) for every reader: counts, control numbers,
 * nesting. It classifies each segment so a transaction reader only sees the segments of its sets.
 */
import type { IssueLog } from './issues.ts';
import { element, type Segment } from './segments.ts';
import { fromIsaDate, fromX12Date } from './x12-values.ts';

export interface InterchangeHeader {
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  /** ISA09 as `YYYY-MM-DD`; undefined when the ISA's date is not a date. */
  date: string | undefined;
  time: string;
  /** ISA13 as sent (9 digits when valid). */
  controlNumber: string;
  version: string;
  acknowledgmentRequested: boolean;
  usage: string;
  segmentIndex: number;
}

export interface GroupHeader {
  functionalIdentifierCode: string;
  applicationSenderCode: string;
  applicationReceiverCode: string;
  date: string | undefined;
  time: string;
  controlNumber: string;
  /** GS08, e.g. 005010X220A1. */
  version: string;
  segmentIndex: number;
}

export interface TransactionSetHeader {
  transactionSetId: string;
  /** ST02 as sent. */
  controlNumber: string;
  implementationReference: string | undefined;
  groupControlNumber: string | undefined;
  segmentIndex: number;
}

export interface EnvelopeExpectations {
  functionalIdentifierCode: string;
  /** ST01: one transaction set, or any of several (acknowledgements: 999 or 997). */
  transactionSetId: string | readonly string[];
  /** GS08/ST03 values accepted without a warning. */
  versions: readonly string[];
}

export type SegmentRole =
  | { kind: 'ISA' | 'IEA' | 'GS' | 'GE' | 'TA1' | 'outside' }
  | { kind: 'ST' | 'SE' | 'body'; transactionSet: TransactionSetHeader; positionInTransactionSet: number };

const name = (segment: Segment, position: number): string => `${segment.id}${String(position).padStart(2, '0')}`;

export class EnvelopeReader {
  interchange: InterchangeHeader | undefined;
  readonly groups: GroupHeader[] = [];
  #interchangeOpen = false;
  #groupsInInterchange = 0;
  #group: GroupHeader | undefined;
  #transactionSetsInGroup = 0;
  #transactionSet: TransactionSetHeader | undefined;
  #segmentsInTransactionSet = 0;
  #lastSegment: Segment | undefined;

  constructor(
    private readonly log: IssueLog,
    private readonly expected: EnvelopeExpectations,
  ) {}

  consume(segment: Segment): SegmentRole {
    this.#lastSegment = segment;
    for (const { position, raw } of segment.padded) {
      this.log.warning(
        segment,
        `${name(segment, position)} ${JSON.stringify(raw)} has trailing spaces; read as ${JSON.stringify(segment.elements[position])}`,
        position,
      );
    }
    switch (segment.id) {
      case 'ISA':
        this.#readIsa(segment);
        return { kind: 'ISA' };
      case 'TA1':
        if (this.#group || !this.#interchangeOpen) this.log.error(segment, 'TA1 belongs between ISA and the first GS');
        return { kind: 'TA1' };
      case 'GS':
        this.#readGs(segment);
        return { kind: 'GS' };
      case 'ST':
        return this.#readSt(segment);
      case 'SE':
        return this.#readSe(segment);
      case 'GE':
        this.#readGe(segment);
        return { kind: 'GE' };
      case 'IEA':
        this.#readIea(segment);
        return { kind: 'IEA' };
      default:
        if (!this.#transactionSet) {
          this.log.error(segment, `${segment.id} is outside a transaction set (no ST before it)`);
          return { kind: 'outside' };
        }
        this.#segmentsInTransactionSet++;
        return { kind: 'body', transactionSet: this.#transactionSet, positionInTransactionSet: this.#segmentsInTransactionSet };
    }
  }

  /** The end of the input: every envelope opened must have been closed. */
  finish(): void {
    const last = this.#lastSegment;
    if (!last) return;
    if (this.#transactionSet) this.log.error(last, `Transaction set ${this.#transactionSet.controlNumber} has no SE`);
    if (this.#group) this.log.error(last, `Functional group ${this.#group.controlNumber} has no GE`);
    if (this.#interchangeOpen) this.log.error(last, 'The interchange has no IEA');
  }

  #readIsa(segment: Segment): void {
    if (this.#interchangeOpen) this.log.error(segment, 'ISA before the previous interchange ended with IEA');
    const value = (position: number): string => element(segment, position);
    if (segment.elements.length !== 17) this.log.error(segment, `ISA has ${segment.elements.length - 1} elements, not 16`);
    for (const position of [6, 8]) {
      if (value(position).length !== 15) this.log.warning(segment, `${name(segment, position)} should be 15 characters wide`, position);
    }
    const controlNumber = value(13);
    if (!/^\d{9}$/.test(controlNumber)) this.log.error(segment, `ISA13 ${JSON.stringify(controlNumber)} is not 9 digits`, 13);
    if (value(12) !== '00501') this.log.warning(segment, `ISA12 ${JSON.stringify(value(12))} is not version 00501`, 12);
    if (value(15) !== 'T' && value(15) !== 'P') this.log.error(segment, `ISA15 ${JSON.stringify(value(15))} is neither T nor P`, 15);
    const date = fromIsaDate(value(9));
    if (!date) this.log.error(segment, `ISA09 ${JSON.stringify(value(9))} is not a date (YYMMDD)`, 9);
    this.interchange = {
      senderQualifier: value(5),
      senderId: value(6).trim(),
      receiverQualifier: value(7),
      receiverId: value(8).trim(),
      date,
      time: value(10),
      controlNumber,
      version: value(12),
      acknowledgmentRequested: value(14) === '1',
      usage: value(15),
      segmentIndex: segment.index,
    };
    this.#interchangeOpen = true;
    this.#groupsInInterchange = 0;
  }

  #readGs(segment: Segment): void {
    if (!this.#interchangeOpen) this.log.error(segment, 'GS outside an interchange (no ISA before it)');
    if (this.#group) this.log.error(segment, `GS before functional group ${this.#group.controlNumber} ended with GE`);
    const value = (position: number): string => element(segment, position);
    if (value(1) !== this.expected.functionalIdentifierCode) {
      this.log.error(segment, `GS01 ${JSON.stringify(value(1))} is not ${this.expected.functionalIdentifierCode}`, 1);
    }
    if (!/^\d{1,9}$/.test(value(6))) this.log.error(segment, `GS06 ${JSON.stringify(value(6))} is not 1 to 9 digits`, 6);
    if (!this.expected.versions.includes(value(8))) {
      this.log.warning(segment, `GS08 ${JSON.stringify(value(8))} is not ${this.expected.versions.join(' or ')}`, 8);
    }
    const date = fromX12Date(value(4));
    if (!date) this.log.error(segment, `GS04 ${JSON.stringify(value(4))} is not a date (CCYYMMDD)`, 4);
    this.#group = {
      functionalIdentifierCode: value(1),
      applicationSenderCode: value(2),
      applicationReceiverCode: value(3),
      date,
      time: value(5),
      controlNumber: value(6),
      version: value(8),
      segmentIndex: segment.index,
    };
    this.groups.push(this.#group);
    this.#groupsInInterchange++;
    this.#transactionSetsInGroup = 0;
  }

  #readSt(segment: Segment): SegmentRole {
    if (!this.#group) this.log.error(segment, 'ST outside a functional group (no GS before it)');
    if (this.#transactionSet) this.log.error(segment, `ST before transaction set ${this.#transactionSet.controlNumber} ended with SE`);
    const value = (position: number): string => element(segment, position);
    const expectedIds: readonly string[] = typeof this.expected.transactionSetId === 'string' ? [this.expected.transactionSetId] : this.expected.transactionSetId;
    if (!expectedIds.includes(value(1))) {
      this.log.error(segment, `ST01 ${JSON.stringify(value(1))} is not ${expectedIds.join(' or ')}`, 1);
    }
    if (!/^.{4,9}$/.test(value(2))) this.log.error(segment, `ST02 ${JSON.stringify(value(2))} is not 4 to 9 characters`, 2);
    if (value(3) !== '' && !this.expected.versions.includes(value(3))) {
      this.log.warning(segment, `ST03 ${JSON.stringify(value(3))} is not ${this.expected.versions.join(' or ')}`, 3);
    }
    this.#transactionSet = {
      transactionSetId: value(1),
      controlNumber: value(2),
      implementationReference: value(3) || undefined,
      groupControlNumber: this.#group?.controlNumber,
      segmentIndex: segment.index,
    };
    this.#transactionSetsInGroup++;
    this.#segmentsInTransactionSet = 1;
    return { kind: 'ST', transactionSet: this.#transactionSet, positionInTransactionSet: 1 };
  }

  #readSe(segment: Segment): SegmentRole {
    const transactionSet = this.#transactionSet;
    if (!transactionSet) {
      this.log.error(segment, 'SE without an ST before it');
      return { kind: 'outside' };
    }
    this.#segmentsInTransactionSet++;
    const counted = this.#segmentsInTransactionSet;
    const declared = element(segment, 1);
    if (declared !== String(counted)) {
      this.log.error(segment, `SE01 says ${JSON.stringify(declared)} segments but transaction set ${transactionSet.controlNumber} has ${counted} (ST through SE)`, 1);
    }
    if (element(segment, 2) !== transactionSet.controlNumber) {
      this.log.error(segment, `SE02 ${JSON.stringify(element(segment, 2))} does not match ST02 ${JSON.stringify(transactionSet.controlNumber)}`, 2);
    }
    this.#transactionSet = undefined;
    return { kind: 'SE', transactionSet, positionInTransactionSet: counted };
  }

  #readGe(segment: Segment): void {
    if (this.#transactionSet) {
      this.log.error(segment, `GE before transaction set ${this.#transactionSet.controlNumber} ended with SE`);
      this.#transactionSet = undefined;
    }
    const group = this.#group;
    if (!group) {
      this.log.error(segment, 'GE without a GS before it');
      return;
    }
    if (element(segment, 1) !== String(this.#transactionSetsInGroup)) {
      this.log.error(segment, `GE01 says ${JSON.stringify(element(segment, 1))} transaction sets but the group has ${this.#transactionSetsInGroup}`, 1);
    }
    if (element(segment, 2) !== group.controlNumber) {
      this.log.error(segment, `GE02 ${JSON.stringify(element(segment, 2))} does not match GS06 ${JSON.stringify(group.controlNumber)}`, 2);
    }
    this.#group = undefined;
  }

  #readIea(segment: Segment): void {
    if (this.#group) {
      this.log.error(segment, `IEA before functional group ${this.#group.controlNumber} ended with GE`);
      this.#group = undefined;
    }
    if (!this.#interchangeOpen) {
      this.log.error(segment, 'IEA without an ISA before it');
      return;
    }
    if (element(segment, 1) !== String(this.#groupsInInterchange)) {
      this.log.error(segment, `IEA01 says ${JSON.stringify(element(segment, 1))} functional groups but the interchange has ${this.#groupsInInterchange}`, 1);
    }
    if (element(segment, 2) !== this.interchange?.controlNumber) {
      this.log.error(segment, `IEA02 ${JSON.stringify(element(segment, 2))} does not match ISA13 ${JSON.stringify(this.interchange?.controlNumber)}`, 2);
    }
    this.#interchangeOpen = false;
  }
}
