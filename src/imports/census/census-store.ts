// SQL of a census import: loading the families a chunk of the file names, and writing a chunk's
// changes in a handful of statements (bulk inserts through unnest, see db/bulk-insert.ts).
import { sql, type Trx } from '../../db/database.ts';
import { markFamiliesChanged } from '../../enrollment/subscribers/subscriber-status-store.ts';
import { newId } from '../../db/ids.ts';
import { bulkInsert, COVERAGE_COLUMNS, MEMBER_COLUMNS } from '../../db/bulk-insert.ts';
import type { CoverageChanges } from '../../enrollment/coverage-changes.ts';
import type { ExistingCoverage, ProductLine } from '../../enrollment/enrollment-facts.ts';
import type { MemberRow, NewMember } from '../../enrollment/subscribers/store.ts';
import type { ExistingFamily } from './census-families.ts';

/** The families of the group whose subscribers have these external ids, with this period's coverage. */
export async function loadFamilies(trx: Trx, groupId: string, coveragePeriodId: string, externalIds: string[]): Promise<Map<string, ExistingFamily>> {
  const families = new Map<string, ExistingFamily>();
  if (!externalIds.length) return families;
  const subscribers = await trx.selectFrom('members').selectAll().where('group_id', '=', groupId).where('subscriber_id', 'is', null).where('external_identifier', 'in', externalIds).execute();
  if (!subscribers.length) return families;
  const ids = subscribers.map((s) => s.id);
  const dependents = await trx.selectFrom('members').selectAll().where('subscriber_id', 'in', ids).orderBy('id').execute();
  const coverages = await trx
    .selectFrom('coverages')
    .select(['id', 'subscriber_id', 'member_id', 'coverage_period_id', 'plan_id', 'product_line', 'status', 'start_date', 'end_date', 'volume'])
    .where('subscriber_id', 'in', ids)
    .where('coverage_period_id', '=', coveragePeriodId)
    .where('superseded_at', 'is', null)
    .execute();
  const bySubscriber = <T extends { subscriber_id: string | null }>(rows: T[], id: string) => rows.filter((row) => row.subscriber_id === id);
  for (const subscriber of subscribers) {
    families.set(subscriber.external_identifier, {
      subscriber,
      dependents: bySubscriber(dependents, subscriber.id),
      coverages: bySubscriber(coverages, subscriber.id).map((c) => ({ ...c, product_line: c.product_line as ProductLine, volume: c.volume === null ? null : Number(c.volume) })) as ExistingCoverage[],
    });
  }
  return families;
}

export interface ChunkWrites {
  inserts: NewMember[];
  updates: Array<{ id: string; patch: Record<string, unknown> }>;
  coverage: Array<{ subscriberId: string; changes: CoverageChanges }>;
  changedFamilies: string[];
}

type CoverageRow = Pick<ExistingCoverage, 'id'> & Record<string, unknown>;

export async function writeChunk(trx: Trx, placement: { organizationId: string; groupId: string; coveragePeriodId: string }, writes: ChunkWrites): Promise<void> {
  await bulkInsert(trx, 'members', MEMBER_COLUMNS, writes.inserts as unknown as Record<string, unknown>[]);
  for (const update of writes.updates) await trx.updateTable('members').set({ ...update.patch, updated_at: new Date() }).where('id', '=', update.id).execute();

  const endedIds = writes.coverage.flatMap((family) => family.changes.ended.map((e) => e.coverage_id));
  const successors: Record<string, unknown>[] = [];
  if (endedIds.length) {
    const old = (await trx.selectFrom('coverages').selectAll().where('id', 'in', endedIds).execute()) as unknown as CoverageRow[];
    const endOf = new Map(writes.coverage.flatMap((family) => family.changes.ended.map((e) => [e.coverage_id, e.end_date] as const)));
    await trx.updateTable('coverages').set({ superseded_at: new Date() }).where('id', 'in', endedIds).where('superseded_at', 'is', null).execute();
    for (const row of old) {
      const { recorded_at: _r, superseded_at: _s, superseded_by_event_id: _b, ...copy } = row;
      successors.push({ ...copy, id: newId(), end_date: endOf.get(row.id)!, replaces_id: row.id });
    }
  }
  const started = writes.coverage.flatMap((family) =>
    family.changes.started.map((row) => ({
      id: newId(),
      organization_id: placement.organizationId,
      group_id: placement.groupId,
      subscriber_id: family.subscriberId,
      member_id: row.member_id,
      coverage_period_id: placement.coveragePeriodId,
      plan_id: row.plan_id,
      product_line: row.product_line,
      status: row.status,
      start_date: row.start_date,
      end_date: row.end_date,
      volume: row.volume,
      plan_election_id: null,
      qualifying_life_event_id: null,
      replaces_id: null,
    })),
  );
  await bulkInsert(trx, 'coverages', COVERAGE_COLUMNS, [...successors, ...started]);

  // Pending, and queued for the carrier: the same record of a change as the API's (markChanged).
  await markFamiliesChanged(trx, placement, writes.changedFamilies);
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
