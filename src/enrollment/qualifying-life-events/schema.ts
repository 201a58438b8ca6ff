// The qualifying life event body, exactly as the reference (member-termination guide) shows it.
import { Type, type Static } from '@sinclair/typebox';
import { DateString, DateTime, Nullable, Uuid } from '../../http/common-schemas.ts';
import { CLIENT_QUALIFYING_LIFE_EVENTS, COVERAGE_STATUSES, PLAN_ELECTION_TYPES, PRODUCT_LINES } from '../enrollment-facts.ts';

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((value) => Type.Literal(value)));

export const CoverageElectionInput = Type.Object(
  {
    member_id: Uuid,
    status: literals(COVERAGE_STATUSES),
    start_date: DateString,
    end_date: Type.Optional(Nullable(DateString)),
    volume: Type.Optional(Nullable(Type.Integer({ minimum: 0, description: 'Benefit amount in cents (life, disability)' }))),
  },
  { additionalProperties: false },
);

export const PlanElectionInput = Type.Object(
  {
    plan_id: Type.Optional(Uuid),
    type: literals(PLAN_ELECTION_TYPES),
    waiver_reason: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    waiver_signature_date: Type.Optional(DateString),
    coverages: Type.Optional(Type.Array(CoverageElectionInput, { maxItems: 30 })),
  },
  { additionalProperties: false },
);

export const PlanElectionsInput = Type.Partial(
  Type.Object(Object.fromEntries(PRODUCT_LINES.map((line) => [line, PlanElectionInput])) as Record<(typeof PRODUCT_LINES)[number], typeof PlanElectionInput>),
  { additionalProperties: false, description: 'One election or waiver per product line' },
);

export const QualifyingLifeEventInput = Type.Object(
  {
    event: Type.Optional(literals(CLIENT_QUALIFYING_LIFE_EVENTS)),
    type: Type.Optional(literals(CLIENT_QUALIFYING_LIFE_EVENTS)),
    date: DateString,
    eligibility_start_date: Type.Optional(DateString),
    coverage_period_id: Uuid,
    external_identifier: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    member_id: Type.Optional(Uuid),
    plan_elections: Type.Optional(PlanElectionsInput),
    product_lines: Type.Optional(
      Type.Array(literals(PRODUCT_LINES), {
        minItems: 1,
        maxItems: PRODUCT_LINES.length,
        uniqueItems: true,
        description:
          'On a birth or adoption: the lines the child (member_id) joins, each with the plan the family has in it and from the event date, without restating the family ' +
          '(absent: every line where the family has dependent coverage). On a marriage: the lines the spouse (member_id) joins (absent: none). ' +
          'A line also given in plan_elections is taken as listed there.',
      }),
    ),
    coverage_end_date: Type.Optional({
      ...DateString,
      description: "On a loss_of_eligibility: the member's last covered day (absent: the coverage period's termination rule applied to the event date).",
    }),
    override_time_limits: Type.Optional(
      Type.Boolean({
        description:
          "Record the event although a date falls outside the coverage period's time rules (retroactive_days, future_days, open enrollment's no-retroactivity): " +
          'only with an API key that has the `admin` scope (403 otherwise). The override and every limit it set aside are written to the audit log ' +
          '(resource_type qualifying_life_event, action override_time_limits). Other rules are never overridden.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type QualifyingLifeEventBody = Static<typeof QualifyingLifeEventInput>;

const TERMINATION_EXAMPLE = {
  qualifying_life_event: {
    event: 'termination_of_employment',
    date: '2020-05-01',
    eligibility_start_date: '2020-01-01',
    coverage_period_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80',
    plan_elections: {
      medical: {
        plan_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a81',
        type: 'election',
        coverages: [
          { member_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a82', status: 'employer_sponsored', start_date: '2020-01-01', end_date: '2020-05-31' },
          { member_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a83', status: 'employer_sponsored', start_date: '2020-01-01', end_date: '2020-05-31' },
        ],
      },
    },
  },
};

export const CreateQualifyingLifeEventBody = Type.Object(
  { qualifying_life_event: QualifyingLifeEventInput },
  { additionalProperties: false, examples: [TERMINATION_EXAMPLE] },
);

export const QualifyingLifeEventView = Type.Object({
  id: Uuid,
  subscriber_id: Uuid,
  event: Type.String(),
  date: DateString,
  eligibility_start_date: Nullable(DateString),
  coverage_period_id: Uuid,
  external_identifier: Nullable(Type.String()),
  member_id: Nullable(Uuid),
  plan_elections: Type.Unknown({ description: 'The plan elections as submitted' }),
  status: literals(['pending', 'submitted', 'synced', 'errors'] as const),
  status_datetime: DateTime,
  created_at: DateTime,
});
export type QualifyingLifeEventView = Static<typeof QualifyingLifeEventView>;
