import { Type, type Static } from '@sinclair/typebox';
import { DateString, DateTime, Nullable, Uuid, US_STATES } from '../../http/common-schemas.ts';
import { ErrorItem } from '../../http/errors.ts';
import { ProductLineSchema } from '../../enrollment/plans/schema.ts';
import { CensusRowError } from '../census/schema.ts';

const importOptions = {
  dry_run: Type.Optional(Type.Boolean({ default: false, description: 'Read and check the whole file and write (and create) nothing' })),
  create_missing: Type.Optional(Type.Boolean({ default: false, description: 'Create the coverage period and plans (and, without a group named, the group) the file implies and the group lacks; without it they are listed in a 422' })),
  mode: Type.Optional(
    Type.Union([Type.Literal('all-or-nothing'), Type.Literal('per-member')], {
      description: "all-or-nothing: any error writes nothing. per-member: every valid member transaction is applied and the rejected ones are listed (only an error of the file itself writes nothing). Default: per-member for a change file (BGN08 2), all-or-nothing for a full file",
    }),
  ),
  carrier_id: Type.Optional(Type.String({ ...Uuid, description: 'The carrier of a coverage period created for the file (required then)' })),
};

export const GroupX12ImportQuery = Type.Object(
  {
    coverage_period_id: Type.Optional(Type.String({ ...Uuid, description: "The coverage period; left out, the group's period with the file's group number (REF*1L) that holds its coverage dates" })),
    ...importOptions,
  },
  { additionalProperties: false },
);
export type GroupX12ImportQuery = Static<typeof GroupX12ImportQuery>;

export const X12ImportQuery = Type.Object(
  {
    ...importOptions,
    group_name: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: "A created group's name; the sponsor's N102 when left out" })),
    group_external_identifier: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "A created group's external_identifier; the sponsor's FEIN when left out" })),
    group_address_line_1: Type.Optional(Type.String({ minLength: 1, maxLength: 55, description: "A created group's primary location (an 834 carries no employer address): required then" })),
    group_city: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
    group_state: Type.Optional(Type.Union(US_STATES.map((state) => Type.Literal(state)))),
    group_zip: Type.Optional(Type.String({ pattern: '^[0-9]{5}(-?[0-9]{4})?$' })),
  },
  { additionalProperties: false },
);
export type X12ImportQuery = Static<typeof X12ImportQuery>;

export const Missing = Type.Object(
  {
    group: Nullable(Type.Object({ name: Nullable(Type.String()), fein: Type.String() }, { description: 'The sponsor (N1*P5) no reachable group has the FEIN of' })),
    coverage_periods: Type.Array(Type.Object({ carrier_group_number: Type.String(), coverage_start_date: DateString, coverage_end_date: DateString }), { description: 'From REF*1L and the coverage dates: a year from the earliest DTP*348' }),
    plans: Type.Array(Type.Object({ product_line: ProductLineSchema, plan_identifier: Nullable(Type.String({ description: 'HD04' })), insurance_line_code: Type.String({ description: 'HD03' }) })),
  },
  { description: 'What the file implies and the group lacks' },
);

export const Created = Type.Object(
  {
    group: Nullable(Type.Object({ id: Uuid, name: Type.String(), external_identifier: Type.String() })),
    coverage_periods: Type.Array(Type.Object({ id: Uuid, carrier_group_number: Type.String(), coverage_start_date: DateString, coverage_end_date: DateString })),
    plans: Type.Array(Type.Object({ id: Uuid, product_line: Type.String(), external_identifier: Type.String(), plan_identifier: Nullable(Type.String()) })),
  },
  { description: 'What the applied import created (empty until it completes)' },
);

export const MemberOutcome = Type.Object({
  row: Type.Integer({ description: "The member's INS segment, ISA = 1" }),
  external_identifier: Nullable(Type.String({ description: 'REF*0F for a subscriber, REF*23 (or the one made for it) for a dependent' })),
  maintenance_type: Nullable(Type.String({ description: 'INS03: 021 add, 001 change, 024 termination or cancellation, 025 reinstatement, 030 audit (compared, not applied)' })),
  outcome: Type.Union([Type.Literal('applied'), Type.Literal('unchanged'), Type.Literal('rejected')]),
  errors: Type.Array(CensusRowError),
  note: Type.Optional(Type.String()),
});

export const X12Import = Type.Object({
  id: Uuid,
  group_id: Nullable(Uuid),
  coverage_period_id: Nullable(Uuid),
  state: Type.Union(['queued', 'processing', 'completed', 'validated', 'failed'].map((s) => Type.Literal(s)), { description: 'queued → processing → completed | validated (dry run) | failed (nothing written)' }),
  dry_run: Type.Boolean(),
  mode: Type.Union([Type.Literal('all-or-nothing'), Type.Literal('per-member')]),
  create_missing: Type.Boolean(),
  action_code: Type.String({ description: "BGN08: '2' change file, '4' or 'RX' full file" }),
  complete: Type.Boolean({ description: 'A full file: families with coverage it leaves out are terminated' }),
  termination_date: Nullable(DateString),
  sponsor: Nullable(Type.Object({ name: Nullable(Type.String()), id: Type.String(), id_qualifier: Type.String() })),
  carrier_group_number: Nullable(Type.String()),
  file_bytes: Type.Integer(),
  members_total: Nullable(Type.Integer({ description: 'Member loops (INS) in the file' })),
  members_done: Type.Integer(),
  families_created: Type.Integer(),
  families_changed: Type.Integer(),
  families_unchanged: Type.Integer(),
  families_terminated: Type.Integer(),
  missing: Missing,
  created: Created,
  error_count: Type.Integer(),
  errors: Type.Array(CensusRowError, { description: 'Every rejected segment (the first 1000): row is the segment position in the file, ISA = 1; column the element, e.g. HD03' }),
  warnings: Type.Array(
    Type.Object({
      code: Type.String({ description: 'trailing_spaces_trimmed, lowercase_code_uppercased, zip_hyphen_removed (normalized); provider_not_stored (loop 2310), coordination_of_benefits_not_stored (2320), member_party_not_stored (2100B-H, one per NM101), reporting_categories_not_stored (2700), contact_not_stored (a second phone or email), employment_status_not_stored (INS08 without DTP*336), dtp_qualifier_not_stored, ref_qualifier_not_stored (one per qualifier)' }),
      message: Type.String(),
      count: Type.Integer({ description: 'How many times the file has it' }),
    }),
    { description: "What the reader normalized, and what the file carries that is not stored, one entry per kind with a count (no personal data)" },
  ),
  members: Type.Array(MemberOutcome, { description: 'Every member transaction (INS loop) in file order (the first 1000): applied, unchanged or rejected with its errors' }),
  message: Nullable(Type.String()),
  reference_number: Nullable(Type.String({ description: 'The acknowledgement of an applied import' })),
  created_at: DateTime,
  started_at: Nullable(DateTime),
  finished_at: Nullable(DateTime),
});
export type X12Import = Static<typeof X12Import>;

export const MissingTargetsBody = Type.Object({ errors: Type.Array(ErrorItem), missing: Type.Optional(Missing) }, { description: 'What was wrong; for a file whose group, coverage period or plans are missing, what is missing' });
