// What we tell a carrier, as plain data (pure): families of one coverage period → the Enrollment834
// the X12 writer takes, plus, per family, the record as sent (SSNs masked) that becomes the synced copy.
// Each family is built and checked on its own (buildFamilies), so one that cannot be written stays out.
import type { Enrollment834, Member834, Coverage834 } from '../x12/enrollment-834.ts';
import {
  BENEFIT_STATUS_FOR_COVERAGE_STATUS,
  coverageLevelFor,
  insuranceLineFor,
  maintenanceForLifeEvent,
  type CarrierInsuranceLineOverrides,
} from '../x12/code-lists.ts';
import type { ProductLine, QualifyingLifeEventType, SubscriberRelationship } from '../../enrollment/enrollment-facts.ts';
import { compareDates, dayAfter, maxDate, minDate } from '../../enrollment/dates.ts';
import { isCancelled } from '../../enrollment/coverage-rules.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { checkHeader834, checkMembers834 } from '../x12/write-834.ts';
import { X12ValueError } from '../x12/issues.ts';
import { familyBuildErrors } from './build-errors.ts';

export interface CarrierFacts {
  name: string;
  payer_identifier: string;
  interchange: {
    sender_qualifier: string;
    sender_id: string;
    receiver_qualifier: string;
    receiver_id: string;
    application_sender_code?: string | null;
    application_receiver_code?: string | null;
    usage_indicator?: 'T' | 'P';
  };
  line_of_coverage_codes: CarrierInsuranceLineOverrides;
  full_file_action_code?: '4' | 'RX';
  /** What REF*0F carries: the subscriber's external_identifier (the default) or SSN. */
  subscriber_identifier?: SubscriberIdentifierSetting;
}

export type SubscriberIdentifierSetting = 'external_identifier' | 'ssn';

export interface SponsorFacts {
  name: string;
  fein: string | null;
}

export interface PersonRecord {
  id: string;
  /** The client's own id, which errors name a dependent by. */
  external_identifier: string;
  relationship: SubscriberRelationship;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  ssn: string | null;
  gender: string | null;
  birth_date: string | null;
  marital_status: string | null;
  address: { address_line_1: string; address_line_2?: string | null; city: string; state: string; zip: string } | null;
  phone: string | null;
  email: string | null;
  employment: { status?: string; start_date?: string; end_date?: string | null } | null;
}

export interface CoverageRecord {
  id: string;
  member_id: string;
  product_line: ProductLine;
  plan_identifier: string | null;
  plan_description: string;
  status: 'employer_sponsored' | 'cobra';
  start_date: string;
  end_date: string | null;
  /** The coverage's amount in cents (a life policy's face amount), sent in AMT*FK. */
  volume?: number | null;
}

/** What the carrier was last sent of one coverage of a member (one HD03 line and HD04 plan). */
export interface SentCoverageState {
  /** The last file that carried it sent it ending (a termination or a cancellation). */
  ended: boolean;
  /** The last covered day sent then (null when it was sent in force). */
  endDate: string | null;
}

export interface FamilyRecord {
  subscriberId: string;
  members: PersonRecord[];
  coverages: CoverageRecord[];
  /** The newest life event since the family was last sent, which gives INS03/INS04 their reason. */
  latestEvent: { event: QualifyingLifeEventType; date: string } | null;
  /** Members this carrier has already been sent: the others are additions (021). */
  sentMemberIds: ReadonlySet<string>;
  /**
   * Per member, per coverage (sentCoverageKey: HD03 and HD04), what the carrier was last sent: a
   * coverage it never had is an addition (021) even for a member it knows, one it was last sent ending
   * and that is in force again a reinstatement (025). Left out: judged by sentMemberIds alone.
   */
  sentCoverages?: ReadonlyMap<string, ReadonlyMap<string, SentCoverageState>>;
  /** The member ids this carrier assigned (member id → carrier's id), sent back in REF*ZZ. */
  carrierMemberIds?: ReadonlyMap<string, string>;
}

/** The key of one coverage as the carrier tells coverages apart: the line (HD03) and the plan (HD04). */
export const sentCoverageKey = (coverage: Pick<Coverage834, 'insuranceLineCode' | 'planIdentifier' | 'planCoverageDescription'>): string =>
  `${coverage.insuranceLineCode}|${coverage.planIdentifier ?? coverage.planCoverageDescription ?? ''}`;

export interface FileFacts {
  kind: 'change' | 'full';
  carrier: CarrierFacts;
  sponsor: SponsorFacts;
  carrierGroupNumber: string;
  control: { interchange: number; group: number; transactionSet: number };
  /** `YYYY-MM-DD` and `HHMM` of the file. */
  date: string;
  time: string;
}

