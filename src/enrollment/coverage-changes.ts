/**
 * The effect of a valid qualifying life event on the effective-dated coverage rows: which rows end on
 * which date, which rows start, which lines are waived. History is never rewritten — a change ends a
 * row and starts another — so the result only describes; the store applies it in one transaction.
 *
 * Call it after `validateQualifyingLifeEvent` has found nothing wrong.
 */
import { compareDates, dayAfter, dayBefore, isWithin, minDate, type IsoDate } from './dates.ts';
import type {
  CoverageElection,
  CoverageStatus,
  ExistingCoverage,
  PlanElection,
  ProductLine,
  QualifyingLifeEventContext,
  QualifyingLifeEventInput,
} from './enrollment-facts.ts';
import { planElectionEntries } from './enrollment-facts.ts';
import {
  endDateForRow,
  endsFamilyCoverage,
  isCancelled,
  isLossEvent,
  membersLosingAllCoverage,
  terminationEndDate,
} from './coverage-rules.ts';
import { familyMembersById } from './dependent-rules.ts';

export interface EndedCoverage {
  coverage_id: string;
  end_date: IsoDate;
}

export interface StartedCoverage {
  member_id: string;
  plan_id: string;
  product_line: ProductLine;
  status: CoverageStatus;
  start_date: IsoDate;
  end_date: IsoDate | null;
  volume: number | null;
}

export interface WaivedProductLine {
  product_line: ProductLine;
  waiver_reason: string;
}

export interface CoverageChanges {
  ended: EndedCoverage[];
  started: StartedCoverage[];
  waived: WaivedProductLine[];
}

/** Collects the changes; when two rules end the same row, the earlier end date wins. */
class ChangeLedger {
  readonly #endDates = new Map<string, IsoDate>();
  readonly #started: StartedCoverage[] = [];
  readonly #waived: WaivedProductLine[] = [];

  end(row: ExistingCoverage, requestedEnd: IsoDate): void {
    const currentEnd = this.#endDates.get(row.id) ?? row.end_date;
    const newEnd = endDateForRow({ start_date: row.start_date, end_date: currentEnd }, requestedEnd);
    if (newEnd !== undefined) this.#endDates.set(row.id, newEnd);
  }

  start(row: StartedCoverage): void {
    this.#started.push(row);
  }

  waive(line: ProductLine, reason: string): void {
    this.#waived.push({ product_line: line, waiver_reason: reason });
  }

