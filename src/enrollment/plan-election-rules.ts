/**
 * Rules on the plan elections of a qualifying life event: the plan, the members listed, their dates,
 * and the rules between members of one product line (one listing each, subscriber first, one spouse).
 */
import { compareDates, dayBefore, isIsoDate, isWithin, type IsoDate } from './dates.ts';
import {
  COVERAGE_STATUSES,
  PLAN_ELECTION_TYPES,
  isProductLine,
  isSpousal,
  planServesProductLine,
  type CoverageElection,
  type ExistingCoverage,
  type MemberFacts,
  type PlanElection,
  type ProductLine,
  type QualifyingLifeEventContext,
  type QualifyingLifeEventInput,
} from './enrollment-facts.ts';
import { isRemoved } from './dependent-rules.ts';
import { calendarDateViolations, violation, type RuleViolation } from './rule-violations.ts';

/** The subscriber and dependents on file, by id. */
export type Family = Map<string, MemberFacts>;

/** A listed coverage with its position in the request, for naming the field at fault. */
interface ListedCoverage {
  coverage: CoverageElection;
  parameter: (field: keyof CoverageElection) => string;
}

export function validatePlanElections(
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
  family: Family,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const [key, election] of Object.entries(input.plan_elections ?? {})) {
    const prefix = `plan_elections.${key}`;
    if (!isProductLine(key)) {
      violations.push(violation('invalid_request.parameter_invalid', prefix, `"${key}" is not a product line this API knows.`));
      continue;
    }
    if (election === undefined) continue;
    if (!(PLAN_ELECTION_TYPES as readonly string[]).includes(election.type)) {
      violations.push(
        violation('invalid_request.parameter_invalid', `${prefix}.type`, 'The type of a plan election must be "election" or "waiver".'),
      );
      continue;
    }
    violations.push(
      ...(election.type === 'waiver'
        ? validateWaiver(election, prefix)
        : validateElection(key, election, prefix, input, ctx, family)),
    );
  }
  return violations;
}

function validateWaiver(election: PlanElection, prefix: string): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!election.waiver_reason?.trim()) {
    violations.push(
      violation('invalid_request.parameter_required', `${prefix}.waiver_reason`, 'A waiver needs a waiver_reason: say why coverage is declined.'),
    );
  }
  if ((election.coverages ?? []).length > 0) {
    violations.push(
      violation(
        'invalid_request.parameter_not_allowed',
        `${prefix}.coverages`,
        'A waiver declines coverage and cannot list coverages; remove them, or make this an election.',
      ),
    );
  }
  return violations;
}

function validateElection(
  line: ProductLine,
  election: PlanElection,
  prefix: string,
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
  family: Family,
): RuleViolation[] {
  const violations = validateElectedPlan(line, election, prefix, ctx);
  const coverages = election.coverages ?? [];
  if (coverages.length === 0) {
    violations.push(
      violation(
        'invalid_request.parameter_required',
        `${prefix}.coverages`,
        'An election needs at least one coverage; list the members covered, or send a waiver instead.',
      ),
    );
    return violations;
  }
  const listed: ListedCoverage[] = coverages.map((coverage, index) => ({
    coverage,
    parameter: (field) => `${prefix}.coverages[${index}].${field}`,
  }));
  for (const item of listed) violations.push(...validateCoverage(item, input, ctx, family));
  violations.push(...validateDuplicateMembers(listed));
  violations.push(...validateSubscriberCovered(line, listed, input, ctx));
  violations.push(...validateOneSpouse(listed, family));
  return violations;
}

function validateElectedPlan(
  line: ProductLine,
  election: PlanElection,
  prefix: string,
  ctx: QualifyingLifeEventContext,
): RuleViolation[] {
  const parameter = `${prefix}.plan_id`;
  if (!election.plan_id) {
    return [violation('invalid_request.parameter_required', parameter, `An election needs the plan_id of the ${line} plan elected.`)];
  }
  const plan = ctx.plans.find((candidate) => candidate.id === election.plan_id);
  if (!plan || plan.coverage_period_id !== ctx.coveragePeriod.id) {
    return [
      violation(
        'unprocessable.plan_not_found',
        parameter,
        `Plan ${election.plan_id} is not offered in coverage period ${ctx.coveragePeriod.id}; choose one of that period's plans.`,
      ),
    ];
  }
  if (!planServesProductLine(plan.product_line, line)) {
    return [
      violation(
        'unprocessable.plan_product_line_mismatch',
        parameter,
        `Plan ${plan.id} is a ${plan.product_line} plan and cannot be elected under ${line}; move it under its own product line.`,
      ),
    ];
  }
  return [];
}

