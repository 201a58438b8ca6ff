// Rows → the API's subscriber record (pure). Coverages hang under the member they cover; each
// member's benefit dates summarize its coverages; `asOf` keeps only what was in force that day.
import type { Selectable } from 'kysely';
import type { CoveragesTable, QualifyingLifeEventsTable } from '../../db/tables.ts';
import { isCoveredOn } from '../coverage-rules.ts';
import { compareDates } from '../dates.ts';
import type { MemberRow } from './store.ts';
import type { Coverage, DependentView, SubscriberView } from './schema.ts';
import type { QualifyingLifeEventView } from '../qualifying-life-events/schema.ts';

type CoverageRow = Selectable<CoveragesTable>;
type EventRow = Selectable<QualifyingLifeEventsTable>;

export interface ViewOptions {
  /** The full SSN for keys with the pii scope; otherwise the masked form. */
  ssn: (row: MemberRow) => string | null;
  asOf?: string | undefined;
}

export const maskedSsn = (last4: string | null) => (last4 ? `*****${last4}` : null);

export function toCoverage(row: CoverageRow): Coverage {
  return {
    id: row.id,
    member_id: row.member_id,
    coverage_period_id: row.coverage_period_id,
    plan_id: row.plan_id,
    product_line: row.product_line,
    status: row.status,
    start_date: row.start_date,
    end_date: row.end_date,
    volume: row.volume === null ? null : Number(row.volume),
    qualifying_life_event_id: row.qualifying_life_event_id,
    recorded_at: row.recorded_at.toISOString(),
  };
}

/** First day of any coverage, and — when every coverage has ended — the last covered day. */
export function benefitDates(coverages: Coverage[]): { benefit_start_date: string | null; benefit_end_date: string | null } {
  const live = coverages.filter((c) => c.end_date === null || compareDates(c.end_date, c.start_date) >= 0);
  if (!live.length) return { benefit_start_date: null, benefit_end_date: null };
  const start = live.map((c) => c.start_date).sort(compareDates)[0]!;
  const open = live.some((c) => c.end_date === null);
  const end = open ? null : live.map((c) => c.end_date!).sort(compareDates).at(-1)!;
  return { benefit_start_date: start, benefit_end_date: end };
}

export function toEventView(row: EventRow): QualifyingLifeEventView {
  return {
    id: row.id,
    subscriber_id: row.subscriber_id,
    event: row.event,
    date: row.event_date,
    eligibility_start_date: row.eligibility_start_date,
    coverage_period_id: row.coverage_period_id,
    external_identifier: row.external_identifier,
    member_id: row.member_id,
    plan_elections: row.plan_elections,
    status: row.status,
    status_datetime: row.status_at.toISOString(),
    created_at: row.created_at.toISOString(),
  };
}

function personView(row: MemberRow, coverages: Coverage[], options: ViewOptions) {
  return {
    id: row.id,
    external_identifier: row.external_identifier,
    first_name: row.first_name,
    middle_name: row.middle_name,
    last_name: row.last_name,
    suffix: row.suffix,
    social_security_number: options.ssn(row),
    gender: row.gender,
    birth_date: row.birth_date,
    residential_address: (row.residential_address ?? null) as SubscriberView['residential_address'],
    handicapped: row.handicapped,
    tobacco_use: row.tobacco_use,
    ...benefitDates(coverages),
    coverages,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export function toDependentView(row: MemberRow, coverages: Coverage[], options: ViewOptions): DependentView {
  return { ...personView(row, coverages, options), subscriber_id: row.subscriber_id!, subscriber_relationship: row.subscriber_relationship, removed_on: row.removed_on };
}

export function toSubscriberView(
  subscriber: MemberRow,
  dependents: MemberRow[],
  coverageRows: CoverageRow[],
  events: EventRow[],
  options: ViewOptions,
): SubscriberView {
  const inForce = options.asOf ? coverageRows.filter((row) => isCoveredOn(row, options.asOf!)) : coverageRows;
  const coveragesOf = (memberId: string) => inForce.filter((row) => row.member_id === memberId).map(toCoverage);
  return {
    ...personView(subscriber, coveragesOf(subscriber.id), options),
    group_id: subscriber.group_id,
    location_id: subscriber.location_id,
    marital_status: subscriber.marital_status,
    mailing_address: (subscriber.mailing_address ?? null) as SubscriberView['mailing_address'],
    emails: subscriber.emails as SubscriberView['emails'],
    phone_numbers: subscriber.phone_numbers as SubscriberView['phone_numbers'],
    employment_details: (subscriber.employment_details ?? null) as SubscriberView['employment_details'],
    // As of a day after a dependent's removed_on they are no longer of the family; before it they are.
    dependents: dependents
      .filter((dependent) => !options.asOf || !dependent.removed_on || compareDates(options.asOf, dependent.removed_on) <= 0)
      .map((dependent) => toDependentView(dependent, coveragesOf(dependent.id), options)),
    current_qualifying_events: events.map(toEventView),
  };
}
