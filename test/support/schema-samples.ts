// Request bodies made from a JSON schema, for the contract test: one valid body (only what is
// required, or everything), and mutations of it — each value replaced by one of another JSON type,
// each required property removed, an unknown property added, a NUL or an unpaired surrogate inside each string.
// Deterministic: the same schema gives the same bodies. It covers the schema shapes our TypeBox
// schemas produce (object, array, string with enum/pattern/format/length, integer, number, boolean,
// null, anyOf, oneOf + discriminator), not JSON Schema at large.
import fc from 'fast-check';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
};

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = (string | number)[];

export interface SampleOptions {
  /** Include optional properties too (otherwise only the required ones, and enough for minProperties). */
  optional: boolean;
  /** A value chosen by the caller for a property of this name (ids of real resources, unique identifiers). */
  named?: (name: string, schema: JsonSchema) => Json | undefined;
}

// Patterns our schemas use without an example; anything else falls back to a seeded fast-check sample.
const PATTERN_SAMPLES: Record<string, string> = {
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$': '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80',
  '^[0-9]{5}$': '17031',
  '^[A-Z]{2}$': 'IL',
  '^[0-9]{5}(-?[0-9]{4})?$': '62701',
  '^https?://': 'https://203.0.113.10/contract',
  '^ACK-[0-9A-Z]{12}$': 'ACK-000000000000',
  '^[0-9]{1,18}$': '1',
};

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2026-01-01',
  'date-time': '2026-01-01T09:00:00.000Z',
  email: 'contract@example.com',
  uri: 'https://203.0.113.10/contract',
};

function sampleString(schema: JsonSchema): string {
  const example = schema.examples?.find((value): value is string => typeof value === 'string');
  if (example !== undefined) return example;
  // A format's sample first: a pattern beside a format (an X12-safe email) only narrows the characters.
  if (schema.format && FORMAT_SAMPLES[schema.format] && (!schema.pattern || new RegExp(schema.pattern).test(FORMAT_SAMPLES[schema.format]!))) return FORMAT_SAMPLES[schema.format]!;
  if (schema.pattern) {
    const known = PATTERN_SAMPLES[schema.pattern];
    if (known !== undefined) return known;
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? 40;
    const arbitrary = fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length >= min && text.length <= max);
    return fc.sample(arbitrary, { seed: 834, numRuns: 1 })[0]!;
  }
  if (schema.format && FORMAT_SAMPLES[schema.format]) return FORMAT_SAMPLES[schema.format]!;
  const min = schema.minLength ?? 1;
  const max = schema.maxLength ?? 60;
  return 'Contract'.padEnd(min, 'x').slice(0, Math.max(max, 0));
}

const isNullSchema = (schema: JsonSchema) => schema.type === 'null';

/** A value the schema accepts. */
export function sample(schema: JsonSchema, options: SampleOptions, name?: string): Json {
  if (name !== undefined) {
    const chosen = options.named?.(name, schema);
    if (chosen !== undefined) return chosen;
  }
  if (schema.oneOf) return sample(schema.oneOf[0]!, options, name);
  if (schema.anyOf) return sample(schema.anyOf.find((branch) => !isNullSchema(branch)) ?? schema.anyOf[0]!, options, name);
  if (schema.enum) return schema.enum[0] as Json;
  if ('const' in schema) return schema.const as Json;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type ?? (schema.properties ? 'object' : undefined)) {
    case 'object': {
      const out: Record<string, Json> = {};
      const entries = Object.entries(schema.properties ?? {});
      for (const [key, property] of entries) {
        if (options.optional || schema.required?.includes(key)) out[key] = sample(property, options, key);
      }
      for (const [key, property] of entries) {
        if (Object.keys(out).length >= (schema.minProperties ?? 0)) break;
        if (!(key in out)) out[key] = sample(property, options, key);
      }
      return out;
    }
    case 'array': {
      const count = Math.min(Math.max(schema.minItems ?? 0, 1), schema.maxItems ?? Number.POSITIVE_INFINITY);
      return Array.from({ length: count }, () => sample(schema.items ?? {}, options, name));
    }
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number':
      return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** Every branch of every tagged union (oneOf) in the schema, each as a valid value at its path. */
export function unionBranches(schema: JsonSchema, options: SampleOptions, path: JsonPath = []): { path: JsonPath; value: Json; title: string }[] {
  const found: { path: JsonPath; value: Json; title: string }[] = [];
  schema.oneOf?.forEach((branch, i) => found.push({ path, value: sample(branch, options), title: String(branch.title ?? i) }));
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) found.push(...unionBranches(branch, options, path));
  for (const [key, property] of Object.entries(schema.properties ?? {})) found.push(...unionBranches(property, options, [...path, key]));
  if (schema.items) found.push(...unionBranches(schema.items, options, [...path, 0]));
  return found;
}

