/**
 * Events that do what people mean (issue 15): what an event implies beyond the elections it lists.
 * A birth or adoption adds the child to the family's lines without the family being restated; a
 * marriage sets the marital status (and may add the spouse); a termination of employment sets the
 * employment status and end date; a loss of eligibility ends on the day asked. Pure: the request and
 * the family's facts in, the request as the rules and the planner should read it out.
 */
import { compareDates, dayBefore, isIsoDate, isWithin, maxDate, type IsoDate } from './dates.ts';
import { isCancelled, terminationEndDate } from './coverage-rules.ts';
import {
  isSpousal,
  type CoverageElection,
  type EmploymentDetails,
  type ExistingCoverage,
  type PlanElections,
  type ProductLine,
  type QualifyingLifeEventContext,
  type QualifyingLifeEventInput,
} from './enrollment-facts.ts';
import { familyMembersById } from './dependent-rules.ts';
import { violation, type RuleViolation } from './rule-violations.ts';

export interface ImpliedElections {
  /** The request with the implied elections laid under the listed ones (a listed line wins). */
  input: QualifyingLifeEventInput;
  /** The lines the event adds its member to without the client restating them. */
  joined: ProductLine[];
  violations: RuleViolation[];
}

const JOINING_EVENTS = ['birth', 'adoption', 'marriage'] as const;

/**
 * The member the event adds joins each line named in `product_lines` (a birth or adoption with none
 * named: each line where a dependent of the family is covered on the day the child's coverage starts),
 * on the plan the family has there; everyone covered in the line is restated as they are, so the
 * planner keeps their rows and starts only the newcomer's. A line the family has no coverage in, or
 * has under more than one plan, cannot be joined this way: refused naming the line.
 */
export function impliedElections(input: QualifyingLifeEventInput, ctx: QualifyingLifeEventContext): ImpliedElections {
  const unchanged = { input, joined: [], violations: [] };
  if (!(JOINING_EVENTS as readonly string[]).includes(input.event) || input.member_id === undefined) return unchanged;
  const named = input.product_lines;
  if (input.event === 'marriage' && named === undefined) return unchanged;
  const member = familyMembersById(ctx.subscriber).get(input.member_id);
  if (!member || member.is_subscriber) return unchanged; // the event rules refuse it, naming member_id

  // A newborn's or adoptee's coverage starts on the event day (HIPAA special enrollment); a spouse's on
  // the eligibility start date when given.
  const start: IsoDate =
    input.event === 'marriage' && input.eligibility_start_date ? input.eligibility_start_date : maxDate(input.date, ctx.coveragePeriod.coverage_start_date);
  const runsOn = (row: ExistingCoverage) => !isCancelled(row) && compareDates(row.start_date, start) <= 0 && (row.end_date === null || compareDates(row.end_date, start) >= 0);
  const inForce = ctx.existingCoverages.filter((row) => row.coverage_period_id === input.coverage_period_id && runsOn(row));
  const lines =
    named ?? [...new Set(inForce.filter((row) => row.member_id !== ctx.subscriber.id && row.member_id !== member.id).map((row) => row.product_line))];

  const listed: PlanElections = { ...(input.plan_elections ?? {}) };
  const joined: ProductLine[] = [];
  const violations: RuleViolation[] = [];
  lines.forEach((line, index) => {
    if (input.plan_elections?.[line] !== undefined) return;
    const rows = inForce.filter((row) => row.product_line === line);
    const plans = new Set(rows.map((row) => row.plan_id));
    const parameter = named ? `product_lines[${index}]` : 'member_id';
    if (plans.size !== 1) {
      violations.push(
        violation(
          'unprocessable.no_family_coverage_to_join',
          parameter,
          plans.size === 0
            ? `The family has no ${line} coverage on ${start} for member ${member.id} to join; elect the line with plan_elections instead.`
            : `The family's ${line} coverage on ${start} is under more than one plan; list the ${line} election in plan_elections instead.`,
        ),
      );
      return;
    }
    if (rows.some((row) => row.member_id === member.id)) return; // already covered there: nothing to add
    const restated: CoverageElection[] = rows.map((row) => ({ member_id: row.member_id, status: row.status, start_date: row.start_date, end_date: row.end_date, volume: row.volume ?? null }));
    const subscriberRow = rows.find((row) => row.member_id === ctx.subscriber.id);
    listed[line] = {
      plan_id: [...plans][0]!,
      type: 'election',
      coverages: [...restated, { member_id: member.id, status: subscriberRow?.status ?? 'employer_sponsored', start_date: start, end_date: null }],
    };
    joined.push(line);
  });
  return { input: joined.length ? { ...input, plan_elections: listed } : input, joined, violations };
}

