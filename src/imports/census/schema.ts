import { Type, type Static } from '@sinclair/typebox';
import { DateString, DateTime, Nullable, Uuid } from '../../http/common-schemas.ts';

export const CensusImportQuery = Type.Object(
  {
    coverage_period_id: Uuid,
    dry_run: Type.Optional(Type.Boolean({ default: false, description: 'Validate the whole file and write nothing' })),
    complete: Type.Optional(Type.Boolean({ default: false, description: 'The file is the whole population: families missing from it are terminated (termination_date, and the coverage period’s rule)' })),
    termination_date: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export type CensusImportQuery = Static<typeof CensusImportQuery>;

export const CensusRowError = Type.Object({
  row: Type.Integer({ description: 'Line of the file, the header being 1' }),
  column: Nullable(Type.String()),
  error_type: Type.String(),
  message: Type.String(),
});

export const CensusImport = Type.Object({
  id: Uuid,
  group_id: Uuid,
  coverage_period_id: Uuid,
  state: Type.Union(['queued', 'processing', 'completed', 'validated', 'failed'].map((s) => Type.Literal(s)), { description: 'queued → processing → completed | validated (dry run) | failed (nothing written)' }),
  dry_run: Type.Boolean(),
  complete: Type.Boolean(),
  termination_date: Nullable(DateString),
  file_bytes: Type.Integer(),
  rows_total: Nullable(Type.Integer()),
  rows_done: Type.Integer(),
  families_created: Type.Integer(),
  families_changed: Type.Integer(),
  families_unchanged: Type.Integer(),
  families_terminated: Type.Integer(),
  error_count: Type.Integer(),
  errors: Type.Array(CensusRowError, { description: 'Every rejected row (the first 1000)' }),
  message: Nullable(Type.String()),
  reference_number: Nullable(Type.String({ description: 'The acknowledgement of an applied import' })),
  created_at: DateTime,
  started_at: Nullable(DateTime),
  finished_at: Nullable(DateTime),
});
export type CensusImport = Static<typeof CensusImport>;
