// Request bodies → member rows (pure but for sealing the SSN). The SSN is kept sealed, with its last
// four digits apart so a masked form can be shown without opening it.
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { json } from '../../db/database.ts';
import type { DependentInput, DependentUpdate, SubscriberInput, SubscriberUpdate } from './schema.ts';
import type { MemberPatch, MemberRow, NewMember } from './store.ts';

export const ssnDigits = (ssn: string) => ssn.replace(/-/g, '');

function sealedSsn(ssn: string | null | undefined, cipher: PersonalDataCipher) {
  if (ssn === undefined) return {};
  if (ssn === null) return { ssn_sealed: null, ssn_last4: null, ssn_index: null };
  const digits = ssnDigits(ssn);
  return { ssn_sealed: cipher.seal(digits), ssn_last4: digits.slice(-4), ssn_index: cipher.blindIndex(digits) };
}

const optionalJson = (value: unknown) => (value === undefined ? undefined : value === null ? null : json(value));

/** The fields a subscriber or dependent body sets, as columns; absent fields are left out (PUT semantics). */
function personColumns(input: DependentUpdate & SubscriberUpdate, cipher: PersonalDataCipher): MemberPatch {
  const columns: MemberPatch = {
    external_identifier: input.external_identifier,
    first_name: input.first_name,
    middle_name: input.middle_name,
    last_name: input.last_name,
    suffix: input.suffix,
    gender: input.gender,
    birth_date: input.birth_date,
    residential_address: optionalJson(input.residential_address),
    handicapped: input.handicapped,
    tobacco_use: input.tobacco_use,
    subscriber_relationship: input.subscriber_relationship,
    location_id: input.location_id,
    marital_status: input.marital_status,
    mailing_address: optionalJson(input.mailing_address),
    emails: input.emails === undefined ? undefined : json(input.emails),
    phone_numbers: input.phone_numbers === undefined ? undefined : json(input.phone_numbers),
    employment_details: optionalJson(input.employment_details),
    ...sealedSsn(input.social_security_number, cipher),
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as MemberPatch;
}

export function memberPatch(input: SubscriberUpdate | DependentUpdate, cipher: PersonalDataCipher): MemberPatch {
  return personColumns(input, cipher);
}

interface Placement {
  id: string;
  organizationId: string;
  groupId: string;
  subscriberId: string | null;
}

export function newSubscriberRow(input: SubscriberInput, placement: Placement, cipher: PersonalDataCipher): NewMember {
  const { dependents: _dependents, ...fields } = input;
  return {
    ...blankMember(placement),
    ...personColumns(fields, cipher),
    subscriber_relationship: 'self',
  } as NewMember;
}

export function newDependentRow(input: DependentInput, placement: Placement, cipher: PersonalDataCipher): NewMember {
  return { ...blankMember(placement), ...personColumns(input, cipher) } as NewMember;
}

function blankMember(placement: Placement) {
  return {
    id: placement.id,
    organization_id: placement.organizationId,
    group_id: placement.groupId,
    subscriber_id: placement.subscriberId,
    emails: '[]',
    phone_numbers: '[]',
  };
}

const JSON_COLUMNS = ['residential_address', 'mailing_address', 'emails', 'phone_numbers', 'employment_details'] as const;
const NULLABLE_COLUMNS = ['location_id', 'middle_name', 'suffix', 'ssn_sealed', 'ssn_last4', 'ssn_index', 'gender', 'birth_date', 'marital_status', 'residential_address', 'mailing_address', 'employment_details', 'handicapped', 'tobacco_use', 'removed_on'] as const;

/** JSON columns as values (the rows above carry them as JSON text, for Kysely's writes). */
function parsedJson<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = { ...row };
  for (const column of JSON_COLUMNS) if (typeof out[column] === 'string') out[column] = JSON.parse(out[column] as string);
  return out as T;
}

/** A new member's whole row, as the database will hold it, stamped `at`. */
export function memberRow(row: NewMember, at: Date): MemberRow {
  const blanks = Object.fromEntries(NULLABLE_COLUMNS.map((column) => [column, null]));
  return parsedJson({ ...blanks, ...row, created_at: at, updated_at: at }) as unknown as MemberRow;
}

/** A member's row with a patch laid over it, stamped `at`. */
export function patchedMember(before: MemberRow, patch: MemberPatch, at: Date): MemberRow {
  return parsedJson({ ...before, ...patch, updated_at: at }) as unknown as MemberRow;
}
