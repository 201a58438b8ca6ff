/**
 * The dependent age limit (issue 15): a child's coverage ends on the last day of the month of their
 * 26th birthday, unless the child is `handicapped` (disabled children stay covered). Spouses, partners
 * and the subscriber have no age limit. Pure: dates in, dates out.
 */
import { compareDates, endOfMonth, isIsoDate, type IsoDate } from './dates.ts';
import type { EndedCoverage } from './coverage-changes.ts';
import { endDateForRow } from './coverage-rules.ts';
import { planElectionEntries, type ExistingCoverage, type MemberFacts, type QualifyingLifeEventContext, type QualifyingLifeEventInput, type SubscriberRelationship } from './enrollment-facts.ts';
import { familyMembersById } from './dependent-rules.ts';
import { violation, type RuleViolation } from './rule-violations.ts';

export const DEPENDENT_AGE_LIMIT_YEARS = 26;

/** The relationships the age limit applies to: children of every kind. */
export const AGE_LIMITED_RELATIONSHIPS: readonly SubscriberRelationship[] = ['child', 'stepchild', 'adopted_child', 'foster_child', 'grandchild'];

/** The last covered day of a child born on `birthDate`: the end of the month of the 26th birthday. */
export function ageLimitEndDate(birthDate: IsoDate, limitYears = DEPENDENT_AGE_LIMIT_YEARS): IsoDate {
  const year = Number(birthDate.slice(0, 4)) + limitYears;
  // The month, not the day, decides: a 29 February birthday ends coverage on the last day of February.
  return endOfMonth(`${String(year).padStart(4, '0')}-${birthDate.slice(5, 7)}-01`);
}

/** The member's last coverable day, or null when no age limit applies to them. */
export function coverageLimitOf(member: Pick<MemberFacts, 'is_subscriber' | 'subscriber_relationship' | 'birth_date' | 'handicapped'>): IsoDate | null {
  if (member.is_subscriber || member.handicapped === true) return null;
  if (!AGE_LIMITED_RELATIONSHIPS.includes(member.subscriber_relationship)) return null;
  if (!member.birth_date || !isIsoDate(member.birth_date)) return null;
  return ageLimitEndDate(member.birth_date);
}

/** An election for a child that would start after the child's age limit is refused, naming the member. */
export function ageLimitViolations(input: QualifyingLifeEventInput, ctx: QualifyingLifeEventContext): RuleViolation[] {
  const family = familyMembersById(ctx.subscriber);
  const violations: RuleViolation[] = [];
  for (const [line, election] of planElectionEntries(input.plan_elections)) {
    if (election.type !== 'election') continue;
    (election.coverages ?? []).forEach((coverage, index) => {
      const member = family.get(coverage.member_id);
      const limit = member ? coverageLimitOf(member) : null;
      if (limit === null || !isIsoDate(coverage.start_date) || compareDates(coverage.start_date, limit) <= 0) return;
      violations.push(
        violation(
          'unprocessable.dependent_age_limit',
          `plan_elections.${line}.coverages[${index}].member_id`,
          `Member ${coverage.member_id} is a ${member!.subscriber_relationship} past the dependent age limit (${DEPENDENT_AGE_LIMIT_YEARS}): their coverage could run to ${limit} at the latest, and this coverage starts ${coverage.start_date}. A disabled child is covered past the limit when marked handicapped.`,
        ),
      );
    });
  }
  return violations;
}

/**
 * What an age-out as of `asOf` ends: every coverage row of a child whose limit has come (limit on or
 * before `asOf`) and that runs past it ends on the limit; a row starting after the limit is cancelled
 * (its end becomes the day before its start). Rows already ending by the limit are left alone.
 */
export function ageOutEnds(members: readonly MemberFacts[], coverages: readonly ExistingCoverage[], asOf: IsoDate): EndedCoverage[] {
  const limits = new Map<string, IsoDate>();
  for (const member of members) {
    const limit = coverageLimitOf(member);
    if (limit !== null && compareDates(limit, asOf) <= 0) limits.set(member.id, limit);
  }
  const ended: EndedCoverage[] = [];
  for (const row of coverages) {
    const limit = limits.get(row.member_id);
    if (limit === undefined) continue;
    const end = endDateForRow(row, limit);
    if (end !== undefined) ended.push({ coverage_id: row.id, end_date: end });
  }
  return ended;
}
