/**
 * The 834 reader: tolerant of sloppy files, precise about what it reports. It reads the envelopes, the
 * header (BGN, REF*38, DTP*007, N1 loops) and each member (loop 2000, its name loop 2100A and its
 * coverages in loop 2300); other loops (incorrect member 2100B, mailing address 2100C, responsible
 * persons, disability 2200, providers 2310, COB 2320, reporting categories 2700) are stepped over.
 *
 * `read834` reads a whole text; `stream834` yields members one at a time from chunks, for big files.
 */
import {
  ACTION_CODES,
  BENEFIT_BEGIN_QUALIFIER,
  BENEFIT_END_QUALIFIER,
  BENEFIT_STATUS_CODES,
  CARRIER_MEMBER_ID_QUALIFIER,
  COVERAGE_AMOUNT_QUALIFIER,
  COVERAGE_AMOUNT_QUALIFIERS,
  COVERAGE_LEVEL_CODES,
  EMPLOYMENT_STATUS_CODES,
  FILE_EFFECTIVE_DATE_QUALIFIER,
  GENDER_CODES,
  INDIVIDUAL_RELATIONSHIP_CODES,
  INSURANCE_LINE_CODES,
  isCode,
  MAINTENANCE_REASON_CODES,
  MAINTENANCE_TYPE_CODES,
  MARITAL_STATUS_CODES,
  memberDateForQualifier,
  MEMBER_MAINTENANCE_TYPE_CODES,
  MEMBER_REFERENCE_QUALIFIER,
  relationshipForCode,
  x12AmountToCents,
} from './code-lists.ts';
import type { Delimiters } from './delimiters.ts';
import {
  X220A1,
  type BrokerOrAdministrator,
  type Contact,
  type Coverage834,
  type Member834,
  type Party,
  type PersonName,
} from './enrollment-834.ts';
import {
  EnvelopeReader,
  type GroupHeader,
  type InterchangeHeader,
  type TransactionSetHeader,
} from './envelope-reader.ts';
import { IssueLog, type Issue } from './issues.ts';
import { element, SegmentTokenizer, tokenizeChunks, type Chunk, type Segment } from './segments.ts';
import { fromX12Date } from './x12-values.ts';
import type { SubscriberRelationship } from '../../enrollment/enrollment-facts.ts';

/** A coverage as read: the begin date may be missing (a termination often sends only DTP*349). */
export interface ReadCoverage834 extends Omit<Coverage834, 'startDate'> {
  startDate?: string;
  segmentIndex: number;
}

/** A member as read: Member834 plus where it came from, and room for what a file may lack. */
export interface ReadMember834 extends Omit<Member834, 'relationship' | 'subscriberId' | 'name' | 'coverages'> {
  /** The API name; undefined for an INS02 code the API has no name for (see relationshipCode). */
  relationship: SubscriberRelationship | undefined;
  /** INS02 as sent. */
  relationshipCode: string;
  subscriberId: string | undefined;
  name: PersonName | undefined;
  coverages: ReadCoverage834[];
  transactionSetControlNumber: string;
  /** Index of the INS segment. */
  segmentIndex: number;
}

export interface ReadFileHeader834 {
  purpose: string;
  referenceNumber: string;
  /** BGN03 as `YYYY-MM-DD`. */
  date: string | undefined;
  time: string;
  /** BGN08: '2' change, '4' verify (full file), 'RX' replace. */
  actionCode: string;
  fileEffectiveDate?: string;
  masterPolicyNumber?: string;
}

export interface TransactionSet834 {
  /** ST02. */
  controlNumber: string;
  groupControlNumber: string | undefined;
  implementationReference: string | undefined;
  header: ReadFileHeader834;
  sponsor: Party | undefined;
  payer: Party | undefined;
  brokers: BrokerOrAdministrator[];
  segmentIndex: number;
}

export interface Read834Result {
  delimiters: Delimiters;
  interchange: InterchangeHeader | undefined;
  groups: GroupHeader[];
  transactionSets: (TransactionSet834 & { members: ReadMember834[] })[];
  /** Every member of every transaction set, in file order. */
  members: ReadMember834[];
  issues: Issue[];
  /** What was normalized and what was read but not kept, one entry per kind with a count (no personal data). */
  warnings: ReadWarning834[];
}