  changes(): CoverageChanges {
    const ended = [...this.#endDates].map(([coverage_id, end_date]) => ({ coverage_id, end_date }));
    return { ended, started: [...this.#started], waived: [...this.#waived] };
  }
}

/**
 * In order: a termination (or the subscriber's death) only ends rows; a loss event ends its member's
 * rows; COBRA without elections continues what the event ended; then each elected line is brought to
 * its listing and each waived line ends — on the rule's date after a loss event, else the day before
 * the event.
 */
export function planCoverageChanges(input: QualifyingLifeEventInput, ctx: QualifyingLifeEventContext): CoverageChanges {
  const ledger = new ChangeLedger();
  const family = familyMembersById(ctx.subscriber);
  const familyRows = ctx.existingCoverages.filter((row) => family.has(row.member_id) && !isCancelled(row));
  const ruleEnd = terminationEndDate(input.date, ctx.coveragePeriod.termination_rule);
  const elections = planElectionEntries(input.plan_elections);

  if (endsFamilyCoverage(input, ctx.subscriber)) {
    endFamilyCoverage(familyRows, elections, ruleEnd, ledger);
    return ledger.changes();
  }

  // A divorce or a dependent's death ends that member everywhere, except where this request's
  // elections restate the line: there the listing decides.
  const electedLines = new Set(elections.map(([line]) => line));
  const isElected = (row: ExistingCoverage) =>
    row.coverage_period_id === input.coverage_period_id && electedLines.has(row.product_line);
  const losing = new Set(membersLosingAllCoverage(input, ctx.subscriber));
  // A loss of eligibility may name its last covered day (DELETE /dependents/:id's end_date).
  const lossEnd = input.event === 'loss_of_eligibility' && input.coverage_end_date ? input.coverage_end_date : ruleEnd;
  for (const row of familyRows) {
    if (losing.has(row.member_id) && !isElected(row)) ledger.end(row, lossEnd);
  }

  if (input.event === 'cobra' && elections.length === 0) {
    continueOnCobra(familyRows, input, ctx, ruleEnd, ledger);
    return ledger.changes();
  }

  for (const [line, election] of elections) {
    const rowsInLine = familyRows.filter(
      (row) => row.coverage_period_id === input.coverage_period_id && row.product_line === line,
    );
    if (election.type === 'waiver') {
      const end = isLossEvent(input.event) ? ruleEnd : dayBefore(input.date);
      for (const row of rowsInLine) ledger.end(row, end);
      ledger.waive(line, election.waiver_reason ?? '');
    } else {
      applyElection(line, election, rowsInLine, input, ruleEnd, ledger);
    }
  }
  return ledger.changes();
}

/**
 * A termination or the subscriber's death ends every open row of the family, in every line and
 * coverage period (rows of a later period are cancelled). A listed coverage with an end date sets that
 * member's end in that line, as in the reference's termination example; the rest end on the rule's date.
 */
function endFamilyCoverage(
  familyRows: readonly ExistingCoverage[],
  elections: ReadonlyArray<[ProductLine, PlanElection]>,
  ruleEnd: IsoDate,
  ledger: ChangeLedger,
): void {
  const requestedEnds = new Map<string, IsoDate>();
  for (const [line, election] of elections) {
    for (const coverage of election.coverages ?? []) {
      if (coverage.end_date) requestedEnds.set(memberLineKey(coverage.member_id, line), coverage.end_date);
    }
  }
  for (const row of familyRows) {
    ledger.end(row, requestedEnds.get(memberLineKey(row.member_id, row.product_line)) ?? ruleEnd);
  }
}

/**
 * The listed coverages are the line's new state. A member whose rows already say the same (plan,
 * status, volume, from the same start date, without a gap) keeps them; any other row of theirs still
 * open at the new start ends the day before it. Members no longer listed leave when the listing takes
 * effect: see `removalEndDate`. On a COBRA event the listing only adds continuations: the unlisted (say
 * the subscriber, when an ex-spouse continues alone) keep what they have.
 *
 * Everything here depends on the request and the rows only, so replaying an event changes nothing.
 */
function applyElection(
  line: ProductLine,
  election: PlanElection,
  rowsInLine: readonly ExistingCoverage[],
  input: QualifyingLifeEventInput,
  ruleEnd: IsoDate,
  ledger: ChangeLedger,
): void {
  const planId = election.plan_id ?? '';
  const coverages = election.coverages ?? [];

  for (const coverage of coverages) {
    const memberRows = rowsInLine.filter((row) => row.member_id === coverage.member_id);
    const inForce = rowsAlreadyInForce(memberRows, coverage, planId);
    const listedEnd = coverage.end_date ?? null;
    if (inForce.length === 0) {
      ledger.start(startedRow(coverage, planId, line, coverage.start_date));
    } else {
      if (listedEnd !== null) for (const row of inForce) ledger.end(row, listedEnd);
      // Listed to run past the rows' end: a reinstatement, a new row picks up the day after they ended.
      const inForceEnd = inForce[inForce.length - 1]?.end_date ?? null;
      if (inForceEnd !== null && (listedEnd === null || compareDates(listedEnd, inForceEnd) > 0)) {
        ledger.start(startedRow(coverage, planId, line, dayAfter(inForceEnd)));
      }
    }
    for (const row of memberRows) {
      if (!inForce.includes(row)) ledger.end(row, dayBefore(coverage.start_date));
    }
  }

  if (input.event === 'cobra') return;
  const listedMembers = new Set(coverages.map((coverage) => coverage.member_id));
  const removalEnd = removalEndDate(input, coverages, ruleEnd);
  for (const row of rowsInLine) {
    if (!listedMembers.has(row.member_id)) ledger.end(row, removalEnd);
  }
}

/**
 * The last covered day of a member dropped from a line's listing. After a loss event, the termination
 * rule's date. Otherwise the day before the listing takes effect: its earliest start on or after the
 * event date (a marriage on 06-20 electing from 07-01 drops a child on 06-30), else the event date.
 * Starts before the event date are left out: they are the unchanged rows restated, and taking them would
 * cancel the dropped member's coverage back to the start of the year.
 */
function removalEndDate(input: QualifyingLifeEventInput, coverages: readonly CoverageElection[], ruleEnd: IsoDate): IsoDate {
  if (isLossEvent(input.event)) return ruleEnd;
  const startsFromEvent = coverages
    .map((coverage) => coverage.start_date)
    .filter((start) => compareDates(start, input.date) >= 0);
  const [earliest, ...others] = startsFromEvent;
  return dayBefore(earliest === undefined ? input.date : minDate(earliest, ...others));
}

/**
 * The member's rows that already carry the listed coverage: the row with the same plan, status, volume
 * and start date, and the rows continuing it day after day with the same terms (a reinstatement made
 * earlier). Empty when the listing is a change.
 */
function rowsAlreadyInForce(
  memberRows: readonly ExistingCoverage[],
  coverage: CoverageElection,
  planId: string,
): ExistingCoverage[] {
  const first = memberRows.find((row) => row.start_date === coverage.start_date && hasSameTerms(row, coverage, planId));
  if (!first) return [];
  const chain = [first];
  for (let last = first; last.end_date !== null; ) {
    const resumeOn = dayAfter(last.end_date);
    const next = memberRows.find((row) => row.start_date === resumeOn && hasSameTerms(row, coverage, planId));
    if (!next) break;
    chain.push(next);
    last = next;
  }
  return chain;
}

/**
 * COBRA without elections continues, unchanged but for its status, every employer-sponsored row of
 * the coverage period that the qualifying event ended — one whose end falls between the day before the
 * event and the termination rule's date, with nothing after it in that line — from the next day.
 * A continuation that would start after the coverage period belongs to the next period's enrollment.
 */
function continueOnCobra(
  familyRows: readonly ExistingCoverage[],
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
  ruleEnd: IsoDate,
  ledger: ChangeLedger,
): void {
  const earliestEnd = dayBefore(input.date);
  for (const row of familyRows) {
    if (row.coverage_period_id !== input.coverage_period_id || row.status !== 'employer_sponsored') continue;
    if (row.end_date === null || !isWithin(row.end_date, earliestEnd, ruleEnd)) continue;
    const endedAt = row.end_date;
    const succeeded = familyRows.some(
      (other) =>
        other.member_id === row.member_id &&
        other.product_line === row.product_line &&
        compareDates(other.start_date, endedAt) > 0,
    );
    const start = dayAfter(endedAt);
    if (succeeded || compareDates(start, ctx.coveragePeriod.coverage_end_date) > 0) continue;
    ledger.start({
      member_id: row.member_id,
      plan_id: row.plan_id,
      product_line: row.product_line,
      status: 'cobra',
      start_date: start,
      end_date: null,
      volume: row.volume ?? null,
    });
  }
}

function hasSameTerms(row: ExistingCoverage, coverage: CoverageElection, planId: string): boolean {
  return row.plan_id === planId && row.status === coverage.status && (row.volume ?? null) === (coverage.volume ?? null);
}

function startedRow(
  coverage: CoverageElection,
  planId: string,
  line: ProductLine,
  startDate: IsoDate,
): StartedCoverage {
  return {
    member_id: coverage.member_id,
    plan_id: planId,
    product_line: line,
    status: coverage.status,
    start_date: startDate,
    end_date: coverage.end_date ?? null,
    volume: coverage.volume ?? null,
  };
}

function memberLineKey(memberId: string, line: string): string {
  return `${memberId}\u0000${line}`;
}