export interface UnmappedCoverage {
  subscriber_id: string;
  coverage_id: string;
  product_line: string;
}

const GENDER: Record<string, 'F' | 'M' | 'U'> = { female: 'F', male: 'M' };
const MARITAL: Record<string, string> = { single: 'I', married: 'M', divorced: 'D', widowed: 'W', separated: 'S', registered_domestic_partner: 'B' };
const EMPLOYMENT: Record<string, string> = { full_time: 'FT', part_time: 'PT', retired: 'RT', terminated: 'TE', leave_of_absence: 'L1' };

export const maskSsn = (ssn: string | null) => (ssn ? `*****${ssn.slice(-4)}` : null);

/**
 * INS03 for a member: an addition (021) when the carrier never had them, a termination (024) when all
 * has ended, a reinstatement (025) when the carrier was last sent all of theirs ending and some is in
 * force again, else a change (001).
 */
function memberMaintenance(kind: FileFacts['kind'], family: FamilyRecord, person: PersonRecord, coverages: CoverageRecord[], hd01: readonly string[]) {
  if (kind === 'full') return { maintenanceType: '030', maintenanceReason: 'XN' };
  const allEnded = coverages.length > 0 && coverages.every((c) => c.end_date !== null);
  const event = family.latestEvent ? maintenanceForLifeEvent(family.latestEvent.event) : undefined;
  if (!family.sentMemberIds.has(person.id)) return { maintenanceType: allEnded ? '024' : '021', maintenanceReason: event?.maintenanceReason ?? (allEnded ? 'AI' : '28') };
  if (allEnded) return { maintenanceType: '024', maintenanceReason: event?.maintenanceType === '024' ? event.maintenanceReason : '07' };
  const sent = [...(family.sentCoverages?.get(person.id)?.values() ?? [])];
  if (hd01.includes('025') && sent.length > 0 && sent.every((state) => state.ended)) return { maintenanceType: '025', maintenanceReason: event?.maintenanceReason ?? 'AI' };
  return { maintenanceType: '001', maintenanceReason: event?.maintenanceReason ?? 'AI' };
}

/**
 * HD01 of one coverage: 024 when it ends; otherwise by what the carrier was last sent of it — nothing
 * (021 addition, even for a member it has), in force (001 change), ending (025 reinstatement when this
 * row takes it up again by the day after that end, 021 when it starts later, as a new enrollment).
 */
function coverageMaintenance(kind: FileFacts['kind'], family: FamilyRecord, coverage: CoverageRecord, key: string): string {
  if (kind === 'full') return '030';
  if (coverage.end_date !== null) return '024';
  if (!family.sentMemberIds.has(coverage.member_id)) return '021';
  if (!family.sentCoverages) return '001';
  const sent = family.sentCoverages.get(coverage.member_id)?.get(key);
  if (!sent) return '021';
  if (!sent.ended) return '001';
  return sent.endDate !== null && compareDates(coverage.start_date, dayAfter(sent.endDate)) <= 0 ? '025' : '021';
}

/** The last day a row is sent as covering: a cancellation goes out ending on its own start date. */
const sentEnd = (coverage: CoverageRecord): string => (isCancelled(coverage) ? coverage.start_date : (coverage.end_date ?? '9999-12-31'));

/**
 * Who HD05 says is covered with a coverage, as the family now stands: for a row in force, everyone
 * still covered in that line at its latest date (rows with no end); for a row that ends, everyone
 * covered in that line on its last day. So after a divorce the subscriber's and children's rows in
 * force level ECH while the ex-spouse's ended row keeps the FAM it ended with. A cancelled row (never
 * in force) is levelled with the rows cancelled with it, and always counts itself, so a cancellation
 * never leaves a coverage level without a member.
 */
function coveredTogether(coverage: CoverageRecord, family: FamilyRecord): { relationship: SubscriberRelationship }[] {
  const sameLine = family.coverages.filter((other) => other.product_line === coverage.product_line);
  let together: CoverageRecord[];
  if (isCancelled(coverage)) {
    together = sameLine.filter(
      (other) => isCancelled(other) && compareDates(other.start_date, sentEnd(coverage)) <= 0 && compareDates(coverage.start_date, sentEnd(other)) <= 0,
    );
  } else if (coverage.end_date === null) {
    together = sameLine.filter((other) => other.end_date === null);
  } else {
    const lastDay = coverage.end_date;
    together = sameLine.filter((other) => !isCancelled(other) && compareDates(other.start_date, lastDay) <= 0 && (other.end_date === null || compareDates(lastDay, other.end_date) <= 0));
  }
  const ids = new Set([coverage.member_id, ...together.map((c) => c.member_id)]);
  return family.members.filter((m) => ids.has(m.id)).map((m) => ({ relationship: m.relationship }));
}

