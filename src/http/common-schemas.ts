// Schemas shared by many resources: ids, calendar dates, US addresses.
import { Type, type Static, type TSchema, type TUnion } from '@sinclair/typebox';
import { UUID_PATTERN } from '../db/ids.ts';

export const Uuid = Type.String({ pattern: UUID_PATTERN, description: 'A UUID made by the server', examples: ['0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80'] });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

/** A calendar date, `YYYY-MM-DD`; the format check rejects impossible dates like 2021-02-29. */
export const DateString = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD', examples: ['2026-01-01'] });
export const DateTime = Type.String({ format: 'date-time' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A tagged union of objects (OpenAPI's oneOf + discriminator). With Ajv's `discriminator` option a
 * wrong variant is reported against the branch its tag names, not once per branch as an anyOf would.
 * `type: 'object'` is not decoration: Ajv's discriminator and oneOf both skip values that are not
 * objects, so without it a string such as "PERF" would be accepted (and stored).
 */
export const TaggedUnion = <T extends TSchema[]>(tag: string, variants: [...T]) =>
  Type.Unsafe<Static<TUnion<T>>>({ type: 'object', oneOf: variants, discriminator: { propertyName: tag } });

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD',
  'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'VI', 'GU', 'AS', 'MP',
] as const;

export const AddressFields = {
  address_line_1: Type.String({ minLength: 1, maxLength: 55, examples: ['100 Main St'] }),
  address_line_2: Type.Optional(Nullable(Type.String({ maxLength: 55 }))),
  city: Type.String({ minLength: 1, maxLength: 30, examples: ['Springfield'] }),
  state: Type.Union(US_STATES.map((state) => Type.Literal(state)), { description: 'Two-letter USPS state code' }),
  zip: Type.String({ pattern: '^[0-9]{5}(-?[0-9]{4})?$', examples: ['62701'] }),
  fips_county_code: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{5}$' }))),
};
export const Address = Type.Object(AddressFields, { additionalProperties: false, description: 'A US address' });
export type Address = Static<typeof Address>;
