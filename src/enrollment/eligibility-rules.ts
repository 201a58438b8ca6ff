/**
 * Benefit classes' eligibility rules (issue 15): per coverage period and employment classification,
 * the plans the class may elect, the minimum weekly hours and the waiting period after the date of
 * hire. Pure: the rules, the subscriber's class history and the planned changes in, violations out.
 *
 * - The rule that applies to a coverage row is the rule of the class the subscriber is in on the row's
 *   start date (the latest assignment effective on or before it), else the period's default rule
 *   (class null), else none: a period without rules accepts every election, as before.
 * - Only what the event starts is judged (like the time rules): a restated row that stays as it is was
 *   accepted when it started, and a later change of class or hours does not make it a violation.
 * - Waivers are always allowed.
 */
import { addDays, compareDates, dayAfter, endOfMonth, isIsoDate, startOfMonth, type IsoDate } from './dates.ts';
import type { CoverageChanges, StartedCoverage } from './coverage-changes.ts';
import { planElectionEntries, type QualifyingLifeEventContext, type QualifyingLifeEventInput } from './enrollment-facts.ts';
import { violation, type RuleViolation } from './rule-violations.ts';

export const WAITING_PERIOD_TYPES = ['first_of_month_after', 'date_of_hire', 'after_days'] as const;
export type WaitingPeriodType = (typeof WAITING_PERIOD_TYPES)[number];

export interface WaitingPeriod {
  type: WaitingPeriodType;
  /** Days after the date of hire; ignored by `date_of_hire`. */
  days?: number | null;
}

export interface EligibilityRuleFacts {
  id: string;
  /** null: the period's default rule, for subscribers whose class has no rule of its own. */
  employment_classification_id: string | null;
  /** How the class is named in messages (its external_identifier). */
  class_label?: string | null;
  /** null: any plan of the period. */
  plan_ids: string[] | null;
  minimum_hours_per_week: number | null;
  waiting_period: WaitingPeriod | null;
}

export interface ClassAssignmentFacts {
  employment_classification_id: string;
  effective_date: IsoDate;
}

export interface EligibilityFacts {
  rules: readonly EligibilityRuleFacts[];
  /** The subscriber's classes, each from its effective date (any order). */
  classHistory: readonly ClassAssignmentFacts[];
}

/**
 * The first day coverage may start after a hire on `hire`:
 * - `date_of_hire`: the date of hire itself;
 * - `after_days` N: N days after it (hired 1 March, 30 days: 31 March);
 * - `first_of_month_after` N: the first of a month on or after the N-th day after hire (hired
 *   15 January, 30 days: 14 February is the 30th day, so 1 March; a 30th day on the 1st is that day).
 */
export function earliestCoverageStart(hire: IsoDate, waitingPeriod: WaitingPeriod): IsoDate {
  const days = waitingPeriod.days ?? 0;
  if (waitingPeriod.type === 'date_of_hire') return hire;
  const waited = addDays(hire, days);
  if (waitingPeriod.type === 'after_days') return waited;
  return startOfMonth(waited) === waited ? waited : dayAfter(endOfMonth(waited));
}

/** The class the subscriber is in on `date`: the latest assignment effective on or before it. */
export function classOn(history: readonly ClassAssignmentFacts[], date: IsoDate): string | null {
  let found: ClassAssignmentFacts | null = null;
  for (const assignment of history) {
    if (compareDates(assignment.effective_date, date) > 0) continue;
    if (!found || compareDates(assignment.effective_date, found.effective_date) > 0) found = assignment;
  }
  return found?.employment_classification_id ?? null;
}

/** The rule of the class, else the period's default rule, else none. */
export function ruleForClass(rules: readonly EligibilityRuleFacts[], classId: string | null): EligibilityRuleFacts | undefined {
  return (classId === null ? undefined : rules.find((rule) => rule.employment_classification_id === classId)) ?? rules.find((rule) => rule.employment_classification_id === null);
}

const ruleName = (rule: EligibilityRuleFacts) =>
  rule.employment_classification_id === null ? "the coverage period's default eligibility rule" : `the eligibility rule of class ${rule.class_label ?? rule.employment_classification_id}`;

/** The request field a started row comes from: its coverage in the election, else the election. */
function parameterOf(input: QualifyingLifeEventInput, row: StartedCoverage): { line: string; coverage: string } {
  for (const [line, election] of planElectionEntries(input.plan_elections)) {
    if (line !== row.product_line) continue;
    const index = (election.coverages ?? []).findIndex((coverage) => coverage.member_id === row.member_id && coverage.start_date === row.start_date);
    return { line: `plan_elections.${line}`, coverage: index >= 0 ? `plan_elections.${line}.coverages[${index}]` : `plan_elections.${line}` };
  }
  return { line: 'plan_elections', coverage: 'plan_elections' };
}

/** Every started coverage the subscriber's class may not have; one violation per field and kind. */
export function eligibilityViolations(input: QualifyingLifeEventInput, changes: CoverageChanges, ctx: QualifyingLifeEventContext, facts: EligibilityFacts): RuleViolation[] {
  if (!facts.rules.length) return [];
  const employment = ctx.subscriber.employment_details;
  const found = new Map<string, RuleViolation>();
  const add = (key: string, made: () => RuleViolation) => {
    if (!found.has(key)) found.set(key, made());
  };
  for (const row of changes.started) {
    const rule = ruleForClass(facts.rules, classOn(facts.classHistory, row.start_date));
    if (!rule) continue;
    const at = parameterOf(input, row);
    if (rule.plan_ids !== null && !rule.plan_ids.includes(row.plan_id)) {
      add(`${at.line}:plan`, () => violation('unprocessable.plan_not_eligible_for_class', `${at.line}.plan_id`,
        `Plan ${row.plan_id} is not among the plans ${ruleName(rule)} allows (${rule.plan_ids!.join(', ') || 'none'}) for coverage starting ${row.start_date}.`));
    }
    const minimum = rule.minimum_hours_per_week;
    const hours = employment.hours_per_week ?? null;
    if (minimum !== null && (hours === null || hours < minimum)) {
      add(`${at.line}:hours`, () => violation('unprocessable.minimum_hours', at.line,
        hours === null
          ? `${ruleName(rule)} requires at least ${minimum} hours a week and the subscriber's employment_details.hours_per_week is not on file.`
          : `${ruleName(rule)} requires at least ${minimum} hours a week; the subscriber works ${hours} (employment_details.hours_per_week).`));
    }
    if (rule.waiting_period) {
      const hire = employment.start_date;
      if (!hire || !isIsoDate(hire)) {
        add(`${at.coverage}:wait`, () => violation('unprocessable.waiting_period', `${at.coverage}.start_date`,
          `${ruleName(rule)} has a waiting period after the date of hire, and the subscriber's employment_details.start_date is not on file.`));
        continue;
      }
      const earliest = earliestCoverageStart(hire, rule.waiting_period);
      if (compareDates(row.start_date, earliest) < 0) {
        const days = rule.waiting_period.type === 'date_of_hire' ? '' : ` ${rule.waiting_period.days ?? 0} days`;
        add(`${at.coverage}:wait`, () => violation('unprocessable.waiting_period', `${at.coverage}.start_date`,
          `Coverage starting ${row.start_date} is before the end of the waiting period (${rule.waiting_period!.type}${days} after the hire on ${hire}, ${ruleName(rule)}): the earliest allowed start is ${earliest}.`));
      }
    }
  }
  return [...found.values()];
}