/** REF*0F: the subscriber's id as the carrier knows them; an SSN only where the carrier asks for it. */
function subscriberIdentifier(file: FileFacts, family: FamilyRecord, subscriber: PersonRecord | undefined, at: string): string {
  if (file.carrier.subscriber_identifier === 'ssn') {
    const digits = subscriber?.ssn?.replace(/[-\s]/g, '');
    if (!digits) throw new X12ValueError(`${at}.ssn`, "is required: the carrier identifies subscribers by SSN (its file_settings.subscriber_identifier is 'ssn'), and the subscriber has none");
    return digits;
  }
  return subscriber?.external_identifier ?? family.subscriberId;
}

export interface BuiltFamily {
  subscriberId: string;
  members: Member834[];
  /** The record as sent, SSNs masked: the synced copy. */
  record: { members: Array<Omit<Member834, 'ssn'> & { ssn: string | null }> };
  unmapped: UnmappedCoverage[];
}

export function buildFamily(file: FileFacts, family: FamilyRecord): BuiltFamily {
  const unmapped: UnmappedCoverage[] = [];
  const members: Member834[] = [];
  // Subscriber first: loop 2000 of the subscriber precedes the dependents' (the guide's order).
  const ordered = [...family.members].sort((a, b) => Number(b.relationship === 'self') - Number(a.relationship === 'self'));
  const subscriber = ordered.find((m) => m.relationship === 'self');
  const subscriberId = subscriberIdentifier(file, family, subscriber, 'members[0]');
  for (const person of ordered) {
    const own = family.coverages.filter((c) => c.member_id === person.id && !isCancelled(c));
    const cancelled = family.coverages.filter((c) => c.member_id === person.id && isCancelled(c));
    if (!own.length && !cancelled.length) continue;
    const coverages: Coverage834[] = [];
    for (const coverage of [...own, ...cancelled]) {
      const line = insuranceLineFor(coverage.product_line, file.carrier.line_of_coverage_codes);
      // No HD03 code in the guide for this line and none in the carrier's companion-guide settings:
      // never invent one; the caller reports it.
      if (!line) {
        unmapped.push({ subscriber_id: family.subscriberId, coverage_id: coverage.id, product_line: coverage.product_line });
        continue;
      }
      // The plan code is an identifier (refused at the door when an 834 cannot carry it), sent as
      // given; the description is free text, transliterated by the writer.
      const plan = coverage.plan_identifier !== null ? { planIdentifier: coverage.plan_identifier } : { planCoverageDescription: coverage.plan_description };
      coverages.push({
        maintenanceType: coverageMaintenance(file.kind, family, coverage, sentCoverageKey({ insuranceLineCode: line, ...plan })),
        insuranceLineCode: line,
        ...plan,
        coverageLevel: coverageLevelFor(coveredTogether(coverage, family)),
        startDate: coverage.start_date,
        // A cancellation (ends the day before it starts) goes out as the guide's cancellation: a
        // termination effective its start date.
        ...(coverage.end_date ? { endDate: sentEnd(coverage) } : {}),
        ...(coverage.volume !== undefined && coverage.volume !== null ? { coverageAmountCents: coverage.volume } : {}),
        coverageReference: coverage.id,
      });
    }
    if (!coverages.length) continue;
    const dated = own.length ? own : cancelled;
    const maintenance = memberMaintenance(file.kind, family, person, dated, coverages.map((c) => c.maintenanceType));
    const carrierMemberId = family.carrierMemberIds?.get(person.id);
    const starts = dated.map((c) => c.start_date);
    const ends = dated.map((c) => (c.end_date === null ? null : sentEnd(c)));
    const employment = subscriber?.employment;
    members.push({
      isSubscriber: person.relationship === 'self',
      relationship: person.relationship,
      maintenanceType: maintenance.maintenanceType,
      maintenanceReason: maintenance.maintenanceReason,
      benefitStatus: dated.some((c) => c.status === 'cobra') ? BENEFIT_STATUS_FOR_COVERAGE_STATUS.cobra : BENEFIT_STATUS_FOR_COVERAGE_STATUS.employer_sponsored,
      ...(person.relationship === 'self' ? { employmentStatus: EMPLOYMENT[employment?.status ?? ''] ?? 'AC' } : {}),
      subscriberId,
      groupPolicyNumber: file.carrierGroupNumber,
      memberReference: person.id,
      ...(carrierMemberId ? { carrierMemberId } : {}),
      dates: {
        eligibilityBegin: minDate(starts[0]!, ...starts),
        ...(ends.every((end) => end !== null) ? { eligibilityEnd: maxDate(ends[0]!, ...(ends as string[])) } : {}),
        ...(person.relationship === 'self' && employment?.start_date ? { employmentBegin: employment.start_date } : {}),
        // A terminated employment's last day (DTP*337), with INS08 TE: a termination event sets both.
        ...(person.relationship === 'self' && employment?.end_date ? { employmentEnd: employment.end_date } : {}),
      },
      name: {
        last: person.last_name,
        first: person.first_name,
        ...(person.middle_name ? { middle: person.middle_name } : {}),
        ...(person.suffix ? { suffix: person.suffix } : {}),
      },
      ...(person.ssn ? { ssn: person.ssn } : {}),
      ...(person.phone || person.email ? { contact: { ...(person.phone ? { phone: person.phone } : {}), ...(person.email ? { email: person.email } : {}) } } : {}),
      ...(person.address
        ? { address: { line1: person.address.address_line_1, ...(person.address.address_line_2 ? { line2: person.address.address_line_2 } : {}), city: person.address.city, state: person.address.state, zip: person.address.zip } }
        : {}),
      ...(person.birth_date
        ? { demographics: { birthDate: person.birth_date, gender: GENDER[person.gender ?? ''] ?? 'U', ...(person.marital_status && MARITAL[person.marital_status] ? { maritalStatus: MARITAL[person.marital_status] } : {}) } }
        : {}),
      coverages,
    });
  }
  return {
    subscriberId: family.subscriberId,
    members,
    // An SSN sent as the subscriber's identifier is masked in the record like NM109.
    record: { members: members.map((member) => ({ ...member, ssn: maskSsn(member.ssn ?? null), ...(file.carrier.subscriber_identifier === 'ssn' ? { subscriberId: maskSsn(member.subscriberId)! } : {}) })) },
    unmapped,
  };
}

