/**
 * The business rules the sandbox carrier applies to each member of a readable 834, the kind a real
 * carrier's enrollment system applies after its translator accepted the file (999 "accepted" says only
 * that the file was well formed). Pure: a member in, the errors against it out.
 *
 * Errors use the API's shape and names (reference/member-termination-api.txt): a missing field is
 * `invalid_request.parameter_required` with the API's parameter name, a wrong one `parameter_invalid`.
 */
import type { ReadCoverage834, ReadMember834 } from '../x12/index.ts';
import type { CarrierError } from './carrier-result-file.ts';

export interface SandboxGroup {
  /** REF*1L as the carrier knows the group. */
  group_number: string;
  /** The first day the carrier covers this group: no coverage may start before it. */
  coverage_start_date: string;
  /** The group's last covered day, when its contract ends. */
  coverage_end_date?: string;
  /** HD03 codes offered to this group; default the carrier's `linesOfCoverage`. */
  lines_of_coverage?: string[];
}

export interface CarrierRules {
  groups: ReadonlyMap<string, SandboxGroup>;
  /** HD03 codes the carrier offers. */
  linesOfCoverage: readonly string[];
  /** 'accept': members of a group the carrier was not told about are checked as if it existed. */
  unknownGroups: 'reject' | 'accept';
  /** Which of the member rules the carrier applies; each on unless turned off. */
  checks?: Partial<MemberChecks>;
}

/** The rules a carrier may waive (many accept a subscriber without an SSN, some without a birth date). */
export interface MemberChecks {
  /** A subscriber without an SSN (NM1*IL NM108 34) is rejected: `social_security_number` required. */
  subscriberSsnRequired: boolean;
  /** A subscriber without a birth date (DMG02) is rejected: `birth_date` required. */
  subscriberBirthDateRequired: boolean;
  /** A coverage starting before the group's first covered day (or after its last) is rejected. */
  coverageWithinGroupDates: boolean;
}

export const DEFAULT_MEMBER_CHECKS: MemberChecks = { subscriberSsnRequired: true, subscriberBirthDateRequired: true, coverageWithinGroupDates: true };

/** The message the API reference uses for a missing parameter, word for word. */
export const PARAMETER_REQUIRED_MESSAGE = 'The parameter is missing and is required';

const required = (parameter: string): CarrierError => ({
  error_type: 'invalid_request.parameter_required',
  message: PARAMETER_REQUIRED_MESSAGE,
  parameter,
});
const invalid = (parameter: string, message: string): CarrierError => ({ error_type: 'invalid_request.parameter_invalid', message, parameter });

/** Additions and reinstatements start coverage, so they need its first day. */
const STARTING = new Set(['021', '025']);
const TERMINATING = '024';

/**
 * `groupNumber` is the member's REF*1L, or its subscriber's (dependents usually carry none), or the
 * file's master policy number.
 */
export function checkMember(member: ReadMember834, groupNumber: string | undefined, rules: CarrierRules): CarrierError[] {
  const errors: CarrierError[] = [];
  if (!member.name?.first) errors.push(required('first_name'));
  if (!member.name?.last) errors.push(required('last_name'));
  const checks = { ...DEFAULT_MEMBER_CHECKS, ...rules.checks };
  if (member.isSubscriber) {
    if (checks.subscriberBirthDateRequired && !member.demographics?.birthDate) errors.push(required('birth_date'));
    if (checks.subscriberSsnRequired && !member.ssn) errors.push(required('social_security_number'));
  }

  let group: SandboxGroup | undefined;
  if (groupNumber === undefined || groupNumber === '') {
    errors.push(required('carrier_group_number'));
  } else {
    group = rules.groups.get(groupNumber);
    if (!group && rules.unknownGroups === 'reject') {
      errors.push(invalid('carrier_group_number', `Group number ${JSON.stringify(groupNumber)} is not a group of this carrier`));
    }
  }
  const offered = group?.lines_of_coverage ?? rules.linesOfCoverage;
  for (const coverage of member.coverages) errors.push(...checkCoverage(coverage, member, checks.coverageWithinGroupDates ? group : undefined, offered, group));
  return errors;
}

/** `group`: the group whose dates bound the coverage (none when that check is off); `named`: the member's group. */
function checkCoverage(coverage: ReadCoverage834, member: ReadMember834, group: SandboxGroup | undefined, offered: readonly string[], named: SandboxGroup | undefined): CarrierError[] {
  const errors: CarrierError[] = [];
  const line = coverage.insuranceLineCode;
  if (!offered.includes(line)) {
    errors.push(invalid('line_of_coverage', `This carrier does not offer line of coverage ${JSON.stringify(line)} (HD03)${named ? ` to group ${named.group_number}` : ''}; it offers ${offered.join(', ')}`));
  }
  const starting = STARTING.has(coverage.maintenanceType) || STARTING.has(member.maintenanceType);
  const terminating = coverage.maintenanceType === TERMINATING || member.maintenanceType === TERMINATING;
  const { startDate, endDate } = coverage;
  if (startDate === undefined && starting) errors.push(required('start_date'));
  if (endDate === undefined && terminating) errors.push(required('end_date'));
  if (startDate !== undefined && group) {
    if (startDate < group.coverage_start_date) {
      errors.push(invalid('start_date', `Coverage cannot start on ${startDate}: group ${group.group_number} is covered from ${group.coverage_start_date}`));
    } else if (group.coverage_end_date !== undefined && startDate > group.coverage_end_date) {
      errors.push(invalid('start_date', `Coverage cannot start on ${startDate}: group ${group.group_number}'s coverage ended on ${group.coverage_end_date}`));
    }
  }
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    errors.push(invalid('end_date', `Coverage cannot end on ${endDate}, before it starts on ${startDate}`));
  }
  return errors;
}
