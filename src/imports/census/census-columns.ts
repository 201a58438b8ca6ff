// The census CSV layout (one row per person; a subscriber's row, then its dependents' rows) and the
// parsing of one row into plain data, with a typed error per bad cell naming its column. Pure.
// docs/census-format.md documents the layout; examples/census-sample.csv is a sample.
import { isIsoDate } from '../../enrollment/dates.ts';
import { PRODUCT_LINES, SUBSCRIBER_RELATIONSHIPS, type ProductLine, type SubscriberRelationship } from '../../enrollment/enrollment-facts.ts';
import { US_STATES } from '../../http/common-schemas.ts';
import { EMPLOYMENT_STATUSES, GENDERS, MARITAL_STATUSES } from '../../enrollment/subscribers/schema.ts';

export const PERSON_COLUMNS = [
  'subscriber_external_id',
  'external_identifier',
  'relationship',
  'first_name',
  'middle_name',
  'last_name',
  'suffix',
  'ssn',
  'gender',
  'birth_date',
  'marital_status',
  'address_line_1',
  'address_line_2',
  'city',
  'state',
  'zip',
  'email',
  'phone',
  'employment_status',
  'employment_start_date',
  'employment_end_date',
  'coverage_start_date',
] as const;

/** Per product line: `<line>_plan` (a plan's external_identifier, or WAIVE on the subscriber's row) and `<line>_volume`. */
export const planColumn = (line: ProductLine) => `${line}_plan`;
export const volumeColumn = (line: ProductLine) => `${line}_volume`;
export const WAIVE = 'WAIVE';

export interface CensusError {
  row: number;
  column: string | null;
  error_type: string;
  message: string;
}

export interface CensusPerson {
  row: number;
  subscriberExternalId: string;
  externalIdentifier: string;
  relationship: SubscriberRelationship;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  ssn: string | null;
  gender: string;
  birth_date: string;
  marital_status: string | null;
  address: { address_line_1: string; address_line_2: string | null; city: string; state: string; zip: string } | null;
  email: string | null;
  phone: string | null;
  employment: { status: string; start_date: string; end_date: string | null } | null;
  coverage_start_date: string | null;
  /** Plan external_identifier per product line, or WAIVE. */
  plans: Partial<Record<ProductLine, string>>;
  volumes: Partial<Record<ProductLine, number>>;
  // Sources that date coverage line by line (an 834: DTP*348/349 in each HD loop) set these; the CSV
  // leaves them out, and coverage_start_date then applies to every line, open-ended.
  /** Per line, the start; null means "the coverage on file" (a termination sends only its end). */
  coverage_starts?: Partial<Record<ProductLine, string | null>>;
  /** Per line, the last covered day. */
  coverage_ends?: Partial<Record<ProductLine, string>>;
  /** Per line, where the coverage is in the file (an 834's HD segment), for errors about it. */
  coverage_rows?: Partial<Record<ProductLine, number>>;
  /** The member id the carrier gave the person (an 834's REF*ZZ): kept for the coverage period's carrier. */
  carrierMemberId?: string;
  /** An 834 change file's member transaction: what it is and what it carries (see x12-changes.ts). */
  change?: MemberChange;
}

/** A member transaction of an 834 change file, applied against what is on file. */
export interface MemberChange {
  /** INS03: 021 add, 001 change, 024 termination/cancellation, 025 reinstatement, 030 audit. */
  maintenanceType: string;
  /** Stands for the subscriber on file: the transaction has only dependents' loops. */
  placeholder?: boolean;
  /** DMG was sent (else the birth date and gender on file are kept). */
  demographics: boolean;
  address: boolean;
  contact: boolean;
  employment: boolean;
  ssn: boolean;
  /** 024 with DTP*357 and no HD loops: every coverage of the member in the period ends that day. */
  endAll?: string;
  /** 025 with no HD loops: every coverage of the member that ended is open again. */
  reinstateAll?: boolean;
}

