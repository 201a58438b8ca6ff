// Schemas shared by many resources: ids, calendar dates, US addresses.
import { Type, type Static, type StringOptions, type TSchema, type TUnion } from '@sinclair/typebox';
import { UUID_PATTERN } from '../db/ids.ts';
import { X12_IDENTIFIER_PATTERN, X12_PUNCTUATION } from '../carriers/x12/x12-text.ts';

export const Uuid = Type.String({ pattern: UUID_PATTERN, description: 'A UUID made by the server', examples: ['0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80'] });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

/** The earliest date a request may hold: older ones are typing mistakes, and an 834 (D8) has no use for them. */
export const EARLIEST_DATE = '1900-01-01';

/**
 * A calendar date, `YYYY-MM-DD`, from 1900-01-01 on; the format check rejects impossible dates like
 * 2021-02-29 (400), `formatMinimum` an earlier one (422, see validation.ts).
 */
export const DateString = Type.String({ format: 'date', formatMinimum: EARLIEST_DATE, description: 'A calendar date, YYYY-MM-DD, 1900-01-01 or later', examples: ['2026-01-01'] });

/**
 * A value that travels in an 834 as an identifier (REF, N1, HD04, PER, ISA/GS ids): only characters an
 * X12 element may carry, never the delimiters * : ^ ~ (x12-text.ts). Sent exactly as given, so refused
 * here (422 naming the field) rather than changed later.
 */
export const X12Identifier = (options: StringOptions = {}) =>
  Type.String({
    ...options,
    pattern: X12_IDENTIFIER_PATTERN,
    description: `${options.description ? `${options.description}. ` : ''}Sent in the 834 as given: letters, digits, inner spaces and ${X12_PUNCTUATION}`,
  });
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
