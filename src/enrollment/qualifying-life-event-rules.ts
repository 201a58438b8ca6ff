/**
 * Whether a qualifying life event may be recorded for a subscriber: every rule broken, each with the
 * field at fault, so a client can fix the whole request at once. Empty means valid.
 */
import { compareDates, daysBetween, isIsoDate, isWithin, type IsoDate } from './dates.ts';
import {
  DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS,
  QUALIFYING_LIFE_EVENTS,
  isSpousal,
  type QualifyingLifeEventContext,
  type QualifyingLifeEventInput,
} from './enrollment-facts.ts';
import { eventMemberId } from './coverage-rules.ts';
import { familyMembersById, isRemoved } from './dependent-rules.ts';
import { validatePlanElections, type Family } from './plan-election-rules.ts';
import { calendarDateViolations, violation, type RuleViolation } from './rule-violations.ts';

export function validateQualifyingLifeEvent(
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
): RuleViolation[] {
  const family = familyMembersById(ctx.subscriber);
  return [
    ...validateEventFields(input, ctx),
    ...validateEventMember(input, ctx, family),
    ...(isIsoDate(input.date) ? validateEventDate(input, ctx) : []),
    ...validatePlanElections(input, ctx, family),
  ];
}

function validateEventFields(input: QualifyingLifeEventInput, ctx: QualifyingLifeEventContext): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!(QUALIFYING_LIFE_EVENTS as readonly string[]).includes(input.event)) {
    violations.push(
      violation('invalid_request.parameter_invalid', 'event', `The event must be one of: ${QUALIFYING_LIFE_EVENTS.join(', ')}.`),
    );
  }
  violations.push(...calendarDateViolations(input.date, 'date', 'The event date', true));
  violations.push(...calendarDateViolations(input.eligibility_start_date, 'eligibility_start_date', 'The eligibility start date', false));
  if (input.coverage_period_id !== ctx.coveragePeriod.id) {
    violations.push(
      violation(
        'unprocessable.coverage_period_mismatch',
        'coverage_period_id',
        `Coverage period ${input.coverage_period_id} is not the coverage period ${ctx.coveragePeriod.id} this event is being recorded in; send the id of the subscriber's coverage period.`,
      ),
    );
  }
  return violations;
}

/** The member an event names must be in the family, and fit the event. */
function validateEventMember(
  input: QualifyingLifeEventInput,
  ctx: QualifyingLifeEventContext,
  family: Family,
): RuleViolation[] {
  const memberId = eventMemberId(input, ctx.subscriber);
  if (memberId === undefined) {
    return input.event === 'divorce'
      ? [
          violation(
            'invalid_request.parameter_required',
            'member_id',
            'A divorce must name the former spouse or partner in member_id: the subscriber has none, or more than one, on file.',
          ),
        ]
      : [];
  }
  const member = family.get(memberId);
  if (!member) {
    return [
      violation(
        'unprocessable.member_not_found',
        'member_id',
        `Member ${memberId} is neither this subscriber nor one of their dependents; add the dependent to the subscriber first.`,
      ),
    ];
  }
  const violations: RuleViolation[] = [];
  const joinsFamily = input.event === 'birth' || input.event === 'adoption' || input.event === 'marriage';
  if (joinsFamily && member.is_subscriber) {
    violations.push(
      violation(
        'unprocessable.relationship_mismatch',
        'member_id',
        `A ${input.event} names the dependent who joins the family, not the subscriber.`,
      ),
    );
  } else if (joinsFamily && isRemoved(member)) {
    violations.push(
      violation(
        'unprocessable.member_removed',
        'member_id',
        `Member ${memberId} was removed from the subscriber on ${member.removed_on}; a ${input.event} can only name a current dependent.`,
      ),
    );
  }
  if ((input.event === 'marriage' || input.event === 'divorce') && !isSpousal(member.subscriber_relationship)) {
    violations.push(
      violation(
        'unprocessable.relationship_mismatch',
        'member_id',
        `A ${input.event} names a spouse or registered domestic partner; member ${memberId} is recorded as "${member.subscriber_relationship}".`,
      ),
    );
  }
  if (input.event === 'birth' && member.birth_date && isIsoDate(input.date) && member.birth_date !== input.date) {
    violations.push(
      violation(
        'unprocessable.birth_date_mismatch',
        'date',
        `The birth event date ${input.date} differs from the child's birth date on file, ${member.birth_date}; correct one of them.`,
      ),
    );
  }
  return violations;
}

/** Rules that tie the event date to what is on file: employment, open enrollment, today. */
function validateEventDate(input: QualifyingLifeEventInput, ctx: QualifyingLifeEventContext): RuleViolation[] {
  const { date } = input;
  const hireDate = ctx.subscriber.employment_details.start_date;
  const period = ctx.coveragePeriod;
  switch (input.event) {
    case 'new_hire':
      // Ideon: "The event date must match that of the employee's employment_start_date".
      if (hireDate && date !== hireDate) {
        return [
          violation(
            'unprocessable.new_hire_date_mismatch',
            'date',
            `A new hire's event date must be the employment start date on file, ${hireDate}; it is ${date}.`,
          ),
        ];
      }
      return [];
    case 'termination_of_employment':
      if (hireDate && compareDates(date, hireDate) < 0) {
        return [
          violation(
            'unprocessable.termination_before_employment_start',
            'date',
            `Employment cannot end on ${date}, before it started on ${hireDate}; check the termination date.`,
          ),
        ];
      }
      return [];
    case 'open_enrollment':
      if (
        period.open_enrollment_start_date &&
        period.open_enrollment_end_date &&
        !isWithin(date, period.open_enrollment_start_date, period.open_enrollment_end_date)
      ) {
        return [
          violation(
            'unprocessable.outside_open_enrollment',
            'date',
            `Open enrollment for this coverage period runs from ${period.open_enrollment_start_date} to ${period.open_enrollment_end_date}; ${date} is outside it. Use another event for a change outside open enrollment.`,
          ),
        ];
      }
      return [];
    case 'birth':
    case 'adoption':
      return validateReportingWindow(input.event, date, ctx);
    default:
      return [];
  }
}

function validateReportingWindow(event: 'birth' | 'adoption', date: IsoDate, ctx: QualifyingLifeEventContext): RuleViolation[] {
  const windowDays = ctx.coveragePeriod.birth_enrollment_window_days ?? DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS;
  const daysAgo = daysBetween(date, ctx.today);
  if (daysAgo < 0) {
    return [
      violation(
        'unprocessable.event_date_in_future',
        'date',
        `A ${event} can only be reported once it has happened; ${date} is after today, ${ctx.today}.`,
      ),
    ];
  }
  if (daysAgo > windowDays) {
    return [
      violation(
        'unprocessable.event_reported_late',
        'date',
        `A ${event} must be reported within ${windowDays} days; ${date} was ${daysAgo} days ago. Enroll the child at the next open enrollment or with a newly_eligible event.`,
      ),
    ];
  }
  return [];
}
