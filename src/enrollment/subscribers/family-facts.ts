// Member rows → the plain facts the pure rules read.
import type { MemberFacts, SubscriberFacts, SubscriberRelationship, EmploymentDetails } from '../enrollment-facts.ts';
import type { MemberRow } from './store.ts';

export function memberFacts(row: MemberRow): MemberFacts {
  return {
    id: row.id,
    is_subscriber: row.subscriber_id === null,
    subscriber_relationship: row.subscriber_relationship as SubscriberRelationship,
    birth_date: row.birth_date,
    removed_on: row.removed_on,
  };
}

export function subscriberFacts(subscriber: MemberRow, dependents: MemberRow[]): SubscriberFacts {
  return {
    ...memberFacts(subscriber),
    employment_details: (subscriber.employment_details ?? {}) as EmploymentDetails,
    dependents: dependents.map(memberFacts),
  };
}
