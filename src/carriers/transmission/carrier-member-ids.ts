// The member ids carriers assign (migration 0015): kept from their result files and from 834s imported
// into a coverage period of theirs, and sent back in REF*ZZ of every later 834 (build-834.ts).
import { sql, type Db, type Trx } from '../../db/database.ts';
import { isX12Identifier } from '../x12/x12-text.ts';

type Q = Db | Trx;

export interface CarrierMemberIdRow {
  /** Our member's id. */
  member_id: string;
  /** The id the carrier gave that member. */
  carrier_member_id: string;
}

/** Member id → the carrier's id for them, for the members given (one array parameter). */
export async function carrierMemberIdsOf(db: Q, carrierId: string, memberIds: readonly string[]): Promise<Map<string, string>> {
  if (!memberIds.length) return new Map();
  const rows = await db
    .selectFrom('carrier_member_ids')
    .select(['member_id', 'carrier_member_id'])
    .where('carrier_id', '=', carrierId)
    .where('member_id', '=', sql<string>`any(${[...memberIds]}::uuid[])`)
    .execute();
  return new Map(rows.map((row) => [row.member_id, row.carrier_member_id]));
}

/**
 * Keeps the ids a carrier gave its members; a later id replaces the earlier. Only members of the
 * carrier's own organization are written (a result file names our members by their REF*23, which a
 * carrier could get wrong), and only ids an 834 can carry back (an X12 identifier of 1 to 80
 * characters): anything else is skipped, never an error that would hold back the rest of the answer.
 * Answers how many were kept. One statement, the rows as array parameters.
 */
export async function recordCarrierMemberIds(trx: Trx, carrierId: string, rows: readonly CarrierMemberIdRow[], source: 'result' | 'x12_import' = 'result'): Promise<number> {
  const latest = new Map<string, string>();
  for (const row of rows) {
    const id = row.carrier_member_id.trim();
    if (id.length >= 1 && id.length <= 80 && isX12Identifier(id) && /^[0-9a-f-]{36}$/i.test(row.member_id)) latest.set(row.member_id, id);
  }
  if (!latest.size) return 0;
  const result = await sql<{ member_id: string }>`
    INSERT INTO carrier_member_ids (carrier_id, member_id, organization_id, group_id, carrier_member_id, source)
    SELECT c.id, m.id, m.organization_id, m.group_id, given.carrier_member_id, ${source}
    FROM unnest(${[...latest.keys()]}::uuid[], ${[...latest.values()]}::text[]) AS given (member_id, carrier_member_id)
    JOIN members m ON m.id = given.member_id
    JOIN carriers c ON c.id = ${carrierId}::uuid AND c.organization_id = m.organization_id
    ON CONFLICT (carrier_id, member_id) DO UPDATE
      SET carrier_member_id = EXCLUDED.carrier_member_id, source = EXCLUDED.source, updated_at = now()
      WHERE carrier_member_ids.carrier_member_id IS DISTINCT FROM EXCLUDED.carrier_member_id
    RETURNING member_id`.execute(trx);
  return result.rows.length;
}

/**
 * Whose result each line of a carrier's result file is: our subscriber's id (the family), found in
 * what the delivery carried — by the person's REF*23 (our member id) when the result names it, else by
 * the REF*0F the file sent for the family, else the result's subscriber_id itself (a file written
 * when REF*0F was our id). One statement for the delivery's records.
 */
export async function familiesOfResults(
  trx: Trx,
  deliveryId: string,
  results: ReadonlyArray<{ subscriber_id: string; member_reference: string | null }>,
): Promise<string[]> {
  const rows = await trx.selectFrom('file_delivery_subscribers').select(['subscriber_id', 'record']).where('delivery_id', '=', deliveryId).execute();
  const byMember = new Map<string, string>();
  const bySent = new Map<string, string>();
  for (const row of rows) {
    for (const member of (row.record as { members?: Array<{ memberReference?: string; subscriberId?: string }> }).members ?? []) {
      if (member.memberReference) byMember.set(member.memberReference, row.subscriber_id);
      if (member.subscriberId) bySent.set(member.subscriberId, row.subscriber_id);
    }
  }
  return results.map((result) => (result.member_reference ? byMember.get(result.member_reference) : undefined) ?? bySent.get(result.subscriber_id) ?? result.subscriber_id);
}
