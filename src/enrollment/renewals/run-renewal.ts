// Rolling a renewal's elections forward (passive renewal), one transaction per chunk of families, under
// the renewal's organization (row-level security on). Each chunk reads its families in two statements,
// plans them (renewal-rules.ts) and writes them through the one family write path (applyFamilyChanges:
// coverage rows, status, carrier outbox, webhook events), then moves the renewal's cursor in the same
// transaction. A chunk is all or nothing, and a family renewed is never renewed again (it has coverage
// in the new period), so a job interrupted half-way resumes where its last chunk committed.
import type { Db, Trx } from '../../db/database.ts';
import { inTenant } from '../../db/tenant.ts';
import { addCoverageChanges, emptyChanges, pendingAnnouncement, type FamilyChanges } from '../families/family-change.ts';
import { applyFamilyChanges } from '../families/family-change-store.ts';
import { loadPeriodFamilies } from '../families/family-store.ts';
import { renewedCoverages, type PeriodDates } from './renewal-rules.ts';
import { countRenewalFamilies, endRenewal, nextRenewalFamilies, recordRenewalChunk, startRenewal, type RenewalRow } from './store.ts';

/** Families per transaction: small enough to keep locks short, large enough to keep statements few. */
export const RENEWAL_CHUNK_FAMILIES = 250;

export interface RenewalPeriods {
  oldEnd: string;
  next: PeriodDates;
}

/** Periods of a renewal, read once: the old period's last day and the new period's dates. */
async function periodsOf(trx: Trx, renewal: RenewalRow): Promise<RenewalPeriods> {
  const rows = await trx.selectFrom('coverage_periods').select(['id', 'coverage_start_date', 'coverage_end_date']).where('id', 'in', [renewal.from_coverage_period_id, renewal.coverage_period_id]).execute();
  const from = rows.find((row) => row.id === renewal.from_coverage_period_id)!;
  const to = rows.find((row) => row.id === renewal.coverage_period_id)!;
  return { oldEnd: from.coverage_end_date, next: { coverage_start_date: to.coverage_start_date, coverage_end_date: to.coverage_end_date } };
}

/** One chunk: renews the next families after the renewal's cursor; answers false when none were left. */
export async function renewChunk(trx: Trx, renewal: RenewalRow, periods: RenewalPeriods, limit = RENEWAL_CHUNK_FAMILIES): Promise<{ families: number; coverages: number; notRenewed: number; lastSubscriberId: string } | null> {
  const due = await nextRenewalFamilies(trx, renewal, periods.oldEnd, renewal.last_subscriber_id, limit);
  if (!due.length) return null;
  const families = await loadPeriodFamilies(trx, { id: renewal.from_coverage_period_id, organization_id: renewal.organization_id }, due.map((row) => row.subscriber_id));
  const statusOf = new Map(due.map((row) => [row.subscriber_id, row.status]));
  const mapping = new Map(renewal.plan_mapping.map((entry) => [entry.from_plan_id, entry.to_plan_id]));
  const changes: FamilyChanges = { ...emptyChanges(), announceCarrierStatuses: false };
  let renewed = 0;
  let coverages = 0;
  let notRenewed = 0;
  for (const family of families) {
    const { subscriber } = family;
    const plan = renewedCoverages(family, periods.oldEnd, periods.next, mapping);
    notRenewed += plan.notRenewed;
    if (!plan.started.length) continue;
    const placement = { organization_id: subscriber.organization_id, group_id: subscriber.group_id, subscriber_id: subscriber.id };
    addCoverageChanges(changes, { ended: [], started: plan.started, waived: [] }, family.coverages, { ...placement, coverage_period_id: renewal.coverage_period_id, eventId: null });
    const familyPlacement = { subscriberId: subscriber.id, organizationId: subscriber.organization_id, groupId: subscriber.group_id };
    changes.families.push({ ...familyPlacement, qualifyingLifeEventId: null });
    changes.webhookEvents.push(...pendingAnnouncement(familyPlacement, statusOf.get(subscriber.id) ?? null));
    renewed++;
    coverages += plan.started.length;
  }
  if (renewed) await applyFamilyChanges(trx, changes);
  const chunk = { families: renewed, coverages, notRenewed, lastSubscriberId: due.at(-1)!.subscriber_id };
  await recordRenewalChunk(trx, renewal.id, chunk);
  renewal.last_subscriber_id = chunk.lastSubscriberId;
  return chunk;
}

/** Counts the families once (in the first transaction that starts the renewal). */
export async function beginRenewal(trx: Trx, renewal: RenewalRow, periods: RenewalPeriods): Promise<void> {
  if (renewal.state !== 'queued') return;
  await startRenewal(trx, renewal.id, await countRenewalFamilies(trx, renewal, periods.oldEnd));
}

export interface RunRenewalOptions {
  db: Db;
  /** The renewal's organization: every transaction runs as it. */
  tenantId: string;
  /** Ends the renewal's job in the transaction that completes it. */
  settle?: (trx: Trx) => Promise<void>;
}

/** The renewal's job: its chunks, each in its own transaction, then its completion. */
export async function runRenewal(id: string, options: RunRenewalOptions): Promise<void> {
  const { db, tenantId } = options;
  // Read once: each chunk moves the row's cursor in its own transaction and on this copy (renewChunk).
  const { renewal, periods } = await inTenant(db, tenantId, async (trx) => {
    const renewal = await trx.selectFrom('renewals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const periods = await periodsOf(trx, renewal);
    await beginRenewal(trx, renewal, periods);
    return { renewal, periods };
  });
  while (await inTenant(db, tenantId, (trx) => renewChunk(trx, renewal, periods)));
  await inTenant(db, tenantId, async (trx) => {
    await endRenewal(trx, id, 'completed', null);
    await options.settle?.(trx);
  });
}

/** A dry run's renewal, inside the request's transaction (which rolls back): every chunk, as the job would. */
export async function runRenewalInline(trx: Trx, renewal: RenewalRow): Promise<void> {
  const periods = await periodsOf(trx, renewal);
  await beginRenewal(trx, renewal, periods);
  renewal.state = 'processing';
  while (await renewChunk(trx, renewal, periods));
  await endRenewal(trx, renewal.id, 'completed', null);
}