/** What an event changes on the subscriber's own record (the 834's DMG04 and INS08 follow). */
export interface SubscriberPatch {
  marital_status?: string;
  employment_details?: EmploymentDetails & Record<string, unknown>;
}

/**
 * A marriage makes the subscriber married (registered_domestic_partner for a partner); a termination
 * of employment makes the employment terminated, ending on the event date. Nothing when the record
 * already says so, so replaying the event changes nothing.
 */
export function subscriberPatchOfEvent(
  input: QualifyingLifeEventInput,
  ctx: Pick<QualifyingLifeEventContext, 'subscriber'>,
  current: { marital_status: string | null; employment_details: (EmploymentDetails & Record<string, unknown>) | null },
): SubscriberPatch {
  if (input.event === 'marriage') {
    const spouse = input.member_id ? familyMembersById(ctx.subscriber).get(input.member_id) : undefined;
    const status = spouse && isSpousal(spouse.subscriber_relationship) && spouse.subscriber_relationship === 'registered_domestic_partner' ? 'registered_domestic_partner' : 'married';
    return current.marital_status === status ? {} : { marital_status: status };
  }
  if (input.event === 'termination_of_employment') {
    const details = current.employment_details ?? {};
    if (details.status === 'terminated' && details.end_date === input.date) return {};
    return { employment_details: { ...details, status: 'terminated', end_date: input.date } };
  }
  return {};
}

/**
 * The last covered day of a member who loses eligibility: the day asked (DELETE /dependents/:id's
 * end_date), else the coverage period's termination rule applied to the event date.
 */
export function lossOfEligibilityEnd(input: QualifyingLifeEventInput, rule: QualifyingLifeEventContext['coveragePeriod']['termination_rule']): IsoDate {
  return input.coverage_end_date ?? terminationEndDate(input.date, rule);
}

/**
 * A loss of eligibility names a dependent, never the subscriber (a termination ends the subscriber);
 * coverage_end_date belongs to it alone.
 */
export function lossOfEligibilityViolations(input: QualifyingLifeEventInput, ctx: Pick<QualifyingLifeEventContext, 'subscriber' | 'coveragePeriod'>): RuleViolation[] {
  if (input.event !== 'loss_of_eligibility') {
    return input.coverage_end_date === undefined ? [] : [violation('invalid_request.parameter_not_allowed', 'coverage_end_date', 'coverage_end_date is for a loss_of_eligibility event only.')];
  }
  if (input.member_id === undefined) {
    return [violation('invalid_request.parameter_required', 'member_id', 'A loss_of_eligibility names the dependent who is no longer eligible in member_id.')];
  }
  if (input.member_id === ctx.subscriber.id) {
    return [violation('unprocessable.relationship_mismatch', 'member_id', 'A loss_of_eligibility names a dependent; the subscriber leaves with a termination_of_employment.')];
  }
  // The last covered day falls in the period (or is the day before it: a cancellation), never years away.
  const period = ctx.coveragePeriod;
  const end = input.coverage_end_date ?? (isIsoDate(input.date) ? lossOfEligibilityEnd(input, period.termination_rule) : undefined);
  if (end !== undefined && isIsoDate(end) && !isWithin(end, dayBefore(period.coverage_start_date), period.coverage_end_date)) {
    return [violation('unprocessable.coverage_outside_period', input.coverage_end_date === undefined ? 'date' : 'coverage_end_date', `The last covered day ${end} is outside the coverage period (${period.coverage_start_date} to ${period.coverage_end_date}).`)];
  }
  return [];
}
