// What of an error goes into a log line. Database errors carry the values of the statement that
// failed — pg's `detail` ("Key (x)=(value)", "Failing row contains (...)"), PGlite's `params` and
// `query`, messages quoting the rejected value — so an error is logged from a short list of fields
// that name what failed, never what it was failing on.
const KEPT_FIELDS = ['code', 'constraint', 'table', 'column', 'routine'] as const;
const MAX_CAUSES = 3;

export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  cause?: LoggedError;
}

/** The message with the values PostgreSQL quotes in it taken out. */
export function scrubErrorMessage(message: string, code?: unknown): string {
  let scrubbed = message
    .replace(/(Key \(.*?\))=\(.*$/gm, '$1=(…)')
    .replace(/Failing row contains \(.*\)/g, 'Failing row contains (…)');
  // Class 22 (data exception): "invalid input syntax for type date: "1980-13-45"" and its kin quote the value.
  if (typeof code === 'string' && code.startsWith('22')) scrubbed = scrubbed.replace(/: .*$/s, '');
  // Whatever the class, a quoted value after "for type …:" or "value:" is the input itself.
  return scrubbed.replace(/((?:for type [\w ."]+|value|input|enum [\w."]+)): ".*?"/g, '$1: "…"');
}

/** pino's `err` serializer: the error's name, code, scrubbed message and where it failed; no values. */
export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) {
    // Something thrown that is not an Error: its type only, since its content may be anything.
    return { type: typeof error, message: 'a non-Error value was thrown' };
  }
  const source = error as Error & Record<string, unknown>;
  const message = scrubErrorMessage(String(error.message ?? ''), source.code);
  const logged: LoggedError = { type: error.constructor?.name || error.name || 'Error', message };
  if (typeof error.stack === 'string') {
    // The stack's first lines repeat the message.
    logged.stack = error.message ? error.stack.split(error.message).join(message) : error.stack;
  }
  for (const field of KEPT_FIELDS) {
    const value = source[field];
    if (typeof value === 'string' || typeof value === 'number') logged[field] = String(value);
  }
  if (error.cause !== undefined && depth < MAX_CAUSES) logged.cause = serializeError(error.cause, depth + 1);
  return logged;
}