/** The product lines a header carries, and header problems (unknown or missing columns). */
export function readHeader(header: string[]): { lines: ProductLine[]; errors: CensusError[] } {
  const errors: CensusError[] = [];
  const known = new Set<string>([...PERSON_COLUMNS, ...PRODUCT_LINES.flatMap((line) => [planColumn(line), volumeColumn(line)])]);
  for (const column of header) {
    if (!known.has(column)) errors.push({ row: 1, column, error_type: 'invalid_request.parameter_unknown', message: `Unknown column "${column}"; see docs/census-format.md` });
  }
  for (const column of ['subscriber_external_id', 'external_identifier', 'relationship', 'first_name', 'last_name', 'gender', 'birth_date'] as const) {
    if (!header.includes(column)) errors.push({ row: 1, column, error_type: 'invalid_request.parameter_required', message: `The header has no "${column}" column` });
  }
  const lines = PRODUCT_LINES.filter((line) => header.includes(planColumn(line)));
  return { lines, errors };
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

export function parsePerson(record: Record<string, string>, row: number, lines: readonly ProductLine[]): { person?: CensusPerson; errors: CensusError[] } {
  const errors: CensusError[] = [];
  const text = (column: string) => (blank(record[column]) ? null : record[column]!.trim());
  const fail = (column: string, error_type: string, message: string) => errors.push({ row, column, error_type, message });
  const required = (column: string): string => {
    const value = text(column);
    if (value === null) fail(column, 'invalid_request.parameter_required', `${column} is missing and is required`);
    return value ?? '';
  };
  const oneOf = (column: string, values: readonly string[], isRequired: boolean): string | null => {
    const value = isRequired ? required(column) : text(column);
    if (value && !values.includes(value)) fail(column, 'invalid_request.parameter_invalid', `${column} must be one of ${values.join(', ')}; got "${value}"`);
    return value || null;
  };
  const date = (column: string, isRequired: boolean): string | null => {
    const value = isRequired ? required(column) : text(column);
    if (value && !isIsoDate(value)) fail(column, 'invalid_request.parameter_invalid', `${column} must be a real date written YYYY-MM-DD; got "${value}"`);
    return value || null;
  };
  const pattern = (column: string, regex: RegExp, what: string): string | null => {
    const value = text(column);
    if (value && !regex.test(value)) fail(column, 'invalid_request.parameter_invalid', `${column} must be ${what}`);
    return value;
  };

  const subscriberExternalId = required('subscriber_external_id');
  const externalIdentifier = required('external_identifier');
  const relationship = oneOf('relationship', SUBSCRIBER_RELATIONSHIPS, true) as SubscriberRelationship | null;
  const isSubscriber = relationship === 'self';
  if (isSubscriber && externalIdentifier && subscriberExternalId && externalIdentifier !== subscriberExternalId) {
    fail('external_identifier', 'invalid_request.parameter_invalid', 'On a subscriber row (relationship self), external_identifier and subscriber_external_id are the same');
  }
  const first_name = required('first_name');
  const last_name = required('last_name');
  const ssn = pattern('ssn', /^[0-9]{3}-?[0-9]{2}-?[0-9]{4}$/, 'nine digits, dashes optional');
  const gender = oneOf('gender', GENDERS, true);
  const birth_date = date('birth_date', true);
  const marital_status = oneOf('marital_status', MARITAL_STATUSES, false);
  const state = oneOf('state', US_STATES, false);
  const zip = pattern('zip', /^[0-9]{5}(-?[0-9]{4})?$/, 'a 5 or 9 digit ZIP code');
  const email = pattern('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'an email address');
  const phone = pattern('phone', /^[0-9]{10}$/, 'ten digits');
  const hasAddress = !blank(record.address_line_1) || !blank(record.city);
  const address = hasAddress
    ? { address_line_1: required('address_line_1'), address_line_2: text('address_line_2'), city: required('city'), state: state ?? required('state'), zip: zip ?? required('zip') }
    : null;
  const employmentStatus = isSubscriber ? oneOf('employment_status', EMPLOYMENT_STATUSES, false) : null;
  const employmentStart = isSubscriber ? date('employment_start_date', Boolean(employmentStatus)) : null;
  const employmentEnd = isSubscriber ? date('employment_end_date', false) : null;
  const coverage_start_date = date('coverage_start_date', false);

  const plans: Partial<Record<ProductLine, string>> = {};
  const volumes: Partial<Record<ProductLine, number>> = {};
  for (const line of lines) {
    const plan = text(planColumn(line));
    if (!plan) continue;
    if (plan.toUpperCase() === WAIVE) {
      if (!isSubscriber) fail(planColumn(line), 'invalid_request.parameter_invalid', `Only the subscriber's row may waive ${line}`);
      plans[line] = WAIVE;
      continue;
    }
    plans[line] = plan;
    const volume = text(volumeColumn(line));
    if (volume !== null) {
      if (!/^[0-9]+$/.test(volume)) fail(volumeColumn(line), 'invalid_request.parameter_invalid', `${volumeColumn(line)} is a whole number of cents`);
      else volumes[line] = Number(volume);
    }
  }
  if (Object.values(plans).some((plan) => plan !== WAIVE) && !coverage_start_date) {
    fail('coverage_start_date', 'invalid_request.parameter_required', 'coverage_start_date is required on a row that elects a plan');
  }
  if (errors.length || !relationship || !gender || !birth_date) return { errors };
  return {
    errors,
    person: {
      row,
      subscriberExternalId,
      externalIdentifier,
      relationship,
      first_name,
      middle_name: text('middle_name'),
      last_name,
      suffix: text('suffix'),
      ssn: ssn ? ssn.replace(/-/g, '') : null,
      gender,
      birth_date,
      marital_status,
      address,
      email,
      phone,
      employment: employmentStatus && employmentStart ? { status: employmentStatus, start_date: employmentStart, end_date: employmentEnd } : null,
      coverage_start_date,
      plans,
      volumes,
    },
  };
}
