// SQL of an import: loading the families a chunk of the file names, and writing a chunk's changes in
// one statement, through the write path every family change takes (enrollment/families).
import { sql, type Trx } from '../../db/database.ts';
import { addCoverageChanges, emptyChanges, type CoverageRow } from '../../enrollment/families/family-change.ts';
import { applyFamilyChanges } from '../../enrollment/families/family-change-store.ts';
import { loadFamiliesByExternalId } from '../../enrollment/families/family-store.ts';
import { memberRow, patchedMember } from '../../enrollment/subscribers/member-input.ts';
import { coverageFacts } from '../../enrollment/subscribers/family-facts.ts';
import type { CoverageChanges } from '../../enrollment/coverage-changes.ts';
import type { ExistingCoverage } from '../../enrollment/enrollment-facts.ts';
import type { MemberRow, NewMember } from '../../enrollment/subscribers/store.ts';
import type { ExistingFamily } from './census-families.ts';

/**
 * The families of the group whose subscribers have these external ids, with this period's coverage —
 * locked first (one statement), then loaded whole (one more), so a request changing one of them
 * meanwhile waits for the import, and the import sees every change committed before.
 */
export async function loadFamilies(trx: Trx, groupId: string, coveragePeriodId: string, externalIds: string[]): Promise<Map<string, ExistingFamily>> {
  const families = new Map<string, ExistingFamily>();
  if (!externalIds.length) return families;
  await sql`SELECT 1 FROM members WHERE group_id = ${groupId} AND subscriber_id IS NULL AND external_identifier = ANY(${externalIds}::text[]) ORDER BY id FOR UPDATE`.execute(trx);
  for (const family of await loadFamiliesByExternalId(trx, groupId, coveragePeriodId, externalIds)) {
    families.set(family.subscriber.external_identifier, {
      subscriber: family.subscriber,
      dependents: family.dependents,
      coverages: coverageFacts(family.coverages),
    });
  }
  return families;
}

/**
 * For SSN blind indexes, the external identifier of the family (its subscriber's) in which a member of
 * the group has that SSN: an 834 change file's loop whose REF*0F is not on file is found by SSN.
 */
export async function familiesBySsnIndex(trx: Trx, groupId: string, ssnIndexes: string[]): Promise<Map<string, string>> {
  if (!ssnIndexes.length) return new Map();
  const { rows } = await sql<{ ssn_index: string; external_identifier: string }>`
    SELECT m.ssn_index, s.external_identifier FROM members m JOIN members s ON s.id = coalesce(m.subscriber_id, m.id)
    WHERE m.group_id = ${groupId} AND m.ssn_index = ANY(${ssnIndexes}::text[])`.execute(trx);
  return new Map(rows.map((row) => [row.ssn_index, row.external_identifier]));
}

export interface ChunkWrites {
  inserts: NewMember[];
  /** Each update with the row it patches (as loaded). */
  updates: Array<{ before: MemberRow; patch: Record<string, unknown> }>;
  coverage: Array<{ subscriberId: string; changes: CoverageChanges; current: ExistingCoverage[] }>;
  changedFamilies: string[];
}

/**
 * A chunk's changes through the one write path of every family change (applyFamilyChanges): one
 * statement for members, superseded and new coverages, statuses and the carrier outbox. An import
 * records one audit event and announces itself when it completes, rather than once per family (nor
 * once per family's carrier status).
 */
export async function writeChunk(trx: Trx, placement: { organizationId: string; groupId: string; coveragePeriodId: string }, writes: ChunkWrites): Promise<void> {
  const changes = { ...emptyChanges(), announceCarrierStatuses: false };
  const at = changes.at;
  changes.membersInserted.push(...writes.inserts.map((row) => memberRow(row, at)));
  changes.membersUpdated.push(...writes.updates.map((update) => patchedMember(update.before, update.patch, at)));
  for (const family of writes.coverage) {
    addCoverageChanges(changes, family.changes, family.current as unknown as CoverageRow[], { organization_id: placement.organizationId, group_id: placement.groupId, subscriber_id: family.subscriberId, coverage_period_id: placement.coveragePeriodId, eventId: null });
  }
  changes.families.push(...writes.changedFamilies.map((subscriberId) => ({ subscriberId, organizationId: placement.organizationId, groupId: placement.groupId, qualifyingLifeEventId: null })));
  await applyFamilyChanges(trx, changes);
}

/** Subscribers of the group with coverage in the period that the (complete) file did not name. */
export async function missingFamilies(trx: Trx, groupId: string, coveragePeriodId: string, limit: number, afterId: string | null): Promise<MemberRow[]> {
  const result = await sql<MemberRow>`
    SELECT m.* FROM members m
    WHERE m.group_id = ${groupId} AND m.subscriber_id IS NULL
      AND (${afterId}::uuid IS NULL OR m.id > ${afterId}::uuid)
      AND NOT EXISTS (SELECT 1 FROM census_seen s WHERE s.external_identifier = m.external_identifier)
      AND EXISTS (SELECT 1 FROM coverages c WHERE c.subscriber_id = m.id AND c.coverage_period_id = ${coveragePeriodId}
                  AND c.superseded_at IS NULL AND (c.end_date IS NULL OR c.end_date >= c.start_date))
    ORDER BY m.id LIMIT ${limit}`.execute(trx);
  return result.rows;
}