/**
 * A kind of tolerated sloppiness or of data present and not stored, counted over the file. Codes:
 * `trailing_spaces_trimmed`, `lowercase_code_uppercased`, `zip_hyphen_removed` (normalized);
 * `provider_not_stored` (loop 2310), `coordination_of_benefits_not_stored` (loop 2320),
 * `dtp_qualifier_not_stored`, `ref_qualifier_not_stored` (one entry per qualifier, named in the message),
 * `contact_not_stored` (a member's second phone or email in PER), `member_party_not_stored` (loops
 * 2100B-H, one entry per NM101 code), `reporting_categories_not_stored` (loop 2700).
 */
export interface ReadWarning834 {
  code: string;
  message: string;
  count: number;
}

/** GS08/ST03 of a 4010 file: the reader refuses it (an error naming GS08/ST03) rather than read it by 5010 rules. */
export const isVersion4010 = (version: string | undefined): boolean => !!version && version.startsWith('00401');

export type Read834Event =
  /** Sent once a transaction set's header is complete, before its first member. */
  | { type: 'transactionSet'; transactionSet: TransactionSet834 }
  | { type: 'member'; member: ReadMember834 }
  | { type: 'end'; delimiters: Delimiters; interchange: InterchangeHeader | undefined; groups: GroupHeader[]; issues: Issue[]; warnings: ReadWarning834[] };

/** Slices of text fed to the tokenizer at a time, so a big file's segments are never all in memory. */
const SLICE_LENGTH = 1 << 20;

export function read834(text: string): Read834Result {
  const machine = new Reader834();
  const tokenizer = new SegmentTokenizer();
  const events: Read834Event[] = [];
  for (let start = 0; start < text.length; start += SLICE_LENGTH) {
    for (const segment of tokenizer.push(text.slice(start, start + SLICE_LENGTH))) events.push(...machine.consume(segment));
  }
  for (const segment of tokenizer.end()) events.push(...machine.consume(segment));
  events.push(...machine.finish(tokenizer.delimiters!));
  return collect(events);
}

/**
 * read834 that calls `pause` between slices of the text: a caller sharing its thread (the in-process
 * sandbox carrier beside the API) lets other work run while a large file is read.
 */
export async function read834InSlices(text: string, pause: () => Promise<void>): Promise<Read834Result> {
  const machine = new Reader834();
  const tokenizer = new SegmentTokenizer();
  const events: Read834Event[] = [];
  const slice = 64 * 1024;
  for (let start = 0; start < text.length; start += slice) {
    for (const segment of tokenizer.push(text.slice(start, start + slice))) events.push(...machine.consume(segment));
    await pause();
  }
  for (const segment of tokenizer.end()) events.push(...machine.consume(segment));
  events.push(...machine.finish(tokenizer.delimiters!));
  return collect(events);
}

/** Members one at a time from chunks of text or bytes; the last event is `end` with the issues. */
export async function* stream834(chunks: AsyncIterable<Chunk> | Iterable<Chunk>): AsyncGenerator<Read834Event> {
  const machine = new Reader834();
  const tokenizer = new SegmentTokenizer();
  for await (const segments of tokenizeChunks(chunks, tokenizer)) {
    for (const segment of segments) yield* machine.consume(segment);
  }
  yield* machine.finish(tokenizer.delimiters!);
}

function collect(events: Read834Event[]): Read834Result {
  const transactionSets: Read834Result['transactionSets'] = [];
  const members: ReadMember834[] = [];
  for (const event of events) {
    if (event.type === 'transactionSet') transactionSets.push({ ...event.transactionSet, members: [] });
    if (event.type === 'member') {
      transactionSets.at(-1)?.members.push(event.member);
      members.push(event.member);
    }
    if (event.type === 'end') {
      const { delimiters, interchange, groups, issues, warnings } = event;
      return { delimiters, interchange, groups, transactionSets, members, issues, warnings };
    }
  }
  throw new Error('read834: the reader ended without an end event');
}

