// Reconciliation's API shapes: a run, a discrepancy (a work item, with both values), a comment.
import { Type, type Static } from '@sinclair/typebox';
import { DateString, DateTime, Nullable, Uuid } from '../http/common-schemas.ts';
import { NextCursor, PageQuery } from '../http/pagination.ts';
import { DISCREPANCY_TYPES } from './compare.ts';

const DiscrepancyType = Type.Union(DISCREPANCY_TYPES.map((type) => Type.Literal(type)));

export const Reconciliation = Type.Object({
  id: Uuid,
  coverage_period_id: Uuid,
  carrier_id: Uuid,
  source: Type.Union([Type.Literal('x12_834'), Type.Literal('census_csv')], { description: "What the carrier's truth came as: a full 834, or a census CSV" }),
  status: Type.Literal('completed'),
  as_of: DateString,
  file_reference: Nullable(Type.String({ description: "The carrier file's BGN02" })),
  members_in_file: Type.Integer({ description: "Member loops (INS) in the carrier's 834, or people (rows) in its census" }),
  counts: Type.Object(Object.fromEntries(DISCREPANCY_TYPES.map((type) => [type, Type.Integer({ minimum: 0 })])), { description: 'Differences this run found, by type' }),
  created_at: DateTime,
});
export type Reconciliation = Static<typeof Reconciliation>;

export const Discrepancy = Type.Object({
  id: Uuid,
  coverage_period_id: Uuid,
  type: DiscrepancyType,
  member_id: Nullable(Uuid),
  subscriber_id: Nullable(Uuid),
  carrier_member: Nullable(Type.String({ description: "How the carrier's file names a member we do not know (REF*0F / REF*23, or name and birth date)" })),
  line: Nullable(Type.String({ description: 'The line of coverage (HD03) of a coverage difference' })),
  field: Nullable(Type.String({ description: 'name, birth_date, gender, ssn_last_four, address, relationship, start_date, end_date, plan, coverage_level, volume' })),
  our_value: Nullable(Type.String()),
  carrier_value: Nullable(Type.String()),
  last_file_delivery_id: Nullable(Uuid),
  status: Type.Union([Type.Literal('open'), Type.Literal('resolved')]),
  resolution: Nullable(Type.Union([Type.Literal('fixed_here'), Type.Literal('carrier_will_fix'), Type.Literal('dismissed'), Type.Literal('no_longer_found')])),
  resolution_note: Nullable(Type.String()),
  resolved_at: Nullable(DateTime),
  first_reconciliation_id: Uuid,
  last_reconciliation_id: Uuid,
  created_at: DateTime,
  updated_at: DateTime,
});
export type Discrepancy = Static<typeof Discrepancy>;

export const DiscrepancyComment = Type.Object({ id: Uuid, discrepancy_id: Uuid, body: Type.String(), created_at: DateTime });

export const DiscrepancyList = Type.Object({ discrepancies: Type.Array(Discrepancy), next_cursor: NextCursor });
export const PeriodDiscrepancyQuery = Type.Composite([PageQuery, Type.Object({ status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('resolved')])) })], { additionalProperties: false });

export const ResolveBody = Type.Object(
  {
    resolution: Type.Union([Type.Literal('fixed_here'), Type.Literal('carrier_will_fix'), Type.Literal('dismissed')]),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
  },
  { additionalProperties: false, examples: [{ resolution: 'carrier_will_fix', note: 'The carrier confirmed the end date by phone; it corrects it in its next cycle' }] },
);
export const CommentBody = Type.Object(
  { comment: Type.Object({ body: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false }) },
  { additionalProperties: false, examples: [{ comment: { body: 'Asked the carrier for its enrollment screen of this member' } }] },
);
