// Plans offered in a coverage period, one product line each.
import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Nullable, Uuid, X12Identifier } from '../../http/common-schemas.ts';
import { NextCursor } from '../../http/pagination.ts';
import { PRODUCT_LINES, type ProductLine } from '../enrollment-facts.ts';

/** One `enum`, so a wrong product line is one error that lists the allowed ones. */
export const ProductLineSchema = Type.Unsafe<ProductLine>({ type: 'string', enum: [...PRODUCT_LINES], examples: ['medical'] });

export const CreatePlanBody = Type.Object(
  {
    plan: Type.Object(
      {
        external_identifier: Type.String({ minLength: 1, maxLength: 100, description: "The client's own id for the plan, unique in its coverage period", examples: ['acme-ppo-2026'] }),
        description: Type.String({ minLength: 1, maxLength: 255, examples: ['Acme PPO 500'] }),
        product_line: ProductLineSchema,
        product_type: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 50, description: 'e.g. PPO, HMO, EPO, HSA', examples: ['PPO'] }))),
        plan_identifier: Type.Optional(Nullable(X12Identifier({ minLength: 1, maxLength: 50, description: "The carrier's plan code (834 HD04)", examples: ['PPO500'] }))),
        voluntary: Type.Optional(Type.Boolean({ description: 'Paid by the employee rather than the employer; false when left out' })),
      },
      { additionalProperties: false },
    ),
  },
  {
    additionalProperties: false,
    examples: [{ plan: { external_identifier: 'acme-ppo-2026', description: 'Acme PPO 500', product_line: 'medical', product_type: 'PPO', plan_identifier: 'PPO500', voluntary: false } }],
  },
);
export type CreatePlanBody = Static<typeof CreatePlanBody>;

export const Plan = Type.Object({
  id: Uuid,
  coverage_period_id: Uuid,
  group_id: Uuid,
  external_identifier: Type.String(),
  description: Type.String(),
  product_line: ProductLineSchema,
  product_type: Nullable(Type.String()),
  plan_identifier: Nullable(Type.String()),
  voluntary: Type.Boolean(),
  created_at: DateTime,
});
export type Plan = Static<typeof Plan>;

export const PlanAnswer = Type.Object({ plan: Plan });
export const PlanList = Type.Object({ plans: Type.Array(Plan), next_cursor: NextCursor });
