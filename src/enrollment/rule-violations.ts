/**
 * Rule violations are values, in the API's error shape, so a handler returns them as they are.
 *
 * Two families, so the HTTP layer can choose the status code from the prefix:
 * - `invalid_request.*`: the request body alone is wrong (missing, malformed, contradictory) → 400.
 * - `unprocessable.*`: the body is well formed but conflicts with what is on file (plans, members,
 *   dates of the coverage period or of employment, the calendar today) → 422.
 */
import { isIsoDate } from './dates.ts';

export const RULE_VIOLATION_TYPES = [
  'invalid_request.parameter_required',
  'invalid_request.parameter_invalid',
  'invalid_request.parameter_not_allowed',
  'invalid_request.duplicate_member',
  'invalid_request.end_date_before_start_date',
  'invalid_request.cobra_status_required',
  'unprocessable.coverage_period_mismatch',
  'unprocessable.plan_not_found',
  'unprocessable.plan_product_line_mismatch',
  'unprocessable.member_not_found',
  'unprocessable.member_removed',
  'unprocessable.relationship_mismatch',
  'unprocessable.coverage_outside_period',
  'unprocessable.multiple_spouses',
  'unprocessable.subscriber_not_covered',
  'unprocessable.new_hire_date_mismatch',
  'unprocessable.termination_before_employment_start',
  'unprocessable.outside_open_enrollment',
  'unprocessable.event_date_in_future',
  'unprocessable.event_reported_late',
  'unprocessable.birth_date_mismatch',
  'unprocessable.child_coverage_start_mismatch',
  'unprocessable.illegal_status_transition',
  'unprocessable.retroactivity_limit',
  'unprocessable.future_limit',
  'unprocessable.dependent_age_limit',
  'unprocessable.no_family_coverage_to_join',
  'unprocessable.plan_not_eligible_for_class',
  'unprocessable.waiting_period',
  'unprocessable.minimum_hours',
] as const;
export type RuleViolationType = (typeof RULE_VIOLATION_TYPES)[number];

export interface RuleViolation {
  error_type: RuleViolationType;
  /** A sentence the person fixing the request can act on. */
  message: string;
  /** Path of the field at fault in the request body, relative to the resource. */
  parameter: string;
}

export function violation(error_type: RuleViolationType, parameter: string, message: string): RuleViolation {
  return { error_type, message, parameter };
}

/** No violation for a real `YYYY-MM-DD` date; required or invalid otherwise. */
export function calendarDateViolations(value: unknown, parameter: string, label: string, required: boolean): RuleViolation[] {
  if (value === undefined || value === null) {
    return required ? [violation('invalid_request.parameter_required', parameter, `${label} is required.`)] : [];
  }
  if (isIsoDate(value)) return [];
  return [
    violation(
      'invalid_request.parameter_invalid',
      parameter,
      `${label} must be a real calendar date written YYYY-MM-DD; ${JSON.stringify(value)} is not.`,
    ),
  ];
}