export type JsonKind = 'string' | 'number' | 'object' | 'array' | 'null' | 'boolean';
export const kindOf = (value: Json): JsonKind =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as JsonKind);

/** A value of each kind; a mutation puts each one whose kind differs in place of a value. */
export const OTHER_KINDS: Record<JsonKind, Json> = { string: 'contract', number: 7, object: {}, array: [], null: null, boolean: true };

/** Every value in a JSON document with its path, the root included. */
export function paths(value: Json, path: JsonPath = []): { path: JsonPath; value: Json }[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => paths(item, [...path, i])));
  if (value !== null && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([key, item]) => paths(item, [...path, key])));
  return here;
}

export function setAt(document: Json, path: JsonPath, value: Json | undefined): Json {
  if (path.length === 0) return value as Json;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as Json;
}

/** `['subscriber', 'dependents', 0, 'first_name']` → `subscriber.dependents[0].first_name`, as the API names parameters. */
export const dotted = (path: JsonPath): string =>
  path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');

export interface Mutation {
  label: string;
  body: Json;
  /** What the answer must be beyond "not a 5xx": a 400 naming this parameter (with this error type). */
  expect?: { parameter: string; errorType?: string; prefix?: boolean };
}

export const EXTRA_FIELD = 'contract_unknown_field';

/** The schema a value was made from: the tagged union's branch its tag names, the anyOf branch of its kind. */
function branchFor(schema: JsonSchema, value: Json): JsonSchema {
  if (schema.oneOf) {
    const tag = (schema.discriminator as { propertyName?: string } | undefined)?.propertyName;
    const chosen = tag && value !== null && typeof value === 'object' && !Array.isArray(value)
      ? schema.oneOf.find((branch) => {
          const property = branch.properties?.[tag];
          return property?.const === value[tag] || property?.enum?.includes(value[tag]);
        })
      : undefined;
    return branchFor(chosen ?? schema.oneOf[0]!, value);
  }
  if (schema.anyOf) {
    const kind = kindOf(value);
    const chosen = schema.anyOf.find((branch) => branch.type === kind || (kind === 'number' && branch.type === 'integer') || (kind === 'object' && branch.properties !== undefined));
    return chosen ? branchFor(chosen, value) : schema;
  }
  return schema;
}

/** The path of every required property present in a value made from the schema. */
export function requiredPaths(schema: JsonSchema, value: Json, path: JsonPath = []): JsonPath[] {
  const here = branchFor(schema, value);
  if (Array.isArray(value)) return value.flatMap((item, i) => requiredPaths(here.items ?? {}, item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(here.required?.includes(key) ? [[...path, key]] : []),
    ...requiredPaths(here.properties?.[key] ?? {}, item, [...path, key]),
  ]);
}

/**
 * Mutations of a body (the full one: every optional property present, one item per array): each value
 * as each other JSON kind, NUL and a lone surrogate in each string, each required property removed,
 * an unknown property in each object.
 */
export function mutations(schema: JsonSchema, full: Json): Mutation[] {
  const out: Mutation[] = [];
  for (const { path, value } of paths(full)) {
    const kind = kindOf(value);
    const parameter = dotted(path) || 'body';
    for (const [other, replacement] of Object.entries(OTHER_KINDS)) {
      if (other !== kind) out.push({ label: `${parameter} as ${other}`, body: setAt(full, path, replacement) });
    }
    if (typeof value === 'string') {
      out.push({ label: `${parameter} with NUL`, body: setAt(full, path, `${value}\u0000`), expect: { parameter, errorType: 'invalid_request.parameter_invalid' } });
      out.push({ label: `${parameter} with a lone surrogate`, body: setAt(full, path, `\ud800${value}`), expect: { parameter, errorType: 'invalid_request.parameter_invalid' } });
    }
    if (kind === 'object') {
      out.push({ label: `${parameter} with an unknown field`, body: setAt(full, [...path, EXTRA_FIELD], 1), expect: { parameter: dotted([...path, EXTRA_FIELD]), errorType: 'invalid_request.parameter_unknown' } });
    }
  }
  for (const path of requiredPaths(schema, full)) {
    // The parameter named is the field, or — for a tagged union's tag — the union itself.
    out.push({ label: `${dotted(path)} missing`, body: setAt(full, path, undefined), expect: { parameter: dotted(path.slice(0, -1)), prefix: true } });
  }
  return out;
}
