/**
 * The time rules of a coverage period (issue 15): how far before and after the day of the request
 * (`ctx.today`, the request's clock) a life event may take effect. The dates judged are the event's
 * date and the dates at which it changes coverage: the start of each row it starts, the end of each row
 * it ends. Restated rows that stay as they are change nothing and are not judged.
 *
 * - `retroactive_days` / `future_days` of the period: null means no limit (see the coverage period schema).
 * - An `open_enrollment` event may change nothing dated before its window opens (before its own date
 *   when the period has no window): retroactive_days 0 outside the window, whatever the period sets.
 *   So a December open-enrollment event cannot cancel coverage back to January.
 *
 * Pure; an admin key may override what it finds (record-event.ts audits the override).
 */
import { addDays, compareDates, type IsoDate } from './dates.ts';
import type { CoverageChanges } from './coverage-changes.ts';
import { planElectionEntries, type ExistingCoverage, type QualifyingLifeEventContext, type QualifyingLifeEventInput } from './enrollment-facts.ts';
import { violation, type RuleViolation } from './rule-violations.ts';

interface DatedChange {
  date: IsoDate;
  parameter: string;
  what: string;
}

/** The dates the event takes effect on, each with the request field it comes from. */
function datedChanges(input: QualifyingLifeEventInput, changes: CoverageChanges, existing: readonly ExistingCoverage[]): DatedChange[] {
  const listed = (memberId: string, line: string, field: 'start_date' | 'end_date', date: IsoDate): string | undefined => {
    for (const [electedLine, election] of planElectionEntries(input.plan_elections)) {
      if (electedLine !== line) continue;
      const index = (election.coverages ?? []).findIndex((coverage) => coverage.member_id === memberId && coverage[field] === date);
      if (index >= 0) return `plan_elections.${line}.coverages[${index}].${field}`;
    }
    return undefined;
  };
  const byId = new Map(existing.map((row) => [row.id, row]));
  const dated: DatedChange[] = [{ date: input.date, parameter: 'date', what: 'The event date' }];
  for (const row of changes.started) {
    dated.push({ date: row.start_date, parameter: listed(row.member_id, row.product_line, 'start_date', row.start_date) ?? 'date', what: `A ${row.product_line} coverage it starts` });
  }
  for (const ended of changes.ended) {
    const row = byId.get(ended.coverage_id);
    const parameter = (row && listed(row.member_id, row.product_line, 'end_date', ended.end_date)) ?? 'date';
    dated.push({ date: ended.end_date, parameter, what: `A ${row?.product_line ?? ''} coverage it ends`.replace('A  ', 'A ') });
  }
  return dated;
}

/** Every date of the change outside the period's time rules; one violation per request field. */
export function timeLimitViolations(input: QualifyingLifeEventInput, changes: CoverageChanges, ctx: QualifyingLifeEventContext): RuleViolation[] {
  const period = ctx.coveragePeriod;
  const retroactiveDays = period.retroactive_days ?? null;
  const futureDays = period.future_days ?? null;
  const earliest = retroactiveDays === null ? null : addDays(ctx.today, -retroactiveDays);
  const latest = futureDays === null ? null : addDays(ctx.today, futureDays);
  const openEnrollmentFloor = input.event === 'open_enrollment' ? (period.open_enrollment_start_date ?? input.date) : null;

  const violations = new Map<string, RuleViolation>();
  const add = (key: string, found: RuleViolation) => {
    if (!violations.has(key)) violations.set(key, found);
  };
  for (const change of datedChanges(input, changes, ctx.existingCoverages)) {
    if (openEnrollmentFloor !== null && compareDates(change.date, openEnrollmentFloor) < 0) {
      add(`${change.parameter}:retro`, violation(
        'unprocessable.retroactivity_limit',
        change.parameter,
        `${change.what} on ${change.date}, before open enrollment opened on ${openEnrollmentFloor}: an open enrollment event changes nothing retroactively (retroactive_days 0 outside its window). Use the qualifying life event that happened then.`,
      ));
    } else if (earliest !== null && compareDates(change.date, earliest) < 0) {
      add(`${change.parameter}:retro`, violation(
        'unprocessable.retroactivity_limit',
        change.parameter,
        `${change.what} on ${change.date}, more than ${retroactiveDays} days before today (${ctx.today}): this coverage period allows changes back to ${earliest} (retroactive_days ${retroactiveDays}). An admin key may override it.`,
      ));
    }
    if (latest !== null && compareDates(change.date, latest) > 0) {
      add(`${change.parameter}:future`, violation(
        'unprocessable.future_limit',
        change.parameter,
        `${change.what} on ${change.date}, more than ${futureDays} days after today (${ctx.today}): this coverage period allows changes up to ${latest} (future_days ${futureDays}). An admin key may override it.`,
      ));
    }
  }
  return [...violations.values()];
}
