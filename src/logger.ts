// Structured JSON logs (pino). Secrets and personal data are redacted by path, wherever they appear
// in a logged object: keys, SSNs, names, birth dates, addresses. Errors (`err`) are logged without the
// values they carry (serializeError).
import pino, { type Logger } from 'pino';
import { serializeError } from './logged-error.ts';

const SENSITIVE_FIELDS = [
  'authorization',
  '["vericred-api-key"]',
  'key',
  'secret',
  'secret_hash',
  'password',
  'private_key',
  'auth_header',
  'social_security_number',
  'ssn',
  'first_name',
  'last_name',
  'middle_name',
  'birth_date',
  'residential_address',
  'emails',
  'phone_numbers',
];

export const REDACT_PATHS = [
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((field) => `*.${field}`),
  ...SENSITIVE_FIELDS.map((field) => `*.*.${field}`),
  'req.headers.authorization',
  'req.headers["vericred-api-key"]',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, serializers: { err: serializeError, error: serializeError } }, destination);
}
