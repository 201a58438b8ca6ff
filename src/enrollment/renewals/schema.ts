// Renewal's API shapes: the request (dates of the next plan year, the plans' mapping) and the renewal.
import { Type, type Static } from '@sinclair/typebox';
import { DateString, DateTime, Nullable, Uuid, X12Identifier } from '../../http/common-schemas.ts';
import { CreatePlanBody } from '../plans/schema.ts';

const PlanFields = CreatePlanBody.properties.plan.properties;

export const CreateRenewalBody = Type.Object(
  {
    renewal: Type.Object(
      {
        coverage_start_date: Type.Optional({ ...DateString, description: 'The new plan year’s first day; default the day after this period ends' }),
        coverage_end_date: Type.Optional({ ...DateString, description: 'Its last day; default a year after it starts, less a day' }),
        carrier_group_number: Type.Optional(X12Identifier({ minLength: 1, maxLength: 50, description: "The group's number at the carrier next year; default this period's" })),
        open_enrollment_start_date: Type.Optional(Nullable(DateString)),
        open_enrollment_end_date: Type.Optional(Nullable(DateString)),
        plans: Type.Optional(
          Type.Array(
            Type.Object(
              {
                from_plan_id: Type.String({ ...Uuid, description: 'A plan of the period being renewed' }),
                drop: Type.Optional(Type.Boolean({ description: 'Not offered next year: its elections are not renewed' })),
                external_identifier: Type.Optional(PlanFields.external_identifier),
                description: Type.Optional(PlanFields.description),
                plan_identifier: PlanFields.plan_identifier,
                product_type: PlanFields.product_type,
              },
              { additionalProperties: false },
            ),
            { maxItems: 500, description: 'Old plan → new plan. A plan not listed is renewed as it is; entries with one external_identifier become one plan (of one product line)' },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, examples: [{ renewal: { plans: [{ from_plan_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80', external_identifier: 'acme-ppo-2027', plan_identifier: 'PPO750' }] } }] },
);
export type CreateRenewalBody = Static<typeof CreateRenewalBody>;

export const RenewalQuery = Type.Object({ dry_run: Type.Optional(Type.Boolean({ description: 'Do the whole renewal and roll it back: the answer counts what it would renew' })) }, { additionalProperties: false });

export const Renewal = Type.Object({
  id: Uuid,
  state: Type.Union([Type.Literal('queued'), Type.Literal('processing'), Type.Literal('completed'), Type.Literal('failed'), Type.Literal('validated')], { description: 'validated: a dry run’s answer, nothing kept' }),
  dry_run: Type.Boolean(),
  from_coverage_period_id: Uuid,
  coverage_period_id: Uuid,
  plan_mapping: Type.Array(Type.Object({ from_plan_id: Uuid, to_plan_id: Nullable(Uuid) }), { description: 'Where each old plan’s elections go; null: not renewed' }),
  families_total: Type.Integer({ description: 'Families with coverage in force on the last day of the period renewed' }),
  families_renewed: Type.Integer(),
  families_skipped: Type.Integer({ description: 'Families that already had coverage in the new period (their own open-enrollment election): left as they are' }),
  coverages_renewed: Type.Integer(),
  coverages_not_renewed: Type.Integer({ description: 'Coverages in force that were not rolled forward: a dropped plan, a member removed, a child past the age limit' }),
  message: Nullable(Type.String()),
  created_at: DateTime,
  started_at: Nullable(DateTime),
  finished_at: Nullable(DateTime),
});
export type Renewal = Static<typeof Renewal>;