function validateCoverage(
  { coverage, parameter }: ListedCoverage,
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
  family: Family,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const member = family.get(coverage.member_id);
  const isCobraContinuation = input.event === 'cobra' && coverage.status === 'cobra';

  if (!member) {
    violations.push(
      violation(
        'unprocessable.member_not_found',
        parameter('member_id'),
        `Member ${coverage.member_id} is neither this subscriber nor one of their dependents; add the dependent to the subscriber first.`,
      ),
    );
  } else if (member.removed_on && !isCobraContinuation && coversPast(coverage, member.removed_on)) {
    // A removed dependent may still be listed to end coverage up to the removal; COBRA exists for them.
    violations.push(
      violation(
        'unprocessable.member_removed',
        parameter('member_id'),
        `Member ${coverage.member_id} was removed from the subscriber on ${member.removed_on}; their coverage must end by then (COBRA continuation uses a cobra event).`,
      ),
    );
  }

  if (!(COVERAGE_STATUSES as readonly string[]).includes(coverage.status)) {
    violations.push(
      violation('invalid_request.parameter_invalid', parameter('status'), `The status must be one of: ${COVERAGE_STATUSES.join(', ')}.`),
    );
  } else if (input.event === 'cobra' && coverage.status !== 'cobra') {
    violations.push(
      violation(
        'invalid_request.cobra_status_required',
        parameter('status'),
        'Coverages elected on a cobra event are COBRA continuations: set their status to "cobra".',
      ),
    );
  }

  if (coverage.volume !== undefined && coverage.volume !== null && !(Number.isSafeInteger(coverage.volume) && coverage.volume >= 0)) {
    violations.push(
      violation(
        'invalid_request.parameter_invalid',
        parameter('volume'),
        'The volume is an amount in cents: a whole number of zero or more (80000 for $800.00).',
      ),
    );
  }

  violations.push(...validateCoverageDates({ coverage, parameter }, input, ctx, member));
  return violations;
}

function validateCoverageDates(
  { coverage, parameter }: ListedCoverage,
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
  member: MemberFacts | undefined,
): RuleViolation[] {
  const startViolations = calendarDateViolations(coverage.start_date, parameter('start_date'), 'The coverage start date', true);
  const endViolations = calendarDateViolations(coverage.end_date, parameter('end_date'), 'The coverage end date', false);
  if (startViolations.length > 0 || endViolations.length > 0) return [...startViolations, ...endViolations];

  const violations: RuleViolation[] = [];
  const { start_date: start } = coverage;
  const end = coverage.end_date ?? null;
  const period = ctx.coveragePeriod;
  const periodText = `the coverage period (${period.coverage_start_date} to ${period.coverage_end_date})`;

  if (end !== null && compareDates(end, start) < 0) {
    violations.push(
      violation(
        'invalid_request.end_date_before_start_date',
        parameter('end_date'),
        `The coverage ends on ${end}, before it starts on ${start}; the end date is the last covered day.`,
      ),
    );
  }
  if (!isWithin(start, period.coverage_start_date, period.coverage_end_date)) {
    violations.push(
      violation('unprocessable.coverage_outside_period', parameter('start_date'), `The coverage start date ${start} is outside ${periodText}.`),
    );
  }
  if (end !== null && compareDates(end, period.coverage_end_date) > 0) {
    violations.push(
      violation(
        'unprocessable.coverage_outside_period',
        parameter('end_date'),
        `The coverage end date ${end} is after the end of ${periodText}; coverage in the next period is elected in that period.`,
      ),
    );
  }
  // Coverage of a newborn or adopted child is effective on the day of the event (HIPAA special enrollment).
  if (
    member &&
    (input.event === 'birth' || input.event === 'adoption') &&
    isIsoDate(input.date) &&
    isEventChild(member, input) &&
    start !== input.date
  ) {
    violations.push(
      violation(
        'unprocessable.child_coverage_start_mismatch',
        parameter('start_date'),
        `The child's coverage must start on the day of the ${input.event}, ${input.date}, not ${start}.`,
      ),
    );
  }
  return violations;
}

/** The child a birth or adoption is about: the member named, else (birth) a dependent born that day. */
function isEventChild(member: MemberFacts, input: QualifyingLifeEventInput): boolean {
  if (input.member_id !== undefined) return member.id === input.member_id;
  return input.event === 'birth' && !member.is_subscriber && member.birth_date === input.date;
}

function validateDuplicateMembers(listed: readonly ListedCoverage[]): RuleViolation[] {
  const seen = new Set<string>();
  const violations: RuleViolation[] = [];
  for (const { coverage, parameter } of listed) {
    if (seen.has(coverage.member_id)) {
      violations.push(
        violation(
          'invalid_request.duplicate_member',
          parameter('member_id'),
          `Member ${coverage.member_id} is listed more than once in this product line; list each member once with their new coverage.`,
        ),
      );
    }
    seen.add(coverage.member_id);
  }
  return violations;
}

/**
 * Carriers cover a dependent through the subscriber, so a listed dependent needs the subscriber listed
 * in the same line on every day of the dependent's coverage. COBRA is the exception (Ideon: "dependents
 * can elect coverage without an active subscriber using this event type"): on a cobra event a
 * dependent's continuation stands alone, e.g. an ex-spouse's after a divorce.
 */
