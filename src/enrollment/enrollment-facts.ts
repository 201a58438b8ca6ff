/**
 * The plain data the enrollment rules read, and the code lists they share with the API schemas and the
 * 834 writer. Field names are the API's (snake_case) so rows and request bodies pass through unchanged.
 */
import type { IsoDate } from './dates.ts';

/**
 * Every product line, in both of Ideon's vocabularies: a plan names a general line (`life`,
 * `disability`), a plan election names a specific one (`voluntary_life`, `short_term_disability`).
 */
export const PRODUCT_LINES = [
  'medical',
  'dental',
  'vision',
  'life',
  'voluntary_life',
  'non_voluntary_life',
  'accidental_death_dismemberment',
  'voluntary_accidental_death_dismemberment',
  'life_accidental_death_dismemberment',
  'voluntary_life_accidental_death_dismemberment',
  'accident',
  'critical_illness',
  'hospital_indemnity',
  'disability',
  'short_term_disability',
  'long_term_disability',
  'cancer',
  'legal',
  'identity_protection',
  'pet',
  'absence_management',
  'employee_assistance_program',
] as const;
export type ProductLine = (typeof PRODUCT_LINES)[number];

/** The general line a plan may carry for an election under a specific line (absent: the line itself). */
const GENERAL_PRODUCT_LINE: Partial<Record<ProductLine, ProductLine>> = {
  voluntary_life: 'life',
  non_voluntary_life: 'life',
  voluntary_accidental_death_dismemberment: 'accidental_death_dismemberment',
  voluntary_life_accidental_death_dismemberment: 'life_accidental_death_dismemberment',
  short_term_disability: 'disability',
  long_term_disability: 'disability',
};

/** Whether a plan of `planLine` can be elected under the plan_elections key `electionLine`. */
export function planServesProductLine(planLine: ProductLine, electionLine: ProductLine): boolean {
  return planLine === electionLine || planLine === GENERAL_PRODUCT_LINE[electionLine];
}

export function isProductLine(value: string): value is ProductLine {
  return (PRODUCT_LINES as readonly string[]).includes(value);
}

export const SUBSCRIBER_RELATIONSHIPS = [
  'self',
  'spouse',
  'registered_domestic_partner',
  'child',
  'stepchild',
  'grandchild',
  'foster_child',
  'adopted_child',
  'court_ordered_dependent',
  'ward',
  'other',
] as const;
export type SubscriberRelationship = (typeof SUBSCRIBER_RELATIONSHIPS)[number];

/** The relationships of which a subscriber may have only one at a time. */
export const SPOUSAL_RELATIONSHIPS: readonly SubscriberRelationship[] = ['spouse', 'registered_domestic_partner'];

export function isSpousal(relationship: SubscriberRelationship): boolean {
  return SPOUSAL_RELATIONSHIPS.includes(relationship);
}

export const QUALIFYING_LIFE_EVENTS = [
  'initial_enrollment',
  'open_enrollment',
  'new_hire',
  'newly_eligible',
  're_hire',
  'marriage',
  'divorce',
  'birth',
  'adoption',
  'death',
  'loss_of_coverage',
  'termination_of_employment',
  'cobra',
  // A dependent who is no longer eligible (DELETE /dependents/:id records one): coverage ends, the
  // member leaves the family from the day after.
  'loss_of_eligibility',
  // Recorded by the worker's daily age-out job only (age-outs/age-out-job.ts), never by a client.
  'age_out',
] as const;
export type QualifyingLifeEventType = (typeof QUALIFYING_LIFE_EVENTS)[number];

/** The events a client may record: every one but those the system records itself. */
export const CLIENT_QUALIFYING_LIFE_EVENTS = QUALIFYING_LIFE_EVENTS.filter((event) => event !== 'age_out');

