// Coverage periods: one plan year of a group with one carrier — its dates, its open enrollment
// window, and the rules the enrollment core applies within it.
import { Type, type Static } from '@sinclair/typebox';
import { DateString, DateTime, Nullable, Uuid, X12Identifier } from '../../http/common-schemas.ts';
import { NextCursor } from '../../http/pagination.ts';
import { DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS, RECOMMENDED_FUTURE_DAYS, RECOMMENDED_RETROACTIVE_DAYS, TERMINATION_RULES, type TerminationRule } from '../enrollment-facts.ts';

const TerminationRuleSchema = Type.Unsafe<TerminationRule>({
  type: 'string',
  enum: [...TERMINATION_RULES],
  description: 'end_of_month: coverage ends on the last day of the month of the event; event_date: on the event date',
});

const RetroactiveDays = Type.Integer({
  minimum: 0,
  maximum: 3660,
  description:
    `How many days before the day of the request a life event's date, and the start or end of a coverage it changes, may fall; ` +
    `beyond it the event is refused (422 unprocessable.retroactivity_limit) unless an admin key overrides it. ` +
    `null or left out: no limit (periods created before this setting existed keep accepting any date); ${RECOMMENDED_RETROACTIVE_DAYS} is the usual choice. ` +
    'Whatever it is, an open_enrollment event may change nothing dated before its window opens (retroactive_days 0 outside the window).',
});
const FutureDays = Type.Integer({
  minimum: 0,
  maximum: 3660,
  description:
    `How many days after the day of the request a life event's date, and the start or end of a coverage it changes, may fall ` +
    `(422 unprocessable.future_limit beyond it, unless an admin key overrides it). null or left out: no limit; ${RECOMMENDED_FUTURE_DAYS} is the usual choice.`,
});

export const CreateCoveragePeriodBody = Type.Object(
  {
    coverage_period: Type.Object(
      {
        carrier_id: Type.String({ ...Uuid, description: "One of this organization's carriers" }),
        carrier_group_number: X12Identifier({ minLength: 1, maxLength: 50, description: "The group's number at the carrier (834 REF*1L)", examples: ['GRP-12345'] }),
        coverage_start_date: DateString,
        coverage_end_date: DateString,
        open_enrollment_start_date: Type.Optional(Nullable(DateString)),
        open_enrollment_end_date: Type.Optional(Nullable(DateString)),
        termination_rule: Type.Optional(TerminationRuleSchema),
        birth_enrollment_window_days: Type.Optional(
          Type.Integer({ minimum: 0, maximum: 366, description: `Days after a birth or adoption in which it may be reported; default ${DEFAULT_BIRTH_ENROLLMENT_WINDOW_DAYS}` }),
        ),
        retroactive_days: Type.Optional(Nullable(RetroactiveDays)),
        future_days: Type.Optional(Nullable(FutureDays)),
      },
      { additionalProperties: false },
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        coverage_period: {
          carrier_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80',
          carrier_group_number: 'GRP-12345',
          coverage_start_date: '2026-01-01',
          coverage_end_date: '2026-12-31',
          open_enrollment_start_date: '2025-11-01',
          open_enrollment_end_date: '2025-11-30',
          termination_rule: 'end_of_month',
          birth_enrollment_window_days: 60,
          retroactive_days: 60,
          future_days: 180,
        },
      },
    ],
  },
);
export type CreateCoveragePeriodBody = Static<typeof CreateCoveragePeriodBody>;

export const CoveragePeriod = Type.Object({
  id: Uuid,
  group_id: Uuid,
  carrier_id: Uuid,
  carrier_group_number: Type.String(),
  coverage_start_date: DateString,
  coverage_end_date: DateString,
  open_enrollment_start_date: Nullable(DateString),
  open_enrollment_end_date: Nullable(DateString),
  termination_rule: TerminationRuleSchema,
  birth_enrollment_window_days: Type.Integer(),
  retroactive_days: Type.Optional(Type.Integer({ ...RetroactiveDays, description: `${RetroactiveDays.description} Present only when the period sets it.` })),
  future_days: Type.Optional(Type.Integer({ ...FutureDays, description: `${FutureDays.description} Present only when the period sets it.` })),
  created_at: DateTime,
});
export type CoveragePeriod = Static<typeof CoveragePeriod>;

export const CoveragePeriodAnswer = Type.Object({ coverage_period: CoveragePeriod });
export const CoveragePeriodList = Type.Object({ coverage_periods: Type.Array(CoveragePeriod), next_cursor: NextCursor });
