// How answers are written: fast-json-stringify over each route's response schema, as Fastify does by
// default, but from a copy of the schema in which the unions that only say "this or null" (and "one of
// these strings") are written as type lists. fast-json-stringify serializes a type list with a
// `typeof` test; an `anyOf` it decides by running Ajv against every branch, for every value, which made
// the record's answer (dozens of nullable fields) cost more than reading it, and compiled those
// branches on the first request of each route. The documented schemas (OpenAPI) are not changed, and
// the allowlist stays: a field not in the schema is still not written.
import fastJson from 'fast-json-stringify';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const COMBINERS = ['anyOf', 'oneOf', 'allOf', 'not', 'if', '$ref'];

/** One branch that is a plain typed schema: a type (or type list) and no combiner of its own. */
function plainType(schema: Schema): string[] | undefined {
  if (COMBINERS.some((key) => key in schema) || 'const' in schema) return undefined;
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type) && schema.type.every((t) => typeof t === 'string')) return schema.type as string[];
  return undefined;
}

/** The same schema for serializing only: `anyOf [X, null]` → X with type [X.type, 'null']; a union of string literals → a string. */
export function serializationSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(serializationSchema);
  if (!isObject(schema)) return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = serializationSchema(value);
  const branches = copy.anyOf;
  if (!Array.isArray(branches) || branches.length === 0 || !branches.every(isObject)) return copy;
  const { anyOf: _anyOf, ...siblings } = copy;
  if (COMBINERS.some((key) => key in siblings) || 'type' in siblings) return copy;
  // A union of string literals (TypeBox's Union of Literal): any string; the schema checks on the way in, not out.
  if (branches.every((b) => typeof b.const === 'string')) return { ...siblings, type: 'string' };
  const nulls = branches.filter((b) => b.type === 'null' && Object.keys(b).length === 1);
  const others = branches.filter((b) => !nulls.includes(b));
  if (nulls.length !== 1 || others.length !== 1) return copy;
  const only = others[0]!;
  const types = plainType(only);
  if (!types) return copy;
  return { ...only, ...siblings, type: [...new Set([...types, 'null'])] };
}

/** Fastify's serializerCompiler: the response schema, simplified above, compiled by fast-json-stringify. */
export function serializerCompiler({ schema }: { schema: unknown }): (data: unknown) => string {
  return fastJson(serializationSchema(schema) as Parameters<typeof fastJson>[0]);
}