/** Where in the 834 the reader is: decides which member field a REF, DTP, N3 or DMG belongs to. */
type Loop = 'header' | '2000' | '2100A' | 'other-2100' | '2200' | '2300' | 'inside-2300' | '2700';

const name = (segment: Segment, position: number): string => `${segment.id}${String(position).padStart(2, '0')}`;

/** Elements that hold codes (never names or free text): a lower-case value there is upper-cased, with a warning. */
const CODE_POSITIONS: Record<string, readonly number[]> = {
  BGN: [1, 8],
  N1: [1, 3],
  INS: [1, 2, 3, 4, 5, 6, 8],
  REF: [1],
  DTP: [1, 2],
  NM1: [1, 2, 8],
  PER: [1, 3, 5, 7],
  N4: [2, 4],
  DMG: [1, 3, 4],
  HD: [1, 3, 5],
  AMT: [1],
};
const ZIP_WITH_HYPHEN = /^([0-9]{5})-([0-9]{4})$/;
/** REF qualifiers kept, per loop. */
const STORED_REF: Record<'header' | '2000' | '2300', ReadonlySet<string>> = {
  header: new Set(['38']),
  '2000': new Set(['0F', '1L', MEMBER_REFERENCE_QUALIFIER, CARRIER_MEMBER_ID_QUALIFIER]),
  '2300': new Set(['X9']),
};

/** Counts each kind of warning; the messages name codes and loops, never a member's data. */
class WarningCounter {
  readonly #counts = new Map<string, ReadWarning834>();

  add(code: string, message: string, key = code): void {
    const entry = this.#counts.get(key);
    if (entry) entry.count++;
    else this.#counts.set(key, { code, message, count: 1 });
  }

