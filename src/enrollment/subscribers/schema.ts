// Subscribers (employees) and their dependents, as the API takes and gives them (Ideon's shapes).
import { UUID_PATTERN } from '../../db/ids.ts';
import { Type, type Static } from '@sinclair/typebox';
import { Address, DateString, DateTime, Nullable, Uuid, X12Identifier } from '../../http/common-schemas.ts';
import { ErrorItem } from '../../http/errors.ts';
import { SUBSCRIBER_RELATIONSHIPS, COVERAGE_STATUSES } from '../enrollment-facts.ts';
import { Acknowledgement } from '../acknowledgements/schema.ts';
import { QualifyingLifeEventView } from '../qualifying-life-events/schema.ts';

export const GENDERS = ['female', 'male', 'non_binary', 'unknown'] as const;
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed', 'separated', 'registered_domestic_partner', 'unknown'] as const;
export const EMPLOYMENT_STATUSES = ['full_time', 'part_time', 'retired', 'terminated', 'leave_of_absence', 'seasonal', 'temporary', 'contract'] as const;
export const DEPENDENT_RELATIONSHIPS = SUBSCRIBER_RELATIONSHIPS.filter((relationship) => relationship !== 'self');

const literals = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Union(values.map((value) => Type.Literal(value)), description ? { description } : {});

const Ssn = Type.String({ pattern: '^[0-9]{3}-?[0-9]{2}-?[0-9]{4}$', description: 'Nine digits, dashes optional. Answered masked unless the key has the pii scope.', examples: ['222222222'] });
const Name = (example: string) => Type.String({ minLength: 1, maxLength: 60, examples: [example] });

export const Email = Type.Object({ address: X12Identifier({ format: 'email', maxLength: 254, description: 'Sent as PER*EM' }), type: Type.Optional(literals(['home', 'work'] as const)) }, { additionalProperties: false });
export const PhoneNumber = Type.Object({ number: Type.String({ pattern: '^[0-9]{10}$', description: 'Ten digits', examples: ['5555550123'] }), type: Type.Optional(literals(['home', 'work', 'mobile'] as const)) }, { additionalProperties: false });

export const EmploymentDetails = Type.Object(
  {
    status: literals(EMPLOYMENT_STATUSES),
    start_date: DateString,
    end_date: Type.Optional(Nullable(DateString)),
    original_start_date: Type.Optional(Nullable(DateString)),
    retirement_date: Type.Optional(Nullable(DateString)),
    hours_per_week: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 168 }))),
    annual_earnings: Type.Optional(Nullable(Type.Integer({ minimum: 0, description: 'In cents' }))),
    wage_frequency: Type.Optional(Nullable(literals(['hourly', 'weekly', 'biweekly', 'semimonthly', 'monthly', 'annually'] as const))),
    title: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    employee_identifier: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
    work_state: Type.Optional(Nullable(Type.String({ pattern: '^[A-Z]{2}$' }))),
  },
  { additionalProperties: false },
);

const personFields = {
  external_identifier: X12Identifier({ minLength: 1, maxLength: 80, description: "The client's own id, unique per group (per subscriber for dependents)" }),
  first_name: Name('John'),
  middle_name: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
  last_name: Name('Smith'),
  suffix: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  social_security_number: Type.Optional(Nullable(Ssn)),
  gender: literals(GENDERS),
  birth_date: DateString,
  residential_address: Type.Optional(Nullable(Address)),
  handicapped: Type.Optional(Nullable(Type.Boolean())),
  tobacco_use: Type.Optional(Nullable(Type.Boolean())),
};

export const DependentInput = Type.Object(
  { ...personFields, subscriber_relationship: literals(DEPENDENT_RELATIONSHIPS) },
  { additionalProperties: false },
);
export type DependentInput = Static<typeof DependentInput>;

export const SubscriberInput = Type.Object(
  {
    ...personFields,
    location_id: Type.Optional(Nullable(Uuid)),
    marital_status: Type.Optional(Nullable(literals(MARITAL_STATUSES))),
    mailing_address: Type.Optional(Nullable(Address)),
    emails: Type.Optional(Type.Array(Email, { maxItems: 5 })),
    phone_numbers: Type.Optional(Type.Array(PhoneNumber, { maxItems: 5 })),
    employment_details: EmploymentDetails,
    dependents: Type.Optional(Type.Array(DependentInput, { maxItems: 30 })),
  },
  { additionalProperties: false },
);
export type SubscriberInput = Static<typeof SubscriberInput>;

export const SubscriberUpdate = Type.Partial(Type.Omit(SubscriberInput, ['dependents']), { additionalProperties: false });
export type SubscriberUpdate = Static<typeof SubscriberUpdate>;
export const DependentUpdate = Type.Partial(DependentInput, { additionalProperties: false });
export type DependentUpdate = Static<typeof DependentUpdate>;

