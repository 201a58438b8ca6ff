import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCoverageChanges, type CoverageChanges } from './coverage-changes.ts';
import { isCancelled, terminationEndDate } from './coverage-rules.ts';
import { addDays, compareDates, minDate } from './dates.ts';
import type { CoverageElection, ExistingCoverage, PlanElections, QualifyingLifeEventInput, QualifyingLifeEventType } from './enrollment-facts.ts';
import { CHILD, CHILD_ID, PERIOD_2020, SPOUSE, SPOUSE_ID, SUBSCRIBER_ID, context, family } from './enrollment-fixtures.ts';

const subscriber = family([SPOUSE, CHILD]);
const MEMBERS = [SUBSCRIBER_ID, SPOUSE_ID, CHILD_ID];

const dayInPeriod = fc.integer({ min: 0, max: 365 }).map((n) => addDays(PERIOD_2020.coverage_start_date, n));

const coverageFor = (member_id: string) =>
  fc
    .tuple(dayInPeriod, fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }), fc.constantFrom(null, 5_000_000))
    .map(([start_date, days, volume]): CoverageElection => ({
      member_id,
      status: 'employer_sponsored',
      start_date,
      end_date: days === null ? null : minDate(addDays(start_date, days), PERIOD_2020.coverage_end_date),
      volume,
    }));

const listing = fc
  .subarray(MEMBERS, { minLength: 1 })
  .chain((members) => fc.tuple(...members.map(coverageFor)));

const planElections: fc.Arbitrary<PlanElections> = fc.dictionary(
  fc.constantFrom('medical', 'dental'),
  fc.oneof(
    fc.record({ plan_id: fc.constantFrom('medical-ppo', 'medical-hmo'), type: fc.constant('election' as const), coverages: listing }),
    fc.constant({ type: 'waiver' as const, waiver_reason: 'declined' }),
  ),
  { minKeys: 0, maxKeys: 2 },
);

const EVENTS: QualifyingLifeEventType[] = [
  'initial_enrollment',
  'newly_eligible',
  'marriage',
  'birth',
  'divorce',
  'death',
  'loss_of_coverage',
  'termination_of_employment',
  'cobra',
];

const qualifyingLifeEvent: fc.Arbitrary<QualifyingLifeEventInput> = fc
  .record({
    event: fc.constantFrom(...EVENTS),
    date: dayInPeriod,
    member_id: fc.option(fc.constantFrom(SPOUSE_ID, CHILD_ID), { nil: undefined }),
    plan_elections: planElections,
  })
  .map((input) => ({
    ...input,
    coverage_period_id: PERIOD_2020.id,
    // A cobra event elects COBRA continuations only (validation enforces it).
    plan_elections: input.event === 'cobra' ? asCobra(input.plan_elections) : input.plan_elections,
  }));

function asCobra(elections: PlanElections): PlanElections {
  return Object.fromEntries(
    Object.entries(elections).map(([line, election]) => [
      line,
      { ...election, coverages: election?.coverages?.map((coverage) => ({ ...coverage, status: 'cobra' as const })) },
    ]),
  );
}

let nextId = 0;
function apply(rows: ExistingCoverage[], changes: CoverageChanges): ExistingCoverage[] {
  const endDates = new Map(changes.ended.map((ended) => [ended.coverage_id, ended.end_date]));
  const kept = rows.map((row) => ({ ...row, end_date: endDates.get(row.id) ?? row.end_date }));
  const started = changes.started.map((row) => ({ ...row, id: `generated-${nextId++}`, coverage_period_id: PERIOD_2020.id }));
  return [...kept, ...started];
}

function changesFor(input: QualifyingLifeEventInput, rows: ExistingCoverage[]): CoverageChanges {
  return planCoverageChanges(input, context({ subscriber, existingCoverages: rows }));
}

/** Pairs of rows that cover the same member in the same line on a same day. */
function overlaps(rows: ExistingCoverage[]): Array<[string, string]> {
  const live = rows.filter((row) => !isCancelled(row));
  const found: Array<[string, string]> = [];
  live.forEach((a, i) => {
    for (const b of live.slice(i + 1)) {
      if (a.member_id !== b.member_id || a.product_line !== b.product_line) continue;
      const aEndsFirst = a.end_date !== null && compareDates(a.end_date, b.start_date) < 0;
      const bEndsFirst = b.end_date !== null && compareDates(b.end_date, a.start_date) < 0;
      if (!aEndsFirst && !bEndsFirst) found.push([a.id, b.id]);
    }
  });
  return found;
}

describe('coverage changes, for any sequence of events', () => {
  it('never cover a member twice on the same day in the same line', () => {
    fc.assert(
      fc.property(fc.array(qualifyingLifeEvent, { minLength: 1, maxLength: 4 }), (events) => {
        let rows: ExistingCoverage[] = [];
        for (const input of events) {
          rows = apply(rows, changesFor(input, rows));
          expect(overlaps(rows)).toEqual([]);
        }
      }),
    );
  });

  it('change nothing when the last event is replayed', () => {
    fc.assert(
      fc.property(fc.array(qualifyingLifeEvent, { minLength: 1, maxLength: 4 }), (events) => {
        let rows: ExistingCoverage[] = [];
        for (const input of events) rows = apply(rows, changesFor(input, rows));
        const replay = changesFor(events[events.length - 1] as QualifyingLifeEventInput, rows);
        expect({ ended: replay.ended, started: replay.started }).toEqual({ ended: [], started: [] });
      }),
    );
  });

  it('only ever bring end dates forward, and never before the day before a row starts', () => {
    fc.assert(
      fc.property(fc.array(qualifyingLifeEvent, { minLength: 2, maxLength: 4 }), (events) => {
        let rows: ExistingCoverage[] = [];
        for (const input of events) {
          const changes = changesFor(input, rows);
          for (const { coverage_id, end_date } of changes.ended) {
            const before = rows.find((row) => row.id === coverage_id);
            expect(before).toBeDefined();
            if (!before) continue;
            if (before.end_date !== null) expect(compareDates(end_date, before.end_date)).toBeLessThan(0);
            expect(compareDates(end_date, addDays(before.start_date, -1))).toBeGreaterThanOrEqual(0);
          }
          rows = apply(rows, changes);
        }
      }),
    );
  });

  it('leave no one covered after a termination takes effect', () => {
    fc.assert(
      fc.property(fc.array(qualifyingLifeEvent, { maxLength: 3 }), dayInPeriod, (events, date) => {
        let rows: ExistingCoverage[] = [];
        for (const input of events) rows = apply(rows, changesFor(input, rows));
        rows = apply(rows, changesFor({ event: 'termination_of_employment', date, coverage_period_id: PERIOD_2020.id }, rows));
        const lastDay = terminationEndDate(date, PERIOD_2020.termination_rule);
        for (const row of rows.filter((r) => !isCancelled(r))) {
          expect(row.end_date).not.toBeNull();
          expect(compareDates(row.end_date ?? '9999-12-31', lastDay)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
