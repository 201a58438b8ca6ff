// Reconciliation's SQL: what a run needs to know (the period's families, the last file that carried
// each), recording a run with its findings in a fixed number of statements (unnest arrays), and the
// discrepancies as work items (read, resolve, reopen, comment).
import type { Selectable } from 'kysely';
import { json, sql, type Trx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { DiscrepanciesTable, DiscrepancyCommentsTable, ReconciliationsTable } from '../db/tables.ts';
import { reachableBy } from '../enrollment/group-access.ts';
import type { Finding } from './compare.ts';

export type ReconciliationRow = Selectable<ReconciliationsTable>;
export type DiscrepancyRow = Selectable<DiscrepanciesTable>;
export type DiscrepancyCommentRow = Selectable<DiscrepancyCommentsTable>;

/** The subscribers with a current coverage row in the period (those a full file of ours carries). */
export async function subscribersOfPeriod(trx: Trx, coveragePeriodId: string): Promise<string[]> {
  const rows = await trx.selectFrom('coverages').select('subscriber_id').distinct().where('coverage_period_id', '=', coveragePeriodId).where('superseded_at', 'is', null).orderBy('subscriber_id').execute();
  return rows.map((row) => row.subscriber_id);
}

/** The carrier's coverage periods, reachable by its owner, with one of these group numbers in force on `asOf`. */
export async function periodsByGroupNumber(trx: Trx, carrier: { id: string; organization_id: string }, groupNumbers: readonly string[], asOf: string) {
  return trx
    .selectFrom('coverage_periods')
    .select(['id', 'organization_id', 'group_id', 'carrier_id'])
    .where('carrier_id', '=', carrier.id)
    .where('carrier_group_number', '=', sql<string>`any(${[...groupNumbers]}::text[])`)
    .where('coverage_start_date', '<=', asOf)
    .where('coverage_end_date', '>=', asOf)
    .where(reachableBy(carrier.organization_id, 'coverage_periods'))
    .orderBy('id')
    .limit(2)
    .execute();
}

/** The period's plans, by which a census names a line's plan (external_identifier). */
export async function plansOfPeriod(trx: Trx, coveragePeriodId: string) {
  return trx.selectFrom('plans').select(['product_line', 'external_identifier', 'plan_identifier', 'description']).where('coverage_period_id', '=', coveragePeriodId).execute();
}

/**
 * Per member, the last file delivery to the carrier that carried them (the member ids of each file's
 * records, REF*23), a file that failed to be built left out. One statement.
 */
export async function lastDeliveriesOf(trx: Trx, carrierId: string, subscriberIds: readonly string[]): Promise<Map<string, string>> {
  if (!subscriberIds.length) return new Map();
  const rows = await sql<{ member_id: string; delivery_id: string }>`
    SELECT DISTINCT ON (e.member_id) e.member_id, s.delivery_id
    FROM file_delivery_subscribers s
    JOIN file_deliveries d ON d.id = s.delivery_id
    CROSS JOIN LATERAL (SELECT m ->> 'memberReference' AS member_id FROM jsonb_array_elements(coalesce(s.record -> 'members', '[]'::jsonb)) AS m) e
    WHERE s.subscriber_id = any(${[...subscriberIds]}::uuid[]) AND d.carrier_id = ${carrierId}::uuid AND d.status <> 'failed' AND e.member_id IS NOT NULL
    ORDER BY e.member_id, d.created_at DESC, d.id DESC`.execute(trx);
  return new Map(rows.rows.map((row) => [row.member_id, row.delivery_id]));
}

export interface NewRun {
  id: string;
  organizationId: string;
  groupId: string;
  coveragePeriodId: string;
  carrierId: string;
  apiKeyId: string | null;
  source: ReconciliationRow['source'];
  asOf: string;
  fileReference: string | null;
  membersInFile: number;
  counts: Record<string, number>;
  findings: readonly Finding[];
}

/**
 * Records a run: its row, every finding as a discrepancy of the period (a new key inserted open; a
 * known one updated with this run's values — reopened unless it was dismissed), open ones this run
 * no longer finds resolved (no_longer_found), and what this run found. Five statements, whatever the
 * count. Answers the discrepancies this run opened and those it resolved.
 */
export async function recordRun(trx: Trx, run: NewRun): Promise<{ opened: DiscrepancyRow[]; resolved: DiscrepancyRow[] }> {
  await trx
    .insertInto('reconciliations')
    .values({
      id: run.id, organization_id: run.organizationId, group_id: run.groupId, coverage_period_id: run.coveragePeriodId, carrier_id: run.carrierId, api_key_id: run.apiKeyId,
      source: run.source, status: 'completed', as_of: run.asOf, file_reference: run.fileReference, members_in_file: run.membersInFile, counts: json(run.counts),
    })
    .execute();
  const unique = [...new Map(run.findings.map((f) => [f.key, f])).values()];
  const col = <K extends keyof Finding>(key: K) => unique.map((f) => f[key]);
  const ids = unique.map(() => newId());
  const upserted = await sql<DiscrepancyRow & { was_open: boolean | null }>`
    WITH given AS (
      SELECT * FROM unnest(${ids}::uuid[], ${col('key')}::text[], ${col('type')}::text[], ${col('memberId')}::uuid[], ${col('subscriberId')}::uuid[],
        ${col('carrierMember')}::text[], ${col('line')}::text[], ${col('field')}::text[], ${col('ourValue')}::text[], ${col('carrierValue')}::text[], ${col('lastFileDeliveryId')}::uuid[])
        AS g (id, key, type, member_id, subscriber_id, carrier_member, line, field, our_value, carrier_value, last_file_delivery_id)
    ), before AS (
      SELECT d.key, d.status = 'open' AS was_open FROM discrepancies d WHERE d.coverage_period_id = ${run.coveragePeriodId}::uuid AND d.key = any(${col('key')}::text[])
    ), written AS (
      INSERT INTO discrepancies (id, organization_id, group_id, coverage_period_id, key, type, member_id, subscriber_id, carrier_member, line, field, our_value, carrier_value,
        last_file_delivery_id, status, first_reconciliation_id, last_reconciliation_id)
      SELECT g.id, ${run.organizationId}::uuid, ${run.groupId}::uuid, ${run.coveragePeriodId}::uuid, g.key, g.type, g.member_id, g.subscriber_id, g.carrier_member, g.line, g.field,
        g.our_value, g.carrier_value, g.last_file_delivery_id, 'open', ${run.id}::uuid, ${run.id}::uuid
      FROM given g
      ON CONFLICT (coverage_period_id, key) DO UPDATE SET
        our_value = EXCLUDED.our_value, carrier_value = EXCLUDED.carrier_value, last_file_delivery_id = EXCLUDED.last_file_delivery_id,
        last_reconciliation_id = EXCLUDED.last_reconciliation_id, updated_at = now(),
        status = CASE WHEN discrepancies.resolution = 'dismissed' THEN 'resolved' ELSE 'open' END,
        resolution = CASE WHEN discrepancies.resolution = 'dismissed' THEN discrepancies.resolution ELSE NULL END,
        resolution_note = CASE WHEN discrepancies.resolution = 'dismissed' THEN discrepancies.resolution_note ELSE NULL END,
        resolved_at = CASE WHEN discrepancies.resolution = 'dismissed' THEN discrepancies.resolved_at ELSE NULL END
      RETURNING *
    )
    SELECT w.*, b.was_open FROM written w LEFT JOIN before b ON b.key = w.key`.execute(trx);
  const resolved = await trx
    .updateTable('discrepancies')
    .set({ status: 'resolved', resolution: 'no_longer_found', resolution_note: null, resolved_at: new Date(), updated_at: new Date() })
    .where('coverage_period_id', '=', run.coveragePeriodId)
    .where('status', '=', 'open')
    .where('last_reconciliation_id', '<>', run.id)
    .returningAll()
    .execute();
  const found = upserted.rows;
  if (found.length) {
    await sql`
      INSERT INTO reconciliation_findings (reconciliation_id, discrepancy_id, organization_id, group_id, our_value, carrier_value)
      SELECT ${run.id}::uuid, f.id, ${run.organizationId}::uuid, ${run.groupId}::uuid, f.our_value, f.carrier_value
      FROM unnest(${found.map((r) => r.id)}::uuid[], ${found.map((r) => r.our_value)}::text[], ${found.map((r) => r.carrier_value)}::text[]) AS f (id, our_value, carrier_value)`.execute(trx);
  }
  // Opened: new, or reopened (it was resolved, and not dismissed).
  const opened = found.filter((row) => row.status === 'open' && row.was_open !== true).map(({ was_open: _w, ...row }) => row as DiscrepancyRow);
  return { opened, resolved };
}

export async function findReachableReconciliation(trx: Trx, organizationId: string, id: string): Promise<ReconciliationRow | undefined> {
  return trx.selectFrom('reconciliations').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'reconciliations')).executeTakeFirst();
}