const SUBSCRIBER_EXAMPLE = {
  external_identifier: 'ABC-132A54',
  first_name: 'John',
  last_name: 'Smith',
  social_security_number: '222222222',
  gender: 'male',
  marital_status: 'married',
  birth_date: '1991-01-01',
  residential_address: { address_line_1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701' },
  employment_details: { status: 'full_time', start_date: '2020-01-01' },
  dependents: [
    { external_identifier: 'Dependent1', first_name: 'Joanna', last_name: 'Smith', social_security_number: '333333333', gender: 'female', subscriber_relationship: 'spouse', birth_date: '1992-02-03' },
  ],
};

export const CreateSubscriberBody = Type.Object({ subscriber: SubscriberInput }, { additionalProperties: false, examples: [{ subscriber: SUBSCRIBER_EXAMPLE }] });
export const UpdateSubscriberBody = Type.Object({ subscriber: SubscriberUpdate }, { additionalProperties: false, examples: [{ subscriber: { residential_address: { address_line_1: '200 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' } } }] });
export const CreateDependentBody = Type.Object({ dependent: DependentInput }, { additionalProperties: false, examples: [{ dependent: { external_identifier: 'Dependent2', first_name: 'Mia', last_name: 'Smith', gender: 'female', subscriber_relationship: 'child', birth_date: '2021-06-01' } }] });
export const UpdateDependentBody = Type.Object({ dependent: DependentUpdate }, { additionalProperties: false, examples: [{ dependent: { last_name: 'Smith-Jones' } }] });

export const Coverage = Type.Object({
  id: Uuid,
  member_id: Uuid,
  coverage_period_id: Uuid,
  plan_id: Uuid,
  product_line: Type.String(),
  status: literals(COVERAGE_STATUSES),
  start_date: DateString,
  end_date: Nullable(DateString),
  volume: Nullable(Type.Number()),
  qualifying_life_event_id: Nullable(Uuid),
  recorded_at: DateTime,
});
export type Coverage = Static<typeof Coverage>;

const personView = {
  id: Uuid,
  external_identifier: Type.String(),
  first_name: Type.String(),
  middle_name: Nullable(Type.String()),
  last_name: Type.String(),
  suffix: Nullable(Type.String()),
  social_security_number: Nullable(Type.String({ description: 'Masked (*****6789) unless the key has the pii scope' })),
  gender: Nullable(Type.String()),
  birth_date: Nullable(DateString),
  residential_address: Nullable(Address),
  handicapped: Nullable(Type.Boolean()),
  tobacco_use: Nullable(Type.Boolean()),
  benefit_start_date: Nullable(DateString),
  benefit_end_date: Nullable(DateString),
  coverages: Type.Array(Coverage),
  created_at: DateTime,
  updated_at: DateTime,
};

export const DependentView = Type.Object({
  ...personView,
  subscriber_id: Uuid,
  subscriber_relationship: Type.String(),
  removed_on: Nullable(DateString),
});
export type DependentView = Static<typeof DependentView>;

export const SubscriberView = Type.Object({
  ...personView,
  group_id: Uuid,
  location_id: Nullable(Type.String()),
  marital_status: Nullable(Type.String()),
  mailing_address: Nullable(Address),
  emails: Type.Array(Email),
  phone_numbers: Type.Array(PhoneNumber),
  employment_details: Nullable(EmploymentDetails),
  dependents: Type.Array(DependentView),
  current_qualifying_events: Type.Array(QualifyingLifeEventView),
});
export type SubscriberView = Static<typeof SubscriberView>;

export const STATUSES = ['pending', 'submitted', 'synced', 'errors'] as const;
export const SubscriberStatusLiteral = literals(STATUSES);

/** The family's status with one carrier: the coverage period whose file that carrier receives. */
export const CarrierStatusView = Type.Object({
  carrier_id: Uuid,
  coverage_period_id: Uuid,
  status: SubscriberStatusLiteral,
  status_datetime: DateTime,
  // The item's shape without its $id: one schema may define an $id only once.
  errors: Type.Array(Type.Object(ErrorItem.properties), { description: "This carrier's errors, or why the family cannot be sent to it" }),
  synced_subscriber: Type.Optional({
    ...SubscriberView,
    description: 'The subscriber as this carrier last accepted it: the record as the API showed it when the accepted file was built, with the coverages that file carried (SSNs masked). Kept while a newer change is on its way.',
  }),
  synced_datetime: Type.Optional(DateTime),
});
export type CarrierStatusView = Static<typeof CarrierStatusView>;

/** GET /subscribers/:id, as the reference shows it: status first, then the record. */
export const SubscriberEnvelope = Type.Object({
  status: { ...SubscriberStatusLiteral, description: 'synced only when every carrier the family has coverage with accepted its latest change; errors when any carrier rejected it (or it cannot be sent); else pending or submitted' },
  status_datetime: DateTime,
  errors: Type.Optional(Type.Array(ErrorItem)),
  subscriber: SubscriberView,
  synced_subscriber: Type.Optional({ ...SubscriberView, description: 'When synced: the subscriber as the carriers accepted it, every carrier\'s coverages together (SSNs masked)' }),
  carrier_statuses: Type.Array(CarrierStatusView, { description: 'One per carrier (coverage period) the family has coverage with' }),
  acknowledgement: Type.Optional(Acknowledgement),
});

export const DependentEnvelope = Type.Object({ dependent: DependentView, acknowledgement: Type.Optional(Acknowledgement) });

export const SubscriberListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String()),
    status: Type.Optional(SubscriberStatusLiteral),
    external_identifier: Type.Optional(Type.String()),
    covered_on: Type.Optional(DateString),
  },
  { additionalProperties: false },
);

export const AsOfQuery = Type.Object({ as_of: Type.Optional(DateString) }, { additionalProperties: false });

export const SubscriberSearchQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String()),
    q: Type.Optional(Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Words that each begin the first or last name (case-insensitive, "ada love"), an external identifier, or the last four digits of the SSN',
      examples: ['lovelace'],
    })),
    status: Type.Optional(SubscriberStatusLiteral),
    group_id: Type.Optional(Type.String({ pattern: UUID_PATTERN, description: 'Only this group' })),
    covered_on: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
