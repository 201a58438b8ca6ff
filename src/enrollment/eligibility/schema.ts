// Eligibility rules of a coverage period, per benefit class: the API's shapes.
import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Nullable, Uuid } from '../../http/common-schemas.ts';
import { WAITING_PERIOD_TYPES } from '../eligibility-rules.ts';

export const WaitingPeriod = Type.Object(
  {
    type: Type.Unsafe<(typeof WAITING_PERIOD_TYPES)[number]>({
      type: 'string',
      enum: [...WAITING_PERIOD_TYPES],
      description:
        'first_of_month_after: coverage may start on the first of a month on or after the `days`-th day after the date of hire; ' +
        'after_days: on the `days`-th day after it; date_of_hire: on the date of hire (employment_details.start_date)',
    }),
    days: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 730, description: 'Required by first_of_month_after and after_days' }))),
  },
  { additionalProperties: false },
);

const ruleFields = {
  employment_classification_id: Type.Optional(Nullable(Type.String({ ...Uuid, description: "A class of the period's group; null or left out: the period's default rule, for subscribers whose class has no rule of its own" }))),
  plan_ids: Type.Optional(Nullable(Type.Array(Uuid, { maxItems: 200, description: 'The only plans of the period the class may elect; null or left out: any plan' }))),
  minimum_hours_per_week: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 168, description: "Fewest weekly hours (the subscriber's employment_details.hours_per_week) to elect coverage" }))),
  waiting_period: Type.Optional(Nullable(WaitingPeriod)),
};

const RuleInput = Type.Object(ruleFields, { additionalProperties: false });
export type RuleInput = Static<typeof RuleInput>;
const RuleUpdate = Type.Partial(Type.Omit(RuleInput, ['employment_classification_id']), { additionalProperties: false });
export type RuleUpdate = Static<typeof RuleUpdate>;

export const CreateRuleBody = Type.Object({ eligibility_rule: RuleInput }, {
  additionalProperties: false,
  examples: [{ eligibility_rule: { employment_classification_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80', plan_ids: ['0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a81'], minimum_hours_per_week: 30, waiting_period: { type: 'first_of_month_after', days: 30 } } }],
});
export const UpdateRuleBody = Type.Object({ eligibility_rule: RuleUpdate }, { additionalProperties: false, examples: [{ eligibility_rule: { minimum_hours_per_week: 20 } }] });

export const EligibilityRule = Type.Object({
  id: Uuid,
  coverage_period_id: Uuid,
  employment_classification_id: Nullable(Uuid),
  plan_ids: Nullable(Type.Array(Uuid)),
  minimum_hours_per_week: Nullable(Type.Number()),
  waiting_period: Nullable(WaitingPeriod),
  created_at: DateTime,
  updated_at: DateTime,
});
export type EligibilityRule = Static<typeof EligibilityRule>;
export const EligibilityRuleAnswer = Type.Object({ eligibility_rule: EligibilityRule });
export const EligibilityRuleList = Type.Object({ eligibility_rules: Type.Array(EligibilityRule) });
