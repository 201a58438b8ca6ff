// Carrier errors as work items (SQL). An error is either a family the carrier rejected in a file
// (file_delivery_subscribers with its error_id) or a family we could not write into a file
// (transmission_failures); its state as a work item is carrier_error_resolutions (no row: open) and
// its comments carrier_error_comments. Each read is one statement whatever the count.
import { sql, type Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { Selectable } from 'kysely';
import type { CarrierErrorCommentsTable } from '../../db/tables.ts';
import { reachableBy } from '../../enrollment/group-access.ts';

export type CarrierErrorCommentRow = Selectable<CarrierErrorCommentsTable>;
export type Resolution = 'fixed_here' | 'carrier_will_fix' | 'dismissed';

export interface CarrierErrorRow {
  id: string;
  organization_id: string;
  group_id: string;
  coverage_period_id: string;
  carrier_id: string;
  subscriber_id: string;
  /** Null for a family we could not write into a file. */
  delivery_id: string | null;
  at: Date | null;
  errors: unknown;
  status: 'open' | 'resolved';
  resolution: Resolution | null;
  resolution_note: string | null;
  resolved_at: Date | null;
  resolved_by: 'user' | 'system' | null;
}

/** Both kinds of error, as one relation (the work-item state joined). */
const errorsSql = sql`
  SELECT e.*, coalesce(r.status, 'open') AS status, r.resolution, r.resolution_note, r.resolved_at, r.resolved_by
  FROM (
    SELECT f.error_id AS id, f.organization_id, f.group_id, d.coverage_period_id, d.carrier_id, f.subscriber_id, f.delivery_id, f.result_at AS at, f.errors
    FROM file_delivery_subscribers f JOIN file_deliveries d ON d.id = f.delivery_id
    WHERE f.result = 'rejected' AND f.error_id IS NOT NULL
    UNION ALL
    SELECT t.id, t.organization_id, t.group_id, t.coverage_period_id, t.carrier_id, t.subscriber_id, NULL::uuid, t.created_at, t.errors
    FROM transmission_failures t
  ) e LEFT JOIN carrier_error_resolutions r ON r.error_id = e.id`;

/** Newest first, at most `limit`, of one coverage period; `status` filters open or resolved. */
export async function listPeriodErrors(trx: Trx, coveragePeriodId: string, status: 'open' | 'resolved' | undefined, limit: number): Promise<CarrierErrorRow[]> {
  const { rows } = await sql<CarrierErrorRow>`
    SELECT * FROM (${errorsSql}) x
    WHERE x.coverage_period_id = ${coveragePeriodId}::uuid AND (${status ?? null}::text IS NULL OR x.status = ${status ?? null}::text)
    ORDER BY x.at DESC NULLS LAST, x.id LIMIT ${limit}`.execute(trx);
  return rows;
}

/** The error, when the organization reaches its group. */
export async function findReachableError(trx: Trx, organizationId: string, id: string): Promise<CarrierErrorRow | undefined> {
  const { rows } = await sql<CarrierErrorRow>`SELECT * FROM (${errorsSql}) x WHERE x.id = ${id}::uuid AND ${reachableBy(organizationId, 'x')}`.execute(trx);
  return rows[0];
}

/** Resolves (with a resolution) or reopens (null) an error; answers it as it now is. */
export async function setErrorResolution(trx: Trx, error: CarrierErrorRow, resolution: { resolution: Resolution; note: string | null } | null): Promise<CarrierErrorRow> {
  const state = resolution
    ? { status: 'resolved' as const, resolution: resolution.resolution, resolution_note: resolution.note, resolved_at: new Date(), resolved_by: 'user' as const }
    : { status: 'open' as const, resolution: null, resolution_note: null, resolved_at: null, resolved_by: null };
  const row = await trx
    .insertInto('carrier_error_resolutions')
    .values({ error_id: error.id, organization_id: error.organization_id, group_id: error.group_id, ...state })
    .onConflict((oc) => oc.column('error_id').doUpdateSet({ ...state, updated_at: new Date() }))
    .returning(['status', 'resolution', 'resolution_note', 'resolved_at', 'resolved_by'])
    .executeTakeFirstOrThrow();
  return { ...error, ...row };
}

/**
 * A family the carrier accepted (synced): its open errors with that carrier are resolved by the
 * system (fixed_here), in one statement. Resolved ones, dismissed included, are left as they are.
 */
export async function resolveErrorsOfSyncedFamilies(trx: Trx, deliveryId: string, subscriberIds: readonly string[]): Promise<number> {
  if (!subscriberIds.length) return 0;
  const result = await sql`
    INSERT INTO carrier_error_resolutions (error_id, organization_id, group_id, status, resolution, resolution_note, resolved_at, resolved_by)
    SELECT e.id, e.organization_id, e.group_id, 'resolved', 'fixed_here', 'The carrier accepted a later file for this family', now(), 'system'
    FROM (
      SELECT f.error_id AS id, f.organization_id, f.group_id FROM file_delivery_subscribers f JOIN file_deliveries d ON d.id = f.delivery_id
      WHERE f.subscriber_id = any(${[...subscriberIds]}::uuid[]) AND f.result = 'rejected' AND f.error_id IS NOT NULL
        AND d.carrier_id = (SELECT carrier_id FROM file_deliveries WHERE id = ${deliveryId}::uuid)
      UNION ALL
      SELECT t.id, t.organization_id, t.group_id FROM transmission_failures t
      WHERE t.subscriber_id = any(${[...subscriberIds]}::uuid[]) AND t.carrier_id = (SELECT carrier_id FROM file_deliveries WHERE id = ${deliveryId}::uuid)
    ) e
    ON CONFLICT (error_id) DO UPDATE SET status = 'resolved', resolution = EXCLUDED.resolution, resolution_note = EXCLUDED.resolution_note,
      resolved_at = EXCLUDED.resolved_at, resolved_by = EXCLUDED.resolved_by, updated_at = now()
    WHERE carrier_error_resolutions.status = 'open'`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

export async function insertErrorComment(trx: Trx, error: CarrierErrorRow, apiKeyId: string | null, body: string): Promise<CarrierErrorCommentRow> {
  return trx
    .insertInto('carrier_error_comments')
    .values({ id: newId(), error_id: error.id, organization_id: error.organization_id, group_id: error.group_id, api_key_id: apiKeyId, body })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function commentsOfError(trx: Trx, errorId: string): Promise<CarrierErrorCommentRow[]> {
  return trx.selectFrom('carrier_error_comments').selectAll().where('error_id', '=', errorId).orderBy('id').limit(500).execute();
}
