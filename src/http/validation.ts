// Schema validation. Bodies are validated strictly (no type coercion, unknown fields rejected);
// query strings and path parameters arrive as text and are coerced to the declared types.
// Every failure names the parameter at fault, as a dotted path into the request.
import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { ErrorItem } from './errors.ts';
import { x12IdentifierProblem, X12_IDENTIFIER_PATTERN } from '../carriers/x12/x12-text.ts';
import { findUnstorableText } from '../db/storable-text.ts';

// ajv-formats ships CommonJS with a default export that NodeNext sees as the module namespace.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

function makeAjv(options: Options): Ajv {
  // discriminator: a oneOf tagged by `type` (a carrier's connection) reports only the matching branch's errors.
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, discriminator: true, ...options });
  addFormats(ajv);
  // OpenAPI-only annotations TypeBox may carry.
  ajv.addKeyword('example');
  return ajv;
}

// verbose: errors carry the value, so a refused identifier's message can name the character at fault.
const strict = makeAjv({ coerceTypes: false, verbose: true });
const coercing = makeAjv({ coerceTypes: 'array', verbose: true });

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strict : coercing;
  return ajv.compile(withObjectDiscriminators(schema) as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

/**
 * Ajv's `discriminator` (and the oneOf it stands in for) applies to objects only: a string or a number
 * where a tagged union is expected passes untouched. Every schema with a discriminator is therefore
 * compiled as `type: 'object'`, however it was written (common-schemas' TaggedUnion already says so).
 */
export function withObjectDiscriminators(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withObjectDiscriminators);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'enum' || key === 'const' || key === 'examples' || key === 'default' ? value : withObjectDiscriminators(value);
  if (Array.isArray(copy.oneOf) && typeof (copy.discriminator as { propertyName?: unknown } | undefined)?.propertyName === 'string' && copy.type === undefined) copy.type = 'object';
  return copy;
}

/** `/subscriber/dependents/0/first_name` → `subscriber.dependents[0].first_name` */
export function dottedPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (extra) parts.push(extra);
  return parts
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/**
 * A value of the right shape that the API will not keep: an identifier an 834 cannot carry, a date
 * before 1900. Like the domain's rules, that answers 422; a body of the wrong shape answers 400.
 */
const isRefusedValue = (error: ErrorObject) =>
  (error.keyword === 'pattern' && error.params.pattern === X12_IDENTIFIER_PATTERN) || error.keyword === 'formatMinimum';

/**
 * 422 when every failure is a refused value, 400 otherwise. A nullable field's `null` branch fails
 * too (`type`, then `anyOf`) where the string branch refused the value: those are not failures of
 * their own.
 */
export function validationStatus(errors: ErrorObject[]): 400 | 422 {
  const refusedAt = new Set(errors.filter(isRefusedValue).map((e) => e.instancePath));
  const others = errors.filter((e) => !isRefusedValue(e) && !(refusedAt.has(e.instancePath) && (e.keyword === 'type' || e.keyword === 'anyOf')));
  return refusedAt.size > 0 && others.length === 0 ? 422 : 400;
}

export function describeValidationErrors(errors: ErrorObject[], context: string | undefined): ErrorItem[] {
  const items: ErrorItem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const item = describeOne(error, context);
    const key = `${item.error_type}|${item.parameter}`;
    // anyOf/oneOf failures repeat themselves once per branch; one line per parameter is enough.
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

function describeOne(error: ErrorObject, context: string | undefined): ErrorItem {
  const where = context === 'body' ? 'body' : context ?? 'request';
  switch (error.keyword) {
    case 'required': {
      const parameter = dottedPath(error.instancePath, String(error.params.missingProperty));
      return { error_type: 'invalid_request.parameter_required', message: `${parameter} is missing and is required`, parameter };
    }
    case 'additionalProperties': {
      const parameter = dottedPath(error.instancePath, String(error.params.additionalProperty));
      return { error_type: 'invalid_request.parameter_unknown', message: `${parameter} is not a known field of the ${where}`, parameter };
    }
    case 'pattern': {
      const parameter = dottedPath(error.instancePath) || where;
      const problem = error.params.pattern === X12_IDENTIFIER_PATTERN && typeof error.data === 'string' ? x12IdentifierProblem(error.data, parameter) : undefined;
      return { error_type: 'invalid_request.parameter_invalid', message: problem ?? `${parameter} ${error.message ?? 'is invalid'}`, parameter };
    }
    case 'formatMinimum': {
      const parameter = dottedPath(error.instancePath) || where;
      return { error_type: 'invalid_request.parameter_invalid', message: `${parameter} is before ${String(error.params.limit)}: dates so early are taken for typing mistakes; check the year`, parameter };
    }
    default: {
      const parameter = dottedPath(error.instancePath) || where;
      return { error_type: 'invalid_request.parameter_invalid', message: `${parameter} ${error.message ?? 'is invalid'}`, parameter };
    }
  }
}

/** Path parameters, query string and JSON body, in that order: the first unstorable text is a 400. */
export function refuseUnstorableText(request: { params: unknown; query: unknown; body: unknown }): ErrorItem | undefined {
  for (const [part, value] of [['path', request.params], ['query', request.query], ['body', request.body]] as const) {
    const parameter = findUnstorableText(value);
    if (parameter === undefined) continue;
    // A query parameter given twice arrives as an array; its name is what the client knows.
    const name = (part === 'query' ? parameter.replace(/\[\d+\]$/, '') : parameter) || part;
    return { error_type: 'invalid_request.parameter_invalid', message: `${name} contains a NUL character (U+0000) or an unpaired surrogate, which cannot be stored`, parameter: name };
  }
  return undefined;
}
