/**
 * Rules on single coverage rows and on what an event does to them: end dates, cancellations, and
 * which members an event takes coverage away from.
 */
import { compareDates, dayBefore, endOfMonth, isWithin, maxDate, type IsoDate } from './dates.ts';
import type {
  QualifyingLifeEventInput,
  QualifyingLifeEventType,
  SubscriberFacts,
  TerminationRule,
} from './enrollment-facts.ts';
import { soleSpouse } from './dependent-rules.ts';

interface DatedRow {
  start_date: IsoDate;
  end_date: IsoDate | null;
}

/**
 * The last covered day after an event that ends coverage. The coverage period's rule decides:
 * `end_of_month` covers to the end of the event's month (2020-05-01 → 2020-05-31), `event_date` to the
 * event date itself.
 */
export function terminationEndDate(eventDate: IsoDate, rule: TerminationRule): IsoDate {
  return rule === 'end_of_month' ? endOfMonth(eventDate) : eventDate;
}

/**
 * A row that ends the day before it starts covered no day at all: that is how this model records a
 * cancellation (coverage withdrawn before it began), so "who was covered on D" stays a plain range
 * query. Carriers each have their own wire form for a cancellation; the 834 writer translates.
 */
export function isCancelled(row: DatedRow): boolean {
  return row.end_date !== null && compareDates(row.end_date, row.start_date) < 0;
}

export function isCoveredOn(row: DatedRow, date: IsoDate): boolean {
  return !isCancelled(row) && isWithin(date, row.start_date, row.end_date);
}

/**
 * The end date a row takes when something ends it on `requestedEnd`, or undefined when the row keeps
 * its end date. Ending never extends a row (an earlier end stays), and a row ended before it starts
 * is cancelled: its end becomes the day before its start, never earlier.
 */
export function endDateForRow(row: DatedRow, requestedEnd: IsoDate): IsoDate | undefined {
  const newEnd = maxDate(requestedEnd, dayBefore(row.start_date));
  if (row.end_date !== null && compareDates(newEnd, row.end_date) >= 0) return undefined;
  return newEnd;
}

/** Events whose date is a loss of coverage: members removed by them end on the termination rule's date. */
const LOSS_EVENTS: readonly QualifyingLifeEventType[] = [
  'termination_of_employment',
  'death',
  'divorce',
  'loss_of_coverage',
  'loss_of_eligibility',
  'age_out',
];

export function isLossEvent(event: QualifyingLifeEventType): boolean {
  return LOSS_EVENTS.includes(event);
}

/**
 * The member an event is about: the `member_id` given, else the one the event implies — the subscriber
 * for a termination or a death, the only spouse or partner on file for a divorce.
 */
export function eventMemberId(input: QualifyingLifeEventInput, subscriber: SubscriberFacts): string | undefined {
  if (input.member_id !== undefined) return input.member_id;
  switch (input.event) {
    case 'termination_of_employment':
    case 'death':
      return subscriber.id;
    case 'divorce':
      return soleSpouse(subscriber)?.id;
    default:
      return undefined;
  }
}

/**
 * Members whose every open coverage the event itself ends, whatever the elections say about other
 * lines: the whole family when the subscriber leaves employment or dies (dependents are covered through
 * the subscriber); the named dependent on a divorce or a dependent's death; and on a loss of coverage
 * the named dependent only when the request elects nothing, because Ideon uses that event both to add
 * a member who lost other coverage and to remove one who gained it — elections, when given, say which.
 */
export function membersLosingAllCoverage(input: QualifyingLifeEventInput, subscriber: SubscriberFacts): string[] {
  const subjectId = eventMemberId(input, subscriber);
  const everyone = [subscriber.id, ...subscriber.dependents.map((dependent) => dependent.id)];
  switch (input.event) {
    case 'termination_of_employment':
      return everyone;
    case 'death':
      return subjectId === subscriber.id ? everyone : subjectId === undefined ? [] : [subjectId];
    case 'divorce':
    case 'loss_of_eligibility':
    case 'age_out':
      return subjectId === undefined || subjectId === subscriber.id ? [] : [subjectId];
    case 'loss_of_coverage': {
      const electsSomething = Object.keys(input.plan_elections ?? {}).length > 0;
      return subjectId === undefined || subjectId === subscriber.id || electsSomething ? [] : [subjectId];
    }
    default:
      return [];
  }
}

/** Whether the event ends the family's coverage outright (only end dates can come from the request). */
export function endsFamilyCoverage(input: QualifyingLifeEventInput, subscriber: SubscriberFacts): boolean {
  return (
    input.event === 'termination_of_employment' ||
    (input.event === 'death' && eventMemberId(input, subscriber) === subscriber.id)
  );
}
