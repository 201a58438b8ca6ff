/**
 * The carrier result file: what "carrier results" means to our connectors. A 999 only says whether a
 * file was readable; whether each person was enrolled comes later, in a carrier's own result or error
 * report (every carrier has its own format). This is the normalized form: the sandbox writes it, and a
 * carrier-specific translator would produce it from a real carrier's report. One file answers one 834
 * transaction set:
 *
 * {
 *   "type": "enrollment_results",
 *   "interchange_control_number": "000000042",     // ISA13 of the 834 answered
 *   "transaction_set_control_number": "0001",      // its ST02
 *   "results": [{
 *     "subscriber_id": "SUB-1001",                 // REF*0F: the family
 *     "member_reference": "6d0f0c52-…" | null,     // REF*23: the person (null when the 834 had none)
 *     "coverage_references": ["cov-1"],            // REF*X9 of each coverage of that person
 *     "carrier_member_id": "SBX1A2B3C4D5E6",       // optional: the carrier's own id for the person,
 *                                                  //   kept and sent back in REF*ZZ
 *     "status": "accepted" | "rejected",
 *     "errors": [{ "error_type": "invalid_request.parameter_required",
 *                  "message": "The parameter is missing and is required",
 *                  "parameter": "first_name" | null }]
 *   }]
 * }
 *
 * Strict on purpose (a format we own): unknown fields, an accepted result with errors and a rejected
 * one without are refused, so a broken translator is noticed instead of marking people enrolled.
 */

export const CARRIER_RESULT_FILE_TYPE = 'enrollment_results';

export interface CarrierError {
  /** e.g. `invalid_request.parameter_required`, as the API's own errors. */
  error_type: string;
  message: string;
  /** The API field at fault (`first_name`, `start_date`), or null when none is. */
  parameter: string | null;
}

export interface CarrierMemberResult {
  subscriber_id: string;
  member_reference: string | null;
  coverage_references: string[];
  /** The carrier's own member id for this person (optional): kept and sent back in REF*ZZ. */
  carrier_member_id?: string | null;
  status: 'accepted' | 'rejected';
  errors: CarrierError[];
}

export interface CarrierResultFile {
  type: typeof CARRIER_RESULT_FILE_TYPE;
  interchange_control_number: string;
  transaction_set_control_number: string;
  results: CarrierMemberResult[];
}

/** A result file that cannot be used; `path` names the field at fault (`results[2].status`). */
export class CarrierResultFileError extends Error {
  override readonly name = 'CarrierResultFileError';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(path === '' ? `Not a carrier result file: ${problem}` : `Not a carrier result file: ${path} ${problem}`);
  }
}

export function formatCarrierResultFile(file: CarrierResultFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads and checks a result file; throws CarrierResultFileError naming the first problem. */
export function parseCarrierResultFile(text: string): CarrierResultFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CarrierResultFileError('', `it is not JSON (${(error as Error).message})`);
  }
  const file = object(value, '', ['type', 'interchange_control_number', 'transaction_set_control_number', 'results']);
  if (file.type !== CARRIER_RESULT_FILE_TYPE) throw new CarrierResultFileError('type', `must be ${JSON.stringify(CARRIER_RESULT_FILE_TYPE)}`);
  const interchange = string(file.interchange_control_number, 'interchange_control_number');
  if (!/^\d{1,9}$/.test(interchange)) throw new CarrierResultFileError('interchange_control_number', 'must be the ISA13 answered (up to 9 digits)');
  const transactionSet = string(file.transaction_set_control_number, 'transaction_set_control_number');
  if (!Array.isArray(file.results)) throw new CarrierResultFileError('results', 'must be an array');
  return {
    type: CARRIER_RESULT_FILE_TYPE,
    interchange_control_number: interchange,
    transaction_set_control_number: transactionSet,
    results: file.results.map((result, i) => memberResult(result, `results[${i}]`)),
  };
}

function memberResult(value: unknown, path: string): CarrierMemberResult {
  const result = object(value, path, ['subscriber_id', 'member_reference', 'coverage_references', 'status', 'errors'], ['carrier_member_id']);
  const status = result.status;
  if (status !== 'accepted' && status !== 'rejected') throw new CarrierResultFileError(`${path}.status`, 'must be "accepted" or "rejected"');
  if (!Array.isArray(result.coverage_references)) throw new CarrierResultFileError(`${path}.coverage_references`, 'must be an array of strings');
  if (!Array.isArray(result.errors)) throw new CarrierResultFileError(`${path}.errors`, 'must be an array');
  const errors = result.errors.map((error, j) => carrierError(error, `${path}.errors[${j}]`));
  if (status === 'accepted' && errors.length > 0) throw new CarrierResultFileError(`${path}.errors`, 'must be empty when the status is accepted');
  if (status === 'rejected' && errors.length === 0) throw new CarrierResultFileError(`${path}.errors`, 'must say why when the status is rejected');
  return {
    subscriber_id: string(result.subscriber_id, `${path}.subscriber_id`),
    member_reference: result.member_reference === null ? null : string(result.member_reference, `${path}.member_reference`, 'a string or null'),
    coverage_references: result.coverage_references.map((reference, j) => string(reference, `${path}.coverage_references[${j}]`)),
    ...(result.carrier_member_id === undefined || result.carrier_member_id === null
      ? {}
      : { carrier_member_id: string(result.carrier_member_id, `${path}.carrier_member_id`, 'a non-empty string or null') }),
    status,
    errors,
  };
}

function carrierError(value: unknown, path: string): CarrierError {
  const error = object(value, path, ['error_type', 'message', 'parameter']);
  return {
    error_type: string(error.error_type, `${path}.error_type`),
    message: string(error.message, `${path}.message`),
    parameter: error.parameter === null ? null : string(error.parameter, `${path}.parameter`, 'a string or null'),
  };
}

function object(value: unknown, path: string, fields: readonly string[], optional: readonly string[] = []): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CarrierResultFileError(path, 'must be an object');
  const record = value as Record<string, unknown>;
  for (const field of fields) {
    if (!(field in record)) throw new CarrierResultFileError(path === '' ? field : `${path}.${field}`, 'is missing');
  }
  for (const key of Object.keys(record)) {
    if (!fields.includes(key) && !optional.includes(key)) throw new CarrierResultFileError(path === '' ? key : `${path}.${key}`, 'is not a field of a carrier result file');
  }
  return record;
}

function string(value: unknown, path: string, expected = 'a non-empty string'): string {
  if (typeof value !== 'string' || value === '') throw new CarrierResultFileError(path, `must be ${expected}`);
  return value;
}