function validateSubscriberCovered(
  line: ProductLine,
  listed: readonly ListedCoverage[],
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
): RuleViolation[] {
  const subscriberId = ctx.subscriber.id;
  const subscriberCoverage = listed.find(({ coverage }) => coverage.member_id === subscriberId)?.coverage;
  const coveredFrom = subscriberCoverage && hasValidDates(subscriberCoverage) ? coveredSince(subscriberId, line, input.coverage_period_id, subscriberCoverage.start_date, ctx.existingCoverages) : undefined;
  const violations: RuleViolation[] = [];
  for (const { coverage, parameter } of listed) {
    if (coverage.member_id === subscriberId) continue;
    if (input.event === 'cobra' && coverage.status === 'cobra') continue;
    if (!subscriberCoverage) {
      violations.push(
        violation(
          'unprocessable.subscriber_not_covered',
          parameter('member_id'),
          `Dependent ${coverage.member_id} cannot be covered in this product line unless the subscriber is; list the subscriber's coverage too.`,
        ),
      );
      continue;
    }
    if (!hasValidDates(coverage) || !hasValidDates(subscriberCoverage)) continue;
    if (compareDates(coverage.start_date, coveredFrom ?? subscriberCoverage.start_date) < 0) {
      violations.push(
        violation(
          'unprocessable.subscriber_not_covered',
          parameter('start_date'),
          `Dependent coverage cannot start on ${coverage.start_date}, before the subscriber's starts on ${coveredFrom ?? subscriberCoverage.start_date}.`,
        ),
      );
    }
    const subscriberEnd = subscriberCoverage.end_date ?? null;
    if (subscriberEnd !== null && coversPast(coverage, subscriberEnd)) {
      violations.push(
        violation(
          'unprocessable.subscriber_not_covered',
          parameter('end_date'),
          `Dependent coverage must end by ${subscriberEnd}, when the subscriber's coverage ends.`,
        ),
      );
    }
  }
  return violations;
}

/**
 * The first day of the subscriber's unbroken coverage in the line that reaches `start`: the rows on
 * file ending the day before it, and those before them (a reinstatement continues a row that ended,
 * so the subscriber was covered from the first row's start, not only from the newest's).
 */
function coveredSince(subscriberId: string, line: ProductLine, periodId: string, start: IsoDate, existing: readonly ExistingCoverage[]): IsoDate {
  let from = start;
  for (let steps = 0; steps < existing.length; steps++) {
    const before = dayBefore(from);
    const previous = existing.find((row) => row.member_id === subscriberId && row.product_line === line && row.coverage_period_id === periodId && row.end_date === before && compareDates(row.start_date, from) < 0);
    if (!previous) break;
    from = previous.start_date;
  }
  return from;
}

/**
 * One spouse or registered domestic partner at a time: two listed in a line on overlapping dates is a
 * mistake. Removed members are left out — they can only appear as COBRA continuations (an ex-spouse).
 */
function validateOneSpouse(listed: readonly ListedCoverage[], family: Family): RuleViolation[] {
  const spouses = listed.filter(({ coverage }) => {
    const member = family.get(coverage.member_id);
    return member !== undefined && isSpousal(member.subscriber_relationship) && !isRemoved(member) && hasValidDates(coverage);
  });
  const violations: RuleViolation[] = [];
  spouses.forEach(({ coverage, parameter }, index) => {
    const overlapping = spouses
      .slice(0, index)
      .find((earlier) => earlier.coverage.member_id !== coverage.member_id && rangesOverlap(earlier.coverage, coverage));
    if (overlapping) {
      violations.push(
        violation(
          'unprocessable.multiple_spouses',
          parameter('member_id'),
          `Member ${coverage.member_id} and member ${overlapping.coverage.member_id} are both a spouse or partner covered on the same days; cover one, or end one's coverage first.`,
        ),
      );
    }
  });
  return violations;
}

function hasValidDates(coverage: CoverageElection): boolean {
  return isIsoDate(coverage.start_date) && (coverage.end_date === undefined || coverage.end_date === null || isIsoDate(coverage.end_date));
}

/** Whether the coverage runs past `lastDay` (an open-ended coverage always does). */
function coversPast(coverage: CoverageElection, lastDay: IsoDate): boolean {
  const end = coverage.end_date ?? null;
  if (end !== null && !isIsoDate(end)) return false;
  return end === null || compareDates(end, lastDay) > 0;
}

function rangesOverlap(a: CoverageElection, b: CoverageElection): boolean {
  const aEnd = a.end_date ?? null;
  const bEnd = b.end_date ?? null;
  return (aEnd === null || compareDates(b.start_date, aEnd) <= 0) && (bEnd === null || compareDates(a.start_date, bEnd) <= 0);
}