  get warnings(): ReadWarning834[] {
    return [...this.#counts.values()].map((w) => ({ ...w }));
  }
}

class Reader834 {
  readonly #log = new IssueLog();
  readonly #envelopes = new EnvelopeReader(this.#log, {
    functionalIdentifierCode: 'BE',
    transactionSetId: '834',
    versions: [X220A1],
  });
  #set: TransactionSet834 | undefined;
  #announced = false;
  #loop: Loop = 'header';
  #member: ReadMember834 | undefined;
  #memberSegment: Segment | undefined;
  #coverage: ReadCoverage834 | undefined;
  readonly #warnings = new WarningCounter();

  consume(sent: Segment): Read834Event[] {
    const role = this.#envelopes.consume(sent);
    const events: Read834Event[] = [];
    const segment = role.kind === 'body' ? this.#normalize(sent) : sent;
    if (role.kind === 'ST') {
      this.#startTransactionSet(segment, role.transactionSet);
      this.#refuse4010(segment, role.transactionSet);
    }
    else if (role.kind === 'SE') this.#endTransactionSet(events);
    else if (role.kind === 'body' && this.#set) this.#readBody(segment, role.transactionSet, events);
    return events;
  }

  finish(delimiters: Delimiters): Read834Event[] {
    const events: Read834Event[] = [];
    if (this.#set) this.#endTransactionSet(events);
    this.#envelopes.finish();
    events.push({
      type: 'end',
      delimiters,
      interchange: this.#envelopes.interchange,
      groups: this.#envelopes.groups,
      issues: this.#log.issues,
      warnings: this.#warnings.warnings,
    });
    return events;
  }

  /** Trailing spaces (already trimmed by the tokenizer), lower-case codes, a ZIP+4 with a hyphen: counted, read normalized. */
  #normalize(segment: Segment): Segment {
    for (let i = 0; i < segment.padded.length; i++) this.#warnings.add('trailing_spaces_trimmed', 'Elements with trailing spaces were read without them');
    const positions = CODE_POSITIONS[segment.id];
    let elements: string[] | undefined;
    const set = (position: number, value: string) => {
      elements ??= [...segment.elements];
      elements[position] = value;
    };
    for (const position of positions ?? []) {
      const value = element(segment, position);
      if (value !== value.toUpperCase() && /^[A-Za-z0-9]+$/.test(value)) {
        set(position, value.toUpperCase());
        this.#warnings.add('lowercase_code_uppercased', 'Codes sent in lower case (INS02, DMG03, HD03, ...) were read in upper case');
      }
    }
    if (segment.id === 'N4') {
      const zip = ZIP_WITH_HYPHEN.exec(element(segment, 3));
      if (zip) {
        set(3, `${zip[1]}${zip[2]}`);
        this.#warnings.add('zip_hyphen_removed', 'ZIP+4 codes sent with a hyphen (N403 NNNNN-NNNN) were read without it');
      }
    }
    return elements ? { ...segment, elements } : segment;
  }

  /** A 4010 file (GS08/ST03 004010X095A1) is refused: its loops and codes differ from 5010's, and reading it by 5010 rules would be a guess. */
  #refuse4010(segment: Segment, header: TransactionSetHeader): void {
    const groupVersion = this.#envelopes.groups.at(-1)?.version;
    const version = isVersion4010(header.implementationReference) ? header.implementationReference : isVersion4010(groupVersion) ? groupVersion : undefined;
    if (!version) return;
    this.#log.error(
      segment,
      `GS08/ST03 ${JSON.stringify(version)} is version 4010; only ${X220A1} is read — send the file as 5010 (GS08 and ST03 ${X220A1})`,
      isVersion4010(header.implementationReference) ? 3 : undefined,
    );
  }

  #startTransactionSet(segment: Segment, header: TransactionSetHeader): void {
    this.#set = {
      controlNumber: header.controlNumber,
      groupControlNumber: header.groupControlNumber,
      implementationReference: header.implementationReference,
      header: { purpose: '', referenceNumber: '', date: undefined, time: '', actionCode: '' },
      sponsor: undefined,
      payer: undefined,
      brokers: [],
      segmentIndex: segment.index,
    };
    this.#announced = false;
    this.#loop = 'header';
    this.#member = undefined;
    this.#coverage = undefined;
  }

  #endTransactionSet(events: Read834Event[]): void {
    this.#endMember(events);
    this.#announce(events);
    this.#set = undefined;
  }

  #announce(events: Read834Event[]): void {
    if (this.#set && !this.#announced) {
      const set = this.#set;
      if (!set.header.actionCode) this.#log.error({ id: 'ST', index: set.segmentIndex }, 'The transaction set has no BGN segment');
      if (!set.sponsor) this.#log.error({ id: 'ST', index: set.segmentIndex }, 'The transaction set has no sponsor (N1*P5)');
      if (!set.payer) this.#log.error({ id: 'ST', index: set.segmentIndex }, 'The transaction set has no payer (N1*IN)');
      events.push({ type: 'transactionSet', transactionSet: set });
      this.#announced = true;
    }
  }

  #endMember(events: Read834Event[]): void {
    const member = this.#member;
    if (!member) return;
    const ins = this.#memberSegment!;
    if (member.subscriberId === undefined) this.#log.error(ins, 'The member has no subscriber identifier (REF*0F)');
    if (member.name === undefined) this.#log.error(ins, 'The member has no name (NM1*IL)');
    events.push({ type: 'member', member });
    this.#member = undefined;
    this.#coverage = undefined;
  }

  #readBody(segment: Segment, transactionSet: TransactionSetHeader, events: Read834Event[]): void {
    switch (segment.id) {
      case 'BGN':
        return this.#readBgn(segment);
      case 'INS':
        this.#endMember(events);
        this.#announce(events);
        return this.#readIns(segment, transactionSet.controlNumber);
      case 'REF':
        return this.#readRef(segment);
      case 'DTP':
        return this.#readDtp(segment);
      case 'N1':
        if (this.#loop === 'header') this.#readN1(segment);
        return;
      case 'NM1':
        if (this.#loop === '2300' || this.#loop === 'inside-2300' || this.#loop === '2700') {
          if (this.#loop === '2300') this.#loop = 'inside-2300';
          return;
        }
        if (element(segment, 1) === 'IL' || element(segment, 1) === '74') return this.#readMemberName(segment);
        // 2100B-H: incorrect member name, mailing address, employer, school, custodial parent, responsible person...
        this.#warnings.add('member_party_not_stored', `NM1*${element(segment, 1)} loops (2100B-H) were read and not stored`, `NM1*${element(segment, 1)}`);
        this.#loop = 'other-2100';
        return;
      case 'PER':
        if (this.#loop === '2100A') this.#readPer(segment);
        return;
      case 'N3':
        if (this.#loop === '2100A' && this.#member) {
          this.#member.address = { ...this.#member.address, line1: element(segment, 1), city: this.#member.address?.city ?? '' };
          if (element(segment, 2)) this.#member.address.line2 = element(segment, 2);
        }
        return;
      case 'N4':
        if (this.#loop === '2100A' && this.#member) this.#readN4(segment, this.#member);
        return;
      case 'DMG':
        if (this.#loop === '2100A' && this.#member) this.#readDmg(segment, this.#member);
        return;
      case 'AMT':
        if (this.#loop === '2300' && this.#coverage) this.#readCoverageAmount(segment, this.#coverage);
        return;
      case 'DSB':
        this.#loop = '2200';
        return;
      case 'HD':
        return this.#readHd(segment);
      case 'LX':
      case 'COB':
        // Loops 2310 (providers) and 2320 (coordination of benefits) sit inside 2300; LX also numbers 2710.
        if (this.#loop === '2300' || this.#loop === 'inside-2300') {
          this.#loop = 'inside-2300';
          if (segment.id === 'LX') this.#warnings.add('provider_not_stored', 'Provider loops (2310: primary care provider, ...) were read and not stored');
          else this.#warnings.add('coordination_of_benefits_not_stored', 'Coordination of benefits loops (2320 COB) were read and not stored');
        }
        return;
      case 'LS':
        this.#warnings.add('reporting_categories_not_stored', 'Reporting categories (loop 2700, LS/LE) were read and not stored');
        this.#loop = '2700';
        return;
      default:
        return;
    }
  }

  #readBgn(segment: Segment): void {
    const header = this.#set!.header;
    header.purpose = element(segment, 1);
    header.referenceNumber = element(segment, 2);
    header.date = this.#date(segment, 3);
    header.time = element(segment, 4);
    header.actionCode = element(segment, 8);
    if (!isCode(ACTION_CODES, header.actionCode)) {
      this.#log.error(segment, `BGN08 ${JSON.stringify(header.actionCode)} is not an action code (2 change, 4 verify, RX replace)`, 8);
    }
  }

  #readN1(segment: Segment): void {
    const set = this.#set!;
    const entity = element(segment, 1);
    const party: Party = { id: element(segment, 4), idQualifier: element(segment, 3) };
    if (element(segment, 2)) party.name = element(segment, 2);
    if (entity === 'P5') set.sponsor = party;
    else if (entity === 'IN') set.payer = party;
    else if (entity === 'BO' || entity === 'TV') set.brokers.push({ ...party, role: entity === 'BO' ? 'broker' : 'third_party_administrator' });
    else this.#log.warning(segment, `N101 ${JSON.stringify(entity)} is not a header party of an 834 (P5, IN, BO, TV)`, 1);
  }

  #readIns(segment: Segment, transactionSetControlNumber: string): void {
    this.#checkCode(segment, 1, { Y: 'Yes', N: 'No' }, 'member indicator', 'required');
    this.#checkCode(segment, 2, INDIVIDUAL_RELATIONSHIP_CODES, 'individual relationship', 'required');
    this.#checkCode(segment, 3, MEMBER_MAINTENANCE_TYPE_CODES, 'maintenance type', 'required');
    this.#checkCode(segment, 4, MAINTENANCE_REASON_CODES, 'maintenance reason');
    this.#checkCode(segment, 5, BENEFIT_STATUS_CODES, 'benefit status', 'required');
    this.#checkCode(segment, 8, EMPLOYMENT_STATUS_CODES, 'employment status');
    const isSubscriber = element(segment, 1) === 'Y';
    if (isSubscriber && element(segment, 2) !== '18') this.#log.error(segment, 'INS01 Y (subscriber) requires INS02 18 (self)', 2);
    const member: ReadMember834 = {
      isSubscriber,
      relationship: relationshipForCode(element(segment, 2)),
      relationshipCode: element(segment, 2),
      maintenanceType: element(segment, 3),
      benefitStatus: element(segment, 5),
      subscriberId: undefined,
      name: undefined,
      coverages: [],
      transactionSetControlNumber,
      segmentIndex: segment.index,
    };
    if (element(segment, 4)) member.maintenanceReason = element(segment, 4);
    if (element(segment, 8)) member.employmentStatus = element(segment, 8);
    this.#member = member;
    this.#memberSegment = segment;
    this.#coverage = undefined;
    this.#loop = '2000';
  }

  #readRef(segment: Segment): void {
    const qualifier = element(segment, 1);
    const reference = element(segment, 2);
    if ((this.#loop === 'header' || this.#loop === '2000' || (this.#loop === '2300' && this.#coverage)) && !STORED_REF[this.#loop].has(qualifier)) {
      this.#warnings.add('ref_qualifier_not_stored', `REF*${qualifier} in loop ${this.#loop} was read and not stored`, `REF*${qualifier}@${this.#loop}`);
    }
    if (this.#loop === 'header') {
      if (qualifier === '38') this.#set!.header.masterPolicyNumber = reference;
    } else if (this.#loop === '2000' && this.#member) {
      if (qualifier === '0F') this.#member.subscriberId = reference;
      else if (qualifier === '1L') this.#member.groupPolicyNumber = reference;
      else if (qualifier === MEMBER_REFERENCE_QUALIFIER) this.#member.memberReference = reference;
      else if (qualifier === CARRIER_MEMBER_ID_QUALIFIER) this.#member.carrierMemberId = reference;
    } else if (this.#loop === '2300' && this.#coverage) {
      if (qualifier === 'X9') this.#coverage.coverageReference = reference;
    }
  }

  #readDtp(segment: Segment): void {
    if (this.#loop !== 'header' && this.#loop !== '2000' && this.#loop !== '2300') return;
    const qualifier = element(segment, 1);
    if (element(segment, 2) !== 'D8') {
      this.#log.warning(segment, `DTP*${qualifier} with format ${JSON.stringify(element(segment, 2))} is not read (only D8)`, 2);
      return;
    }
    const date = this.#date(segment, 3);
    if (date === undefined) return;
    const stored =
      this.#loop === 'header'
        ? qualifier === FILE_EFFECTIVE_DATE_QUALIFIER
        : this.#loop === '2000'
          ? memberDateForQualifier(qualifier) !== undefined
          : qualifier === BENEFIT_BEGIN_QUALIFIER || qualifier === BENEFIT_END_QUALIFIER;
    if (!stored) this.#warnings.add('dtp_qualifier_not_stored', `DTP*${qualifier} in loop ${this.#loop} was read and not stored`, `DTP*${qualifier}@${this.#loop}`);
    if (this.#loop === 'header') {
      if (qualifier === FILE_EFFECTIVE_DATE_QUALIFIER) this.#set!.header.fileEffectiveDate = date;
    } else if (this.#loop === '2000' && this.#member) {
      const dateName = memberDateForQualifier(qualifier);
      if (dateName) this.#member.dates = { ...this.#member.dates, [dateName]: date };
    } else if (this.#coverage) {
      if (qualifier === BENEFIT_BEGIN_QUALIFIER) this.#coverage.startDate = date;
      if (qualifier === BENEFIT_END_QUALIFIER) this.#coverage.endDate = date;
    }
  }

  #readMemberName(segment: Segment): void {
    this.#loop = '2100A';
    const member = this.#member;
    if (!member) return;
    const personName: PersonName = { last: element(segment, 3) };
    if (element(segment, 4)) personName.first = element(segment, 4);
    if (element(segment, 5)) personName.middle = element(segment, 5);
    if (element(segment, 6)) personName.prefix = element(segment, 6);
    if (element(segment, 7)) personName.suffix = element(segment, 7);
    member.name = personName;
    if (element(segment, 8) === '34' && element(segment, 9)) member.ssn = element(segment, 9);
  }

  #readPer(segment: Segment): void {
    if (!this.#member) return;
    const contact: Contact = {};
    for (let position = 3; position <= 7; position += 2) {
      const qualifier = element(segment, position);
      const number = element(segment, position + 1);
      const kind = qualifier === 'EM' ? 'email' : ['TE', 'HP', 'WP', 'CP', 'AP'].includes(qualifier) ? 'phone' : undefined;
      if (!kind || !number) continue;
      if (contact[kind] === undefined) contact[kind] = number;
      else this.#warnings.add('contact_not_stored', `PER*${qualifier} numbers after a member's first ${kind} were read and not stored`, `PER*${qualifier}`);
    }
    if (contact.email !== undefined || contact.phone !== undefined) this.#member.contact = contact;
  }

  #readN4(segment: Segment, member: ReadMember834): void {
    member.address = { line1: member.address?.line1 ?? '', ...member.address, city: element(segment, 1) };
    if (element(segment, 2)) member.address.state = element(segment, 2);
    if (element(segment, 3)) member.address.zip = element(segment, 3);
  }

  #readDmg(segment: Segment, member: ReadMember834): void {
    if (element(segment, 1) !== 'D8') {
      this.#log.error(segment, `DMG01 ${JSON.stringify(element(segment, 1))} is not D8; the birth date is not read`, 1);
      return;
    }
    const birthDate = this.#date(segment, 2);
    this.#checkCode(segment, 3, GENDER_CODES, 'gender', 'required');
    this.#checkCode(segment, 4, MARITAL_STATUS_CODES, 'marital status');
    if (birthDate === undefined) return;
    member.demographics = { birthDate, gender: element(segment, 3) };
    if (element(segment, 4)) member.demographics.maritalStatus = element(segment, 4);
  }

  #readHd(segment: Segment): void {
    const member = this.#member;
    if (!member) {
      this.#log.error(segment, 'HD before any INS');
      return;
    }
    this.#checkCode(segment, 1, MAINTENANCE_TYPE_CODES, 'maintenance type', 'required');
    this.#checkCode(segment, 3, INSURANCE_LINE_CODES, 'insurance line', 'required');
    this.#checkCode(segment, 5, COVERAGE_LEVEL_CODES, 'coverage level');
    const coverage: ReadCoverage834 = { maintenanceType: element(segment, 1), insuranceLineCode: element(segment, 3), segmentIndex: segment.index };
    if (element(segment, 4)) coverage.planCoverageDescription = element(segment, 4);
    if (element(segment, 5)) coverage.coverageLevel = element(segment, 5);
    member.coverages.push(coverage);
    this.#coverage = coverage;
    this.#loop = '2300';
  }

  /** AMT in loop 2300: FK is the coverage's amount (volume); the guide's other amounts are checked and stepped over. */
  #readCoverageAmount(segment: Segment, coverage: ReadCoverage834): void {
    this.#checkCode(segment, 1, COVERAGE_AMOUNT_QUALIFIERS, 'amount qualifier', 'required');
    if (element(segment, 1) !== COVERAGE_AMOUNT_QUALIFIER) return;
    const cents = x12AmountToCents(element(segment, 2));
    if (cents === undefined) this.#log.error(segment, `AMT02 ${JSON.stringify(element(segment, 2))} is not an amount (digits, at most two decimals)`, 2);
    else coverage.coverageAmountCents = cents;
  }

  /** A code outside the guide's list is an error; it is still read as sent. */
  #checkCode(segment: Segment, position: number, table: Record<string, string>, listName: string, usage?: 'required'): void {
    const code = element(segment, position);
    if (code === '') {
      if (usage === 'required') this.#log.error(segment, `${name(segment, position)} (${listName}) is required`, position);
    } else if (!isCode(table, code)) {
      this.#log.error(segment, `${name(segment, position)} ${JSON.stringify(code)} is not a ${listName} code of ${X220A1}`, position);
    }
  }

  #date(segment: Segment, position: number): string | undefined {
    const raw = element(segment, position);
    const date = fromX12Date(raw);
    if (date === undefined) this.#log.error(segment, `${name(segment, position)} ${JSON.stringify(raw)} is not a date (CCYYMMDD)`, position);
    return date;
  }
}