export const COVERAGE_STATUSES = ['employer_sponsored', 'cobra'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export const TERMINATION_RULES = ['end_of_month', 'event_date'] as const;
export type TerminationRule = (typeof TERMINATION_RULES)[number];

export const PLAN_ELECTION_TYPES = ['election', 'waiver'] as const;
export type PlanElectionType = (typeof PLAN_ELECTION_TYPES)[number];

/** Days after a birth or adoption in which it may still be reported, when the coverage period sets none. */
export const DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS = 60;

/** The retroactive_days and future_days a coverage period usually sets; a period that sets none has no limit. */
export const RECOMMENDED_RETROACTIVE_DAYS = 60;
export const RECOMMENDED_FUTURE_DAYS = 180;

export interface CoveragePeriodFacts {
  id: string;
  coverage_start_date: IsoDate;
  coverage_end_date: IsoDate;
  open_enrollment_start_date?: IsoDate | null;
  open_enrollment_end_date?: IsoDate | null;
  termination_rule: TerminationRule;
  /** Defaults to DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS. */
  birth_enrollment_window_days?: number;
  /** Days before today a change may take effect; null or absent: no limit. */
  retroactive_days?: number | null;
  /** Days after today a change may take effect; null or absent: no limit. */
  future_days?: number | null;
}

export interface PlanFacts {
  id: string;
  coverage_period_id: string;
  product_line: ProductLine;
}

export interface MemberFacts {
  id: string;
  is_subscriber: boolean;
  subscriber_relationship: SubscriberRelationship;
  birth_date?: IsoDate | null;
  /** The day a dependent was removed from the subscriber; their coverage may run to this day, no later. */
  removed_on?: IsoDate | null;
  /** A disabled child keeps coverage past the dependent age limit. */
  handicapped?: boolean | null;
}

export interface EmploymentDetails {
  status?: string | null;
  start_date?: IsoDate | null;
  end_date?: IsoDate | null;
  /** Weekly hours worked, judged against an eligibility rule's minimum. */
  hours_per_week?: number | null;
}

export interface SubscriberFacts extends MemberFacts {
  employment_details: EmploymentDetails;
  dependents: MemberFacts[];
}

/** One effective-dated coverage row as stored; `end_date` is the last covered day, `null` open-ended. */
export interface ExistingCoverage {
  id: string;
  member_id: string;
  coverage_period_id: string;
  plan_id: string;
  product_line: ProductLine;
  status: CoverageStatus;
  start_date: IsoDate;
  end_date: IsoDate | null;
  volume?: number | null;
}

export interface CoverageElection {
  member_id: string;
  status: CoverageStatus;
  start_date: IsoDate;
  end_date?: IsoDate | null;
  /** Zero-decimal currency (cents), for life and disability lines. */
  volume?: number | null;
}

export interface PlanElection {
  plan_id?: string;
  type: PlanElectionType;
  waiver_reason?: string;
  waiver_signature_date?: IsoDate;
  coverages?: CoverageElection[];
}

export type PlanElections = { [line in ProductLine]?: PlanElection };

/** The elections of a request as [line, election] pairs, in request order; unknown lines are left out. */
export function planElectionEntries(elections: PlanElections | undefined): Array<[ProductLine, PlanElection]> {
  const entries: Array<[ProductLine, PlanElection]> = [];
  for (const [line, election] of Object.entries(elections ?? {})) {
    if (isProductLine(line) && election !== undefined) entries.push([line, election]);
  }
  return entries;
}

/** The body of POST /subscribers/:id/qualifying_life_events, inside `qualifying_life_event`. */
export interface QualifyingLifeEventInput {
  event: QualifyingLifeEventType;
  date: IsoDate;
  eligibility_start_date?: IsoDate;
  coverage_period_id: string;
  external_identifier?: string;
  /** The member the event is about (the newborn, the new or former spouse, the member who died or lost coverage). */
  member_id?: string;
  plan_elections?: PlanElections;
  /**
   * The lines a birth or adoption adds the child to (a marriage the spouse), each with the family's
   * plan and without restating the family; absent on a birth or adoption: every line where the family
   * has dependent coverage. See life-event-semantics.ts.
   */
  product_lines?: ProductLine[];
  /** A loss of eligibility's last covered day, when not the termination rule's date after `date`. */
  coverage_end_date?: IsoDate;
}

/** What the rules need to know besides the request. `plans` are the plans of the coverage period. */
export interface QualifyingLifeEventContext {
  subscriber: SubscriberFacts;
  coveragePeriod: CoveragePeriodFacts;
  plans: PlanFacts[];
  existingCoverages: ExistingCoverage[];
  today: IsoDate;
}
