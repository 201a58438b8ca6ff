// What a person can act on when a family, or a coverage period's settings, cannot be written into the
// carrier's 834 (pure). The writer names the field of its own input at fault (`members[1].contact.email`);
// here that becomes the API's field (`emails`), said of the person it belongs to, in the same
// {error_type, message, parameter} shape the carriers' errors use.
import type { ErrorItem } from '../../http/errors.ts';
import { X12ValueError } from '../x12/issues.ts';
import type { Member834 } from '../x12/enrollment-834.ts';
import type { FamilyRecord } from './build-834.ts';

export const FAMILY_NOT_WRITABLE = 'transmission.value_not_writable';
export const SETTINGS_NOT_WRITABLE = 'transmission.settings_not_writable';
export const BUILD_FAILED = 'transmission.build_failed';

/** The writer's member fields → the API's names (subscriber and dependent bodies). */
const MEMBER_FIELDS: ReadonlyArray<[RegExp, string]> = [
  [/^name\.last$/, 'last_name'],
  [/^name\.first$/, 'first_name'],
  [/^name\.middle$/, 'middle_name'],
  [/^name\.suffix$/, 'suffix'],
  [/^name\.prefix$/, 'prefix'],
  [/^contact\.email$/, 'emails'],
  [/^contact\.phone$/, 'phone_numbers'],
  [/^address\.line1$/, 'residential_address.address_line_1'],
  [/^address\.line2$/, 'residential_address.address_line_2'],
  [/^address\.city$/, 'residential_address.city'],
  [/^address\.state$/, 'residential_address.state'],
  [/^address\.zip$/, 'residential_address.zip'],
  [/^demographics\.birthDate$/, 'birth_date'],
  [/^demographics\./, 'gender'],
  [/^ssn$/, 'social_security_number'],
  [/^subscriberId$/, 'external_identifier'],
  [/^groupPolicyNumber$/, 'carrier_group_number'],
  [/^dates\.employmentBegin$/, 'employment_details.start_date'],
  [/^coverages\[\d+\]\.planCoverageDescription$/, 'plan_identifier'],
  [/^coverages\[\d+\]\.startDate$/, 'start_date'],
  [/^coverages\[\d+\]\.endDate$/, 'end_date'],
  [/^coverages\[\d+\]\.insuranceLineCode$/, 'line_of_coverage_codes'],
];

/** The writer's header fields → the settings of the carrier, coverage period or group that hold them. */
const HEADER_FIELDS: ReadonlyArray<[RegExp, string]> = [
  [/^interchange\.senderId$/, 'carrier.interchange.sender_id'],
  [/^interchange\.receiverId$/, 'carrier.interchange.receiver_id'],
  [/^interchange\.senderQualifier$/, 'carrier.interchange.sender_qualifier'],
  [/^interchange\.receiverQualifier$/, 'carrier.interchange.receiver_qualifier'],
  [/^interchange\.applicationSenderCode$/, 'carrier.interchange.application_sender_code'],
  [/^interchange\.applicationReceiverCode$/, 'carrier.interchange.application_receiver_code'],
  [/^payer\.id$/, 'carrier.payer_identifier'],
  [/^payer\.name$/, 'carrier.name'],
  [/^sponsor\.name$/, 'group.employer.organization_name'],
  [/^sponsor\.id$/, 'group.employer.fein'],
  [/^members\[\d+\]\.groupPolicyNumber$/, 'coverage_period.carrier_group_number'],
];

const apiField = (fields: ReadonlyArray<[RegExp, string]>, path: string): string | null => fields.find(([pattern]) => pattern.test(path))?.[1] ?? null;

const reasonOf = (error: X12ValueError): string => error.message.slice(error.parameter.length + 2);

/** Why one family cannot be written: the person and field at fault, or the failure as it came. */
export function familyBuildErrors(error: unknown, family: FamilyRecord, members: readonly Member834[]): ErrorItem[] {
  if (!(error instanceof X12ValueError)) {
    return [{ error_type: BUILD_FAILED, message: `This family could not be written to the carrier's 834 (${error instanceof Error ? error.message : String(error)}); nothing of it was sent`, parameter: null }];
  }
  const match = /^members\[(\d+)\]\.(.+)$/.exec(error.parameter);
  const member = match ? members[Number(match[1])] : undefined;
  const person = member ? family.members.find((m) => m.id === member.memberReference) : undefined;
  const field = match ? apiField(MEMBER_FIELDS, match[2]!) : null;
  const whose = !person ? 'A value of this family' : person.relationship === 'self' ? "The subscriber's" : `Dependent ${person.external_identifier}'s`;
  const parameter = field && person && person.relationship !== 'self' ? `dependents.${field}` : field;
  return [
    {
      error_type: FAMILY_NOT_WRITABLE,
      message: `${whose} ${field ?? error.parameter} cannot be written to the carrier's 834: ${reasonOf(error)}. Correct it and the family is sent with the next file`,
      parameter,
    },
  ];
}

/** Why no file of a coverage period can be built: the carrier, period or group setting at fault. */
export function settingsBuildErrors(error: unknown): ErrorItem[] {
  if (!(error instanceof X12ValueError)) {
    return [{ error_type: BUILD_FAILED, message: `No 834 could be built for this coverage period (${error instanceof Error ? error.message : String(error)}); its changes wait and are retried`, parameter: null }];
  }
  const field = apiField(HEADER_FIELDS, error.parameter);
  return [
    {
      error_type: SETTINGS_NOT_WRITABLE,
      message: `${field ?? error.parameter} cannot be written to the carrier's 834: ${reasonOf(error)}. Changes for this coverage period wait until it is corrected, and are retried`,
      parameter: field,
    },
  ];
}
