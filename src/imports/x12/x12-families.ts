// An inbound 834's members as families of `CensusPerson`, the import engine's input (pure). Errors
// name the segment: `row` is the segment's position in the file (ISA = 1), `column` the element
// (`HD03`, `DMG02`) — so a sender can find the very place in their file.
//
// Grouping: a subscriber's loop (INS01 Y) and the dependents' loops after it, as the guide orders them.
// The subscriber's REF*0F is the family's external identifier; a dependent's is its REF*23 (the
// sender's own number for the person), else its own REF*0F when that differs from the subscriber's
// (files such as pyx12's give each member an id there), else one made from the family, INS02 and the
// birth date.
import { isIsoDate } from '../../enrollment/dates.ts';
import { planServesProductLine, type ProductLine } from '../../enrollment/enrollment-facts.ts';
import { US_STATES } from '../../http/common-schemas.ts';
import { productLineForInsuranceLine, relationshipForCode, type ReadMember834, type Issue } from '../../carriers/x12/index.ts';
import type { CensusError, CensusPerson } from '../census/census-columns.ts';
import type { SourceColumns } from '../census/census-families.ts';
import type { ImportPlan, MemberOutcome } from '../run-import.ts';

/** The 834's names for the places a planning rule may complain about. */
export const X12_COLUMNS: SourceColumns = {
  plan: () => 'HD04',
  coverageStart: () => 'DTP348',
  coverageEnd: () => 'DTP349',
  volume: () => 'HD',
  field: (name) =>
    ({
      birth_date: 'DMG02', gender: 'DMG03', subscriber_relationship: 'INS02', first_name: 'NM104', last_name: 'NM103', date: 'DTP348',
      external_identifier: 'REF', email: 'PER', ssn: 'NM109', address_line_1: 'N301', city: 'N401', employment_start_date: 'DTP336', employment_end_date: 'DTP337',
    })[name] ?? name,
};

/** Segment position as reported: 1-based, the ISA being 1 (the reader counts from 0). */
export const segmentRow = (segmentIndex: number) => segmentIndex + 1;

const GENDER: Record<string, string> = { F: 'female', M: 'male', U: 'unknown' };
const MARITAL: Record<string, string> = { I: 'single', U: 'single', M: 'married', D: 'divorced', W: 'widowed', S: 'separated', X: 'separated', B: 'registered_domestic_partner', R: 'unknown' };
// AC/AO/AU say "active" without saying full- or part-time: no status is read from them.
const EMPLOYMENT: Record<string, string> = { FT: 'full_time', PT: 'part_time', RT: 'retired', TE: 'terminated', L1: 'leave_of_absence' };
/** HD05 levels that cover the subscriber alone: dependents without HD loops do not inherit them. */
const SUBSCRIBER_ONLY_LEVELS = new Set(['EMP', 'IND']);
const TERMINATION = '024';

export interface X12Setting {
  /** The coverage period's plans: HD04 is matched to a plan's plan_identifier, else its external_identifier. */
  plans: readonly ImportPlan[];
  /** The coverage period's first day: a coverage that began earlier (a verification file) is kept from it. */
  periodStart?: string;
  /**
   * A change file (BGN08 2): each member transaction is applied against what is on file
   * (x12-changes.ts), so a member may leave out DMG, and a 024 may end everything with DTP*357 alone.
   */
  change?: boolean;
}

/** The plan an HD loop names: HD04 against plan_identifier then external_identifier; an empty HD04 takes the line's only plan. */
export function planForCoverage(line: ProductLine, description: string | undefined, plans: readonly ImportPlan[]): ImportPlan | { error: string } {
  const serving = plans.filter((plan) => planServesProductLine(plan.product_line, line));
  if (!description) {
    if (serving.length === 1) return serving[0]!;
    return { error: serving.length ? `HD04 is empty and the coverage period has ${serving.length} ${line} plans; HD04 must name one (a plan's plan_identifier)` : `The coverage period has no ${line} plan` };
  }
  const wanted = description.trim().toUpperCase();
  const plan = serving.find((p) => p.plan_identifier?.toUpperCase() === wanted) ?? serving.find((p) => p.external_identifier.toUpperCase() === wanted);
  return plan ?? { error: `No ${line} plan with plan_identifier or external_identifier "${description}" in this coverage period` };
}

