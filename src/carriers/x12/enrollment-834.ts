/**
 * An 834 as plain data: what write834 takes and (with the few additions of `read-834.ts`) what read834
 * gives back. Field comments name the segment and element each field travels in (005010X220A1).
 *
 * Code fields accept the code lists' codes (see code-lists.ts); they are typed `CodeOrString` because
 * values come from JSON and databases: the writer checks every one and throws X12ValueError on a code
 * the guide does not list, the reader keeps what the file says and reports it in `issues`.
 */
import type { SubscriberRelationship } from '../../enrollment/enrollment-facts.ts';
import type {
  ActionCode,
  BenefitStatusCode,
  CodeOrString,
  CoverageLevelCode,
  EmploymentStatusCode,
  GenderCode,
  InsuranceLineCode,
  MaintenanceReasonCode,
  MaintenanceTypeCode,
  MaritalStatusCode,
  MemberDateName,
  MemberMaintenanceTypeCode,
  PartyIdQualifier,
  TransactionSetPurposeCode,
} from './code-lists.ts';
import type { FunctionalGroupEnvelope, InterchangeEnvelope } from './envelope.ts';

export const X220A1 = '005010X220A1';

export interface Enrollment834 {
  interchange: InterchangeEnvelope & FunctionalGroupEnvelope;
  header: FileHeader834;
  /** Loop 1000A N1*P5: the employer. */
  sponsor: Party;
  /** Loop 1000B N1*IN: the carrier. */
  payer: Party;
  /** Loop 1000C N1*BO / N1*TV, at most two. */
  brokers?: BrokerOrAdministrator[];
  /** Any iterable: a generator lets a 100k-member file stream out without an array of members. */
  members: Iterable<Member834>;
}

export interface FileHeader834 {
  /** BGN01; default '00' original. */
  purpose?: CodeOrString<TransactionSetPurposeCode>;
  /** BGN02: the sender's reference for this file. */
  referenceNumber: string;
  /** BGN08: '2' change file (changes only), '4' verify (full file), 'RX' replace. */
  actionCode: CodeOrString<ActionCode>;
  /** DTP*007 in the header: the date the file's changes take effect. */
  fileEffectiveDate?: string;
  /** REF*38 in the header. */
  masterPolicyNumber?: string;
}

export interface Party {
  /** N102; the guide makes it optional for sponsor and payer. */
  name?: string;
  /** N104. */
  id: string;
  /** N103; default 'FI' (federal taxpayer id). Sponsor: 24, 94, FI; payer and broker: 94, FI, XV. */
  idQualifier?: CodeOrString<PartyIdQualifier>;
}

export interface BrokerOrAdministrator extends Party {
  /** N101: BO broker or sales office, TV third-party administrator. */
  role: 'broker' | 'third_party_administrator';
}

export interface PersonName {
  last: string;
  first?: string;
  middle?: string;
  prefix?: string;
  suffix?: string;
}

/** PER*IP. */
export interface Contact {
  /** PER qualifier TE; digits only are sent (punctuation is dropped). */
  phone?: string;
  /** PER qualifier EM. */
  email?: string;
}

/** N3 / N4 of loop 2100A (the residence). */
export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state?: string;
  /** Sent without '-' or spaces (97526-0000 → 975260000). */
  zip?: string;
}

/** DMG: a birth date and a gender always travel together (DMG02 and DMG03 are both required). */
export interface Demographics {
  birthDate: string;
  gender: CodeOrString<GenderCode>;
  maritalStatus?: CodeOrString<MaritalStatusCode>;
}

export type MemberDates = Partial<Record<MemberDateName, string>>;

/** Loop 2000 and what hangs under it. All dates are `YYYY-MM-DD`. */
export interface Member834 {
  /** INS01 Y; then `relationship` must be 'self'. */
  isSubscriber: boolean;
  /** INS02 through RELATIONSHIP_CODES. */
  relationship: SubscriberRelationship;
  /** INS03: 001 change, 021 addition, 024 termination, 025 reinstatement, 030 audit. */
  maintenanceType: CodeOrString<MemberMaintenanceTypeCode>;
  /** INS04 (maintenanceForLifeEvent gives the usual one for a life event). */
  maintenanceReason?: CodeOrString<MaintenanceReasonCode>;
  /** INS05: A active, C COBRA, S surviving insured, T TEFRA. */
  benefitStatus: CodeOrString<BenefitStatusCode>;
  /** INS08. */
  employmentStatus?: CodeOrString<EmploymentStatusCode>;
  /**
   * REF*0F: the subscriber's identifier as the carrier knows the subscriber (the subscriber's
   * external_identifier, or the SSN where the carrier asks for it) — the same on every member of the family.
   */
  subscriberId: string;
  /** REF*1L: group or policy number. */
  groupPolicyNumber?: string;
  /** REF*23 (client number): our id for this person, so the carrier's answer can be matched to them. */
  memberReference?: string;
  /** REF*ZZ (mutually defined): the member id the carrier assigned to this person, sent back as given. */
  carrierMemberId?: string;
  /** Loop 2000 DTP by name: eligibilityBegin 356, eligibilityEnd 357, employmentBegin 336, ... */
  dates?: MemberDates;
  /** NM1*IL. */
  name: PersonName;
  /** NM108 34 / NM109: nine digits (dashes are dropped). */
  ssn?: string;
  contact?: Contact;
  address?: Address;
  demographics?: Demographics;
  /** Loop 2300, one per plan. */
  coverages: Coverage834[];
}

/** Loop 2300 HD with its dates and reference. */
export interface Coverage834 {
  /** HD01. */
  maintenanceType: CodeOrString<MaintenanceTypeCode>;
  /** HD03 (insuranceLineFor maps a product line). */
  insuranceLineCode: CodeOrString<InsuranceLineCode>;
  /** HD04: the carrier's plan code or description — free text, transliterated (x12-text.ts). */
  planCoverageDescription?: string;
  /**
   * HD04 as the carrier's plan code: an identifier, sent exactly as given (a delimiter in it is an
   * error, never a space). Written instead of `planCoverageDescription` when given; read back as that.
   */
  planIdentifier?: string;
  /** HD05 (coverageLevelFor derives it from who is covered). */
  coverageLevel?: CodeOrString<CoverageLevelCode>;
  /** DTP*348 benefit begin. */
  startDate: string;
  /**
   * AMT*FK (other unlisted amount) in loop 2300: the coverage's amount — a life policy's face amount, a
   * disability benefit — in cents (5000000 is sent as `AMT*FK*50000`). See COVERAGE_AMOUNT_QUALIFIERS.
   */
  coverageAmountCents?: number;
  /** DTP*349 benefit end: the last covered day. */
  endDate?: string;
  /**
   * REF*X9 (internal control number): our id for this coverage, so the carrier's results can be
   * matched to it. Of the REF qualifiers the guide allows in loop 2300, X9 is the one for a sender's own
   * control number; 17 is a reporting category, 1L the group number, ZZ needs a separate agreement.
   */
  coverageReference?: string;
}