/** What a run found, with the values it saw then, a page at a time. */
export async function listFindings(trx: Trx, reconciliationId: string, limit: number, after?: string): Promise<DiscrepancyRow[]> {
  let query = trx
    .selectFrom('reconciliation_findings as f')
    .innerJoin('discrepancies as d', 'd.id', 'f.discrepancy_id')
    .selectAll('d')
    .select(['f.our_value as our_value', 'f.carrier_value as carrier_value'])
    .where('f.reconciliation_id', '=', reconciliationId);
  if (after) query = query.where('d.id', '>', after);
  return query.orderBy('d.id').limit(limit).execute();
}

export async function listDiscrepanciesOfPeriod(trx: Trx, coveragePeriodId: string, status: 'open' | 'resolved' | undefined, limit: number, after?: string): Promise<DiscrepancyRow[]> {
  let query = trx.selectFrom('discrepancies').selectAll().where('coverage_period_id', '=', coveragePeriodId);
  if (status) query = query.where('status', '=', status);
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

export async function findReachableDiscrepancy(trx: Trx, organizationId: string, id: string): Promise<DiscrepancyRow | undefined> {
  return trx.selectFrom('discrepancies').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'discrepancies')).executeTakeFirst();
}

export async function setResolution(trx: Trx, id: string, resolution: { resolution: 'fixed_here' | 'carrier_will_fix' | 'dismissed'; note: string | null } | null): Promise<DiscrepancyRow> {
  return trx
    .updateTable('discrepancies')
    .set(resolution ? { status: 'resolved', resolution: resolution.resolution, resolution_note: resolution.note, resolved_at: new Date(), updated_at: new Date() } : { status: 'open', resolution: null, resolution_note: null, resolved_at: null, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertComment(trx: Trx, discrepancy: DiscrepancyRow, apiKeyId: string | null, body: string): Promise<DiscrepancyCommentRow> {
  return trx
    .insertInto('discrepancy_comments')
    .values({ id: newId(), discrepancy_id: discrepancy.id, organization_id: discrepancy.organization_id, group_id: discrepancy.group_id, api_key_id: apiKeyId, body })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function commentsOf(trx: Trx, discrepancyId: string): Promise<DiscrepancyCommentRow[]> {
  return trx.selectFrom('discrepancy_comments').selectAll().where('discrepancy_id', '=', discrepancyId).orderBy('id').limit(500).execute();
}