interface PersonResult {
  person?: CensusPerson;
  errors: CensusError[];
  /** HD05 per line, for dependents sent without HD loops. */
  levels: Partial<Record<ProductLine, string>>;
}

/**
 * One member as a person. `readerFlagged`: the reader reported an error inside this member's loop (a
 * DMG02 or DTP03 that is no date, ...); what that error makes missing is not reported a second time.
 */
export function personFrom834(member: ReadMember834, subscriber: CensusPerson | null, setting: X12Setting, readerFlagged = false): PersonResult {
  const errors: CensusError[] = [];
  const row = segmentRow(member.segmentIndex);
  const fail = (at: number, column: string, error_type: string, message: string) => errors.push({ row: at, column, error_type, message });
  const levels: PersonResult['levels'] = {};

  const relationship = relationshipForCode(member.relationshipCode);
  if (!relationship) fail(row, 'INS02', 'unprocessable.relationship_unsupported', `INS02 "${member.relationshipCode}" has no relationship in this API (self 18, spouse 01, child 19, ...)`);
  else if ((relationship === 'self') !== member.isSubscriber) fail(row, 'INS01', 'invalid_request.parameter_invalid', 'INS01 Y (subscriber) goes with INS02 18 (self), and only with it');
  if (!member.subscriberId) fail(row, 'REF0F', 'invalid_request.parameter_required', 'The member has no subscriber identifier (REF*0F)');
  const subscriberExternalId = member.isSubscriber ? (member.subscriberId ?? '') : (subscriber?.externalIdentifier ?? member.subscriberId ?? '');
  const externalIdentifier = member.isSubscriber
    ? subscriberExternalId
    : (member.memberReference ??
      (member.subscriberId && member.subscriberId !== subscriberExternalId ? member.subscriberId : `${subscriberExternalId}-${member.relationshipCode}-${member.demographics?.birthDate ?? ''}`));

  const name = member.name;
  if (!name?.last) fail(row, 'NM103', 'invalid_request.parameter_required', 'The member has no last name (NM1*IL NM103)');
  if (!name?.first) fail(row, 'NM104', 'invalid_request.parameter_required', 'The member has no first name (NM104)');
  const ssn = member.ssn ?? null;
  if (ssn !== null && !/^[0-9]{9}$/.test(ssn)) fail(row, 'NM109', 'invalid_request.parameter_invalid', 'NM109 (with NM108 34) must be a nine-digit SSN');

  const demographics = member.demographics;
  const change = setting.change === true;
  if (!demographics && !readerFlagged && !change) fail(row, 'DMG02', 'invalid_request.parameter_required', 'The member has no birth date and gender (DMG*D8*CCYYMMDD*gender)');
  const gender = demographics ? GENDER[demographics.gender] : undefined;
  if (demographics && !gender) fail(row, 'DMG03', 'invalid_request.parameter_invalid', `DMG03 "${demographics.gender}" is not a gender code (F, M, U)`);

  let address: CensusPerson['address'] = null;
  if (member.address) {
    const { line1, line2, city, state, zip } = member.address;
    if (!line1) fail(row, 'N301', 'invalid_request.parameter_required', 'The address has no street (N301)');
    if (!city) fail(row, 'N401', 'invalid_request.parameter_required', 'The address has no city (N401)');
    if (!state || !(US_STATES as readonly string[]).includes(state)) fail(row, 'N402', 'invalid_request.parameter_invalid', `N402 "${state ?? ''}" is not a US state code`);
    if (!zip || !/^[0-9]{5}([0-9]{4})?$/.test(zip)) fail(row, 'N403', 'invalid_request.parameter_invalid', `N403 "${zip ?? ''}" is not a 5 or 9 digit ZIP code`);
    address = { address_line_1: line1, address_line_2: line2 ?? null, city, state: state ?? '', zip: zip ?? '' };
  }
  let phone = member.contact?.phone?.replace(/\D/g, '') ?? null;
  if (phone?.length === 11 && phone.startsWith('1')) phone = phone.slice(1);
  if (phone !== null && phone.length !== 10) fail(row, 'PER04', 'invalid_request.parameter_invalid', 'The phone number (PER TE) must have ten digits');
  const email = member.contact?.email ?? null;
  if (email !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(row, 'PER', 'invalid_request.parameter_invalid', 'The email (PER EM) is not an email address');

  const employmentStatus = member.isSubscriber && member.employmentStatus ? EMPLOYMENT[member.employmentStatus] : undefined;
  const employmentStart = member.dates?.employmentBegin;
  // The API keeps employment as status + start date: without DTP*336 there is nothing to keep.
  const employment = employmentStatus && employmentStart ? { status: employmentStatus, start_date: employmentStart, end_date: member.dates?.employmentEnd ?? null } : null;

  const plans: CensusPerson['plans'] = {};
  const coverage_starts: NonNullable<CensusPerson['coverage_starts']> = {};
  const coverage_ends: NonNullable<CensusPerson['coverage_ends']> = {};
  const coverage_rows: NonNullable<CensusPerson['coverage_rows']> = {};
  const volumes: CensusPerson['volumes'] = {};
  const memberEnds = member.maintenanceType === TERMINATION;
  // A plan change sends the old plan ending and the new one starting: per line, the loop not ending wins.
  const chosen = new Map<ProductLine, ReadMember834['coverages'][number]>();
  for (const coverage of member.coverages) {
    const at = segmentRow(coverage.segmentIndex);
    const line = productLineForInsuranceLine(coverage.insuranceLineCode);
    if (!line) {
      fail(at, 'HD03', 'unprocessable.insurance_line_unsupported', `HD03 "${coverage.insuranceLineCode}" is not a line of coverage this API keeps (HLT/HMO/PPO/EPO/POS/MM medical, DEN, VIS, STD, LTD)`);
      continue;
    }
    const previous = chosen.get(line);
    const ends = (c: typeof coverage) => c.maintenanceType === TERMINATION || c.endDate !== undefined;
    if (!previous || (ends(previous) && !ends(coverage)) || (ends(previous) === ends(coverage) && (coverage.startDate ?? '') > (previous.startDate ?? ''))) chosen.set(line, coverage);
  }
  for (const [line, coverage] of chosen) {
    const at = segmentRow(coverage.segmentIndex);
    const plan = planForCoverage(line, coverage.planCoverageDescription, setting.plans);
    if ('error' in plan) {
      fail(at, 'HD04', 'unprocessable.plan_not_found', plan.error);
      continue;
    }
    const end = coverage.endDate ?? (coverage.maintenanceType === TERMINATION || memberEnds ? member.dates?.eligibilityEnd : undefined);
    if (!coverage.startDate && !end && coverage.maintenanceType !== TERMINATION && !memberEnds) {
      if (!readerFlagged) fail(at, 'DTP348', 'invalid_request.parameter_required', 'The coverage has no start date (DTP*348)');
      continue;
    }
    if ((coverage.maintenanceType === TERMINATION || memberEnds) && !end) {
      fail(at, 'DTP349', 'invalid_request.parameter_required', 'A termination (HD01 or INS03 024) needs the last covered day: DTP*349 in the HD loop, or DTP*357 on the member');
      continue;
    }
    if (coverage.startDate && end && end < coverage.startDate && coverage.maintenanceType !== TERMINATION) {
      fail(at, 'DTP349', 'invalid_request.end_date_before_start_date', `The coverage ends (${end}) before it starts (${coverage.startDate})`);
      continue;
    }
    plans[line] = plan.external_identifier;
    // Begun before the period (a verification file's DTP*348): kept from the period's start, as the
    // acceptance warned (coverage_start_clipped). One that also ended before it is refused by the rules.
    const clipped = coverage.startDate && setting.periodStart && coverage.startDate < setting.periodStart && !(end && end < setting.periodStart) ? setting.periodStart : coverage.startDate;
    coverage_starts[line] = clipped ?? null;
    if (end) coverage_ends[line] = clipped && end < clipped ? clipped : end;
    coverage_rows[line] = at;
    // AMT*FK: the coverage's amount (volume), in cents.
    if (coverage.coverageAmountCents !== undefined) volumes[line] = coverage.coverageAmountCents;
    if (coverage.coverageLevel) levels[line] = coverage.coverageLevel;
  }
  const endAll = change && memberEnds && member.coverages.length === 0 ? member.dates?.eligibilityEnd : undefined;
  if (memberEnds && member.coverages.length === 0 && !endAll) {
    fail(row, 'HD', 'invalid_request.parameter_required', change ? 'A member termination (INS03 024) needs the last covered day: DTP*357 on the member, or HD*024 loops with DTP*349' : 'A member termination (INS03 024) must list the coverages that end (HD*024 with DTP*349)');
  }

  if (errors.length || !relationship || !name?.first || !name.last) return { errors, levels };
  if (!change || demographics) {
    if (!demographics || !gender || !isIsoDate(demographics.birthDate)) return { errors, levels };
  }
  return {
    errors,
    levels,
    person: {
      row,
      subscriberExternalId,
      externalIdentifier,
      relationship,
      first_name: name.first,
      middle_name: name.middle ?? null,
      last_name: name.last,
      suffix: name.suffix ?? null,
      ssn,
      gender: gender ?? '',
      birth_date: demographics?.birthDate ?? '',
      marital_status: member.isSubscriber && demographics?.maritalStatus ? (MARITAL[demographics.maritalStatus] ?? null) : null,
      address,
      email,
      phone,
      employment,
      coverage_start_date: null,
      plans,
      volumes,
      coverage_starts,
      coverage_ends,
      coverage_rows,
      ...(member.carrierMemberId ? { carrierMemberId: member.carrierMemberId } : {}),
      ...(change
        ? {
            change: {
              maintenanceType: member.maintenanceType,
              demographics: demographics !== undefined,
              address: member.address !== undefined,
              contact: member.contact !== undefined,
              employment: employment !== null,
              ssn: ssn !== null,
              ...(endAll ? { endAll } : {}),
              ...(member.maintenanceType === '025' && member.coverages.length === 0 ? { reinstateAll: true } : {}),
            },
          }
        : {}),
    },
  };
}

/**
 * Members → families, one member at a time (a file is never whole in memory). `push` answers a family
 * when the next subscriber (or the end) completes it. A family with a bad member is not answered: its
 * errors are, and the rest of the file is still read so that every bad segment is reported.
 */
export class FamilyAssembler {
  readonly #setting: X12Setting;
  #family: CensusPerson[] | null = null;
  #subscriberLevels: PersonResult['levels'] = {};
  #familyFailed = false;
  readonly #seen = new Set<string>();
  /** INS segment indexes of the members the reader found errors in (see flaggedMembers). */
  readonly #flagged: ReadonlySet<number>;

  constructor(setting: X12Setting, flagged: ReadonlySet<number> = new Set()) {
    this.#setting = setting;
    this.#flagged = flagged;
  }

  /** A new transaction set: its first member must be a subscriber. */
  startTransactionSet(): CensusPerson[] | undefined {
    return this.#take();
  }

  push(member: ReadMember834): { family?: CensusPerson[]; errors: CensusError[]; rejected?: MemberOutcome[]; described?: MemberOutcome[] } {
    if (this.#setting.change) return this.#pushChange(member);
    const row = segmentRow(member.segmentIndex);
    const flagged = this.#flagged.has(member.segmentIndex);
    // A full file's family is applied whole: a bad member rejects it, and every member of it is listed
    // as rejected (its errors stay the file's, so the file is refused as a whole).
    const outcome = (externalIdentifier: string | null, errors: CensusError[], note?: string) => rejectedMember(member, externalIdentifier, errors, note);
    const withFamily = (errors: CensusError[], externalIdentifier: string | null) => {
      const others = (this.#family ?? []).map((p): MemberOutcome => ({ row: p.row, external_identifier: p.externalIdentifier, maintenance_type: p.change?.maintenanceType ?? null, outcome: 'rejected', errors: [], note: FAMILY_REJECTED }));
      return [...others, outcome(externalIdentifier, errors)];
    };
    if (member.isSubscriber) {
      const family = this.#take();
      const result = personFrom834(member, null, this.#setting, flagged);
      const errors = [...result.errors];
      if (result.person && this.#seen.has(result.person.externalIdentifier)) {
        errors.push({ row, column: 'REF0F', error_type: 'invalid_request.duplicate_external_identifier', message: `Subscriber ${result.person.externalIdentifier} appears twice in the file` });
      }
      if (errors.length || !result.person || flagged) {
        this.#familyFailed = true;
        this.#family = null;
        return { ...(family ? { family } : {}), errors, described: [outcome(result.person?.externalIdentifier ?? member.subscriberId ?? null, errors)] };
      }
      this.#seen.add(result.person.externalIdentifier);
      this.#family = [result.person];
      this.#subscriberLevels = result.levels;
      return { ...(family ? { family } : {}), errors };
    }
    if (this.#familyFailed) {
      // The subscriber's loop was reported; its dependents are still checked, each error once.
      const errors = personFrom834(member, null, this.#setting, flagged).errors;
      return { errors, described: [outcome(member.memberReference ?? null, errors, FAMILY_REJECTED)] };
    }
    if (!this.#family) {
      const errors = [{ row, column: 'INS01', error_type: 'invalid_request.parameter_invalid', message: "A dependent's loop (INS01 N) must follow its subscriber's (INS01 Y)" }];
      return { errors, described: [outcome(member.memberReference ?? null, errors)] };
    }
    const subscriber = this.#family[0]!;
    const result = personFrom834(member, subscriber, this.#setting, flagged);
    if (!result.person || flagged) {
      const described = withFamily(result.errors, result.person?.externalIdentifier ?? member.memberReference ?? null);
      this.#familyFailed = true;
      this.#family = null;
      return { errors: result.errors, described };
    }
    const person = result.person;
    if (this.#family.some((p) => p.externalIdentifier === person.externalIdentifier)) {
      const errors = [{ row, column: 'REF23', error_type: 'invalid_request.duplicate_external_identifier', message: `Two members of family ${subscriber.externalIdentifier} have the identifier ${person.externalIdentifier}; send REF*23 for each dependent` }];
      const described = withFamily(errors, person.externalIdentifier);
      this.#familyFailed = true;
      this.#family = null;
      return { errors, described };
    }
    // A dependent sent without HD loops is covered by the subscriber's loops whose level covers dependents (FAM, ESP, ...).
    if (!member.coverages.length) {
      for (const [line, level] of Object.entries(this.#subscriberLevels) as [ProductLine, string][]) {
        if (SUBSCRIBER_ONLY_LEVELS.has(level) || !subscriber.plans[line]) continue;
        person.plans[line] = subscriber.plans[line];
        person.coverage_starts![line] = subscriber.coverage_starts![line] ?? null;
        if (subscriber.coverage_ends![line]) person.coverage_ends![line] = subscriber.coverage_ends![line];
        person.coverage_rows![line] = subscriber.coverage_rows![line]!;
      }
    }
    this.#family.push(person);
    return { errors: [] };
  }

  /**
   * A change file's member: a bad member is rejected alone (its subscriber's dependents with it); a
   * dependent's loop without its subscriber's stands for the family on file named by REF*0F.
   */
  #pushChange(member: ReadMember834): { family?: CensusPerson[]; errors: CensusError[]; rejected?: MemberOutcome[] } {
    const row = segmentRow(member.segmentIndex);
    const flagged = this.#flagged.has(member.segmentIndex);
    const rejected = (errors: CensusError[], externalIdentifier: string | null) => rejectedMember(member, externalIdentifier, errors);
    if (member.isSubscriber) {
      const family = this.#take();
      const result = personFrom834(member, null, this.#setting, flagged);
      if (!result.person || flagged || result.errors.length) {
        this.#familyFailed = true;
        return { ...(family ? { family } : {}), errors: [], rejected: [rejected(result.errors, member.subscriberId ?? null)] };
      }
      this.#family = [result.person];
      this.#subscriberLevels = result.levels;
      return { ...(family ? { family } : {}), errors: [] };
    }
    if (this.#familyFailed) {
      const errors = personFrom834(member, null, this.#setting, flagged).errors;
      // Rejected with its subscriber: its own errors are reported, the subscriber's are not again.
      return { errors: [], rejected: [{ ...rejected(errors, member.memberReference ?? null), note: "The subscriber's loop before this dependent's was rejected" }] };
    }
    let family: CensusPerson[] | undefined;
    const current = this.#family?.[0];
    if (!current || (current.change?.placeholder && member.subscriberId !== current.externalIdentifier)) {
      family = this.#take();
      if (!member.subscriberId) return { ...(family ? { family } : {}), errors: [], rejected: [rejected([{ row, column: 'REF0F', error_type: 'invalid_request.parameter_required', message: "A dependent's loop without its subscriber's needs the subscriber's identifier (REF*0F) to find the family on file" }], null)] };
      this.#family = [placeholderSubscriber(member.subscriberId, row)];
    }
    const subscriber = this.#family![0]!;
    const result = personFrom834(member, subscriber, this.#setting, flagged);
    const person = result.person;
    if (!person || flagged || result.errors.length) return { ...(family ? { family } : {}), errors: [], rejected: [rejected(result.errors, member.memberReference ?? null)] };
    if (this.#family!.some((p) => p.externalIdentifier === person.externalIdentifier)) {
      return { ...(family ? { family } : {}), errors: [], rejected: [rejected([{ row, column: 'REF23', error_type: 'invalid_request.duplicate_external_identifier', message: `Two members of family ${subscriber.externalIdentifier} in one transaction have the identifier ${person.externalIdentifier}; send REF*23 for each dependent` }], person.externalIdentifier)] };
    }
    if (!member.coverages.length && !subscriber.change?.placeholder) {
      for (const [line, level] of Object.entries(this.#subscriberLevels) as [ProductLine, string][]) {
        if (SUBSCRIBER_ONLY_LEVELS.has(level) || !subscriber.plans[line]) continue;
        person.plans[line] = subscriber.plans[line];
        person.coverage_starts![line] = subscriber.coverage_starts![line] ?? null;
        if (subscriber.coverage_ends![line]) person.coverage_ends![line] = subscriber.coverage_ends![line];
        person.coverage_rows![line] = subscriber.coverage_rows![line]!;
      }
    }
    this.#family!.push(person);
    return { ...(family ? { family } : {}), errors: [] };
  }

  /** The last family, at the end of the file. */
  end(): CensusPerson[] | undefined {
    return this.#take();
  }

  #take(): CensusPerson[] | undefined {
    const family = this.#family;
    this.#family = null;
    this.#familyFailed = false;
    this.#subscriberLevels = {};
    return family ?? undefined;
  }
}

/** A member transaction rejected while reading, at its INS segment. */
const rejectedMember = (member: ReadMember834, externalIdentifier: string | null, errors: CensusError[], note?: string): MemberOutcome => ({
  row: segmentRow(member.segmentIndex),
  external_identifier: externalIdentifier,
  maintenance_type: member.maintenanceType,
  outcome: 'rejected',
  errors,
  ...(note ? { note } : {}),
});

const FAMILY_REJECTED = 'Another member of this family was rejected: a full file’s family is applied whole';

/** Stands for the subscriber on file, whose loop the transaction leaves out (filled by x12-changes.ts). */
function placeholderSubscriber(externalIdentifier: string, row: number): CensusPerson {
  return {
    row, subscriberExternalId: externalIdentifier, externalIdentifier, relationship: 'self', first_name: '', middle_name: null, last_name: '', suffix: null, ssn: null, gender: '', birth_date: '',
    marital_status: null, address: null, email: null, phone: null, employment: null, coverage_start_date: null, plans: {}, volumes: {}, coverage_starts: {}, coverage_ends: {}, coverage_rows: {},
    change: { maintenanceType: '', placeholder: true, demographics: false, address: false, contact: false, employment: false, ssn: false },
  };
}

/**
 * The reader's errors (a date that is no date, a code outside the guide's list, broken envelopes) as
 * import errors, each at its segment.
 */
export function readerErrors(issues: readonly Issue[]): CensusError[] {
  return issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => ({
      row: segmentRow(issue.segmentIndex),
      column: issue.elementPosition !== undefined ? `${issue.segmentId}${String(issue.elementPosition).padStart(2, '0')}` : issue.segmentId,
      error_type: 'invalid_request.x12_invalid',
      message: issue.message,
    }));
}

/** The members (by the index of their INS segment; `memberStarts` ascending) that hold a reader error. */
export function flaggedMembers(issues: readonly Issue[], memberStarts: readonly number[]): Set<number> {
  const flagged = new Set<number>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    let low = 0;
    let high = memberStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (memberStarts[middle]! <= issue.segmentIndex) {
        found = memberStarts[middle]!;
        low = middle + 1;
      } else high = middle - 1;
    }
    // An issue after the last member's loop (SE, GE, IEA) belongs to no member.
    if (found >= 0) flagged.add(found);
  }
  return flagged;
}