export interface FamilyFailure {
  subscriberId: string;
  errors: ErrorItem[];
}

export interface BuiltFamilies {
  /** Families with something to send, each checked by the writer. */
  built: BuiltFamily[];
  /** Families the writer cannot carry: kept out of the file, each with what to correct. */
  failed: FamilyFailure[];
  /** Families with nothing the carrier's 834 can carry (no coverage in this period any more). */
  empty: string[];
}

/**
 * Builds every family on its own, so one family that cannot be written is kept out of the file with
 * its errors and never holds back the others. Throws (X12ValueError) only when the file's own settings
 * (carrier, coverage period, sponsor) cannot be written: then no family of the period can be sent.
 */
export function buildFamilies(file: FileFacts, families: readonly FamilyRecord[]): BuiltFamilies {
  const envelope = enrollmentFile(file, []);
  checkHeader834(envelope);
  const result: BuiltFamilies = { built: [], failed: [], empty: [] };
  for (const family of families) {
    let members: Member834[] = [];
    try {
      const built = buildFamily(file, family);
      members = built.members;
      // Nothing to send is empty only when nothing was left out for want of a line-of-coverage code.
      if (!members.length && !built.unmapped.length) {
        result.empty.push(family.subscriberId);
        continue;
      }
      checkMembers834(envelope.interchange, members);
      result.built.push(built);
    } catch (error) {
      result.failed.push({ subscriberId: family.subscriberId, errors: familyBuildErrors(error, family, members) });
    }
  }
  return result;
}

/** The whole file's envelope and header around the families' members. */
export function enrollmentFile(file: FileFacts, members: Iterable<Member834>): Enrollment834 {
  const { interchange } = file.carrier;
  return {
    interchange: {
      senderQualifier: interchange.sender_qualifier,
      senderId: interchange.sender_id,
      receiverQualifier: interchange.receiver_qualifier,
      receiverId: interchange.receiver_id,
      interchangeControlNumber: file.control.interchange,
      groupControlNumber: file.control.group,
      transactionSetControlNumber: file.control.transactionSet,
      date: file.date,
      time: file.time,
      usage: interchange.usage_indicator ?? 'T',
      ...(interchange.application_sender_code ? { applicationSenderCode: interchange.application_sender_code } : {}),
      ...(interchange.application_receiver_code ? { applicationReceiverCode: interchange.application_receiver_code } : {}),
    },
    header: {
      referenceNumber: `OE${String(file.control.interchange).padStart(9, '0')}`,
      // An 834 change file carries only changes (BGN08 2); a full file the whole population (4, or RX).
      actionCode: file.kind === 'change' ? '2' : (file.carrier.full_file_action_code ?? '4'),
      ...(file.kind === 'full' ? { fileEffectiveDate: file.date } : {}),
    },
    sponsor: { name: file.sponsor.name, id: (file.sponsor.fein ?? '').replace(/-/g, '') || file.carrierGroupNumber, idQualifier: file.sponsor.fein ? 'FI' : '94' },
    payer: { name: file.carrier.name, id: file.carrier.payer_identifier, idQualifier: 'FI' },
    members,
  };
}
