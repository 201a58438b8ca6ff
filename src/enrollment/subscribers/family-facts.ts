// Member and coverage rows → the plain facts the pure rules read.
import type { ExistingCoverage, MemberFacts, ProductLine, SubscriberFacts, SubscriberRelationship, EmploymentDetails } from '../enrollment-facts.ts';
import type { CoverageRow } from '../families/family-change.ts';
import type { MemberRow } from './store.ts';

export function memberFacts(row: MemberRow): MemberFacts {
  return {
    id: row.id,
    is_subscriber: row.subscriber_id === null,
    subscriber_relationship: row.subscriber_relationship as SubscriberRelationship,
    birth_date: row.birth_date,
    removed_on: row.removed_on,
    handicapped: row.handicapped,
  };
}

export function subscriberFacts(subscriber: MemberRow, dependents: MemberRow[]): SubscriberFacts {
  return {
    ...memberFacts(subscriber),
    employment_details: (subscriber.employment_details ?? {}) as EmploymentDetails,
    dependents: dependents.map(memberFacts),
  };
}

export function coverageFacts(rows: readonly CoverageRow[]): ExistingCoverage[] {
  return rows.map((row) => ({ ...row, product_line: row.product_line as ProductLine, volume: row.volume === null ? null : Number(row.volume) })) as ExistingCoverage[];
}
