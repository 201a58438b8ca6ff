// Outbox → files. Each carrier and coverage period is a queue of its own. A worker takes one queue at
// a time (a transaction-scoped advisory lock, so any number of workers share the queues without
// waiting on one another), claims at most a file's worth of families, fixes the file's control numbers,
// writes the 834 and stores it sealed with the families it carries — all in one transaction. From then
// on the file is what gets sent, however often a send is retried.
//
// Failures stay small: a family that cannot be written goes to `errors` and the rest of its batch is
// sent; a queue whose settings cannot be written backs off on its own schedule while the others are
// served; and the worker serves queues round-robin, so one organization's 100,000 changes delay
// another's single change by at most one file.
import { sql, type Db, type Trx } from '../../db/database.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import { newId } from '../../db/ids.ts';
import type { ErrorItem } from '../../http/errors.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { generate834 } from '../x12/write-834.ts';
import { buildFamilies, enrollmentFile, type BuiltFamilies, type BuiltFamily, type FamilyFailure, type FileFacts } from './build-834.ts';
import type { FamilyRecord } from './build-834.ts';
import { settingsBuildErrors } from './build-errors.ts';
import { retryDelayMs } from './delivery-sender.ts';
import { loadFamilies, loadPeriodContext, type PeriodContext } from './family-records.ts';
import { markFamiliesUnsendable, refreshFamilies, showQueueErrors } from './status-updates.ts';
import { recordEvents } from '../../webhooks/emit-event.ts';
import { loadPeriodFamilies } from '../../enrollment/families/family-store.ts';
import { maskedSsn, toSubscriberView } from '../../enrollment/subscribers/subscriber-view.ts';

/** How many families one change file carries at most; more changes wait for the next file. */
export const DEFAULT_MAX_FAMILIES_PER_FILE = 1000;

export interface ControlNumbers {
  interchange: number;
  group: number;
  transactionSet: number;
}

/** Persisted per carrier and only increasing; ISA13 and GS06 wrap within their 9 digits. */
export async function nextControlNumbers(trx: Trx, carrierId: string): Promise<ControlNumbers> {
  const row = await sql<{ last_interchange: number; last_group: number; last_transaction_set: number }>`
    INSERT INTO carrier_control_numbers (carrier_id, last_interchange, last_group, last_transaction_set)
    VALUES (${carrierId}, 1, 1, 1)
    ON CONFLICT (carrier_id) DO UPDATE SET
      last_interchange = carrier_control_numbers.last_interchange % 999999999 + 1,
      last_group = carrier_control_numbers.last_group % 999999999 + 1,
      last_transaction_set = carrier_control_numbers.last_transaction_set % 999999999 + 1
    RETURNING last_interchange, last_group, last_transaction_set`.execute(trx);
  const numbers = row.rows[0]!;
  return { interchange: Number(numbers.last_interchange), group: Number(numbers.last_group), transactionSet: Number(numbers.last_transaction_set) };
}

// A file of a thousand families is a second of CPU: built and written in slices, letting the API's
// requests in between (the worker shares the process with the API under `npm start`).
const SLICE_FAMILIES = 100;
const SLICE_SEGMENTS = 2000;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

async function buildInSlices(file: FileFacts, families: readonly FamilyRecord[]): Promise<BuiltFamilies> {
  const all: BuiltFamilies = { built: [], failed: [], empty: [] };
  for (let start = 0; start < families.length || start === 0; start += SLICE_FAMILIES) {
    const slice = buildFamilies(file, families.slice(start, start + SLICE_FAMILIES));
    all.built.push(...slice.built);
    all.failed.push(...slice.failed);
    all.empty.push(...slice.empty);
    await breathe();
  }
  return all;
}

async function writeInSlices(file: FileFacts, built: readonly BuiltFamily[]): Promise<string> {
  const parts: string[] = [];
  let count = 0;
  for (const segment of generate834(enrollmentFile(file, built.flatMap((family) => family.members)), { lineBreak: '\n' })) {
    parts.push(segment);
    if (++count % SLICE_SEGMENTS === 0) await breathe();
  }
  return parts.join('');
}

const fileTimestamp = (now: Date) => ({ date: now.toISOString().slice(0, 10), time: now.toISOString().slice(11, 16).replace(':', '') });

export function fileName(context: PeriodContext, interchange: number): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '').slice(0, 15) || 'X';
  return `OE_${safe(context.carrier.interchange.receiver_id)}_${safe(context.period.carrier_group_number)}_${String(interchange).padStart(9, '0')}.834`;
}

export interface BuiltDelivery {
  /** The stored file; null when no family had anything to send. */
  id: string | null;
  memberCount: number;
  subscriberIds: string[];
  /** Families kept out of the file because they cannot be written, with what to correct. */
  failed: FamilyFailure[];
  /** Families with nothing left to send in this period. */
  empty: string[];
}

/**
 * Coverage the carrier's 834 has no line-of-coverage code for cannot be sent: rather than send the
 * family without it (and later show it synced), the family is kept out with what to correct.
 */
const unmappedErrors = (family: BuiltFamily): ErrorItem[] =>
  family.unmapped.map((u) => ({
    error_type: 'carrier.line_of_coverage_unmapped',
    message: `The 834 has no line-of-coverage code for ${u.product_line} and the carrier's settings give none: set the carrier's line_of_coverage_codes.${u.product_line} (coverage ${u.coverage_id} cannot be sent)`,
    parameter: `line_of_coverage_codes.${u.product_line}`,
  }));

/** The synced copy in waiting: each family as the API shows it, with this period's coverages (SSNs masked). */
async function subscriberViews(trx: Trx, context: PeriodContext, subscriberIds: readonly string[]): Promise<Map<string, unknown>> {
  const families = await loadPeriodFamilies(trx, context.period, subscriberIds);
  const options = { ssn: (row: { ssn_last4: string | null }) => maskedSsn(row.ssn_last4) };
  return new Map(families.map((f) => [f.subscriber.id, toSubscriberView(f.subscriber, f.dependents, f.coverages, f.events, options)]));
}

/**
 * Builds and stores one file for the given families of a coverage period, in the caller's transaction.
 * Families that cannot be written are left out and answered in `failed`; no file is stored when no
 * family has anything to send. Throws when the period's own settings cannot be written.
 */
export async function storeDelivery(trx: Trx, cipher: PersonalDataCipher, coveragePeriodId: string, kind: FileFacts['kind'], subscriberIds: string[], now = new Date()): Promise<BuiltDelivery> {
  const context = await loadPeriodContext(trx, coveragePeriodId);
  const families = await loadFamilies(trx, cipher, context, subscriberIds);
  const control = await nextControlNumbers(trx, context.carrier.id);
  const file: FileFacts = { kind, carrier: context.carrier, sponsor: context.sponsor, carrierGroupNumber: context.period.carrier_group_number, control, ...fileTimestamp(now) };
  const all = await buildInSlices(file, families);
  const built = all.built.filter((family) => !family.unmapped.length);
  const failed = [...all.failed, ...all.built.filter((family) => family.unmapped.length).map((family) => ({ subscriberId: family.subscriberId, errors: unmappedErrors(family) }))];
  const { empty } = all;
  if (!built.length) return { id: null, memberCount: 0, subscriberIds: [], failed, empty };
  const content = await writeInSlices(file, built);
  const id = newId();
  const placement = { organization_id: context.period.organization_id, group_id: context.period.group_id };
  const memberCount = built.reduce((sum, family) => sum + family.members.length, 0);
  await trx
    .insertInto('file_deliveries')
    .values({
      id,
      ...placement,
      carrier_id: context.carrier.id,
      coverage_period_id: coveragePeriodId,
      kind,
      status: 'ready',
      file_name: fileName(context, control.interchange),
      content_sealed: cipher.seal(content),
      interchange_control_number: control.interchange,
      group_control_number: control.group,
      transaction_set_control_number: control.transactionSet,
      member_count: memberCount,
      errors: '[]',
      locked_until: null,
      last_error: null,
      sent_at: null,
      acknowledged_at: null,
    })
    .execute();
  const views = await subscriberViews(trx, context, built.map((family) => family.subscriberId));
  await bulkInsert(
    trx,
    'file_delivery_subscribers',
    [['delivery_id', 'uuid'], ['subscriber_id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['record', 'jsonb'], ['subscriber_view', 'jsonb']],
    built.map((family) => ({ delivery_id: id, subscriber_id: family.subscriberId, ...placement, record: family.record, subscriber_view: views.get(family.subscriberId) ?? null })),
  );
  await recordEvents(trx, [{ organizationId: placement.organization_id, groupId: placement.group_id, type: 'file_delivery.created', data: { object: 'file_delivery', id, status: 'ready', previous_status: null } }]);
  return { id, memberCount, subscriberIds: built.map((family) => family.subscriberId), failed, empty };
}

/** Families kept out of a file: `errors` with what to correct, listed with the period's errors. */
export async function recordFamilyFailures(trx: Trx, context: { coveragePeriodId: string }, failed: readonly FamilyFailure[]): Promise<void> {
  if (!failed.length) return;
  const period = await trx.selectFrom('coverage_periods').select(['organization_id', 'group_id', 'carrier_id']).where('id', '=', context.coveragePeriodId).executeTakeFirstOrThrow();
  await bulkInsert(
    trx,
    'transmission_failures',
    [['id', 'uuid'], ['organization_id', 'uuid'], ['group_id', 'uuid'], ['carrier_id', 'uuid'], ['coverage_period_id', 'uuid'], ['subscriber_id', 'uuid'], ['errors', 'jsonb']],
    failed.map((failure) => ({ id: newId(), ...period, coverage_period_id: context.coveragePeriodId, subscriber_id: failure.subscriberId, errors: failure.errors })),
  );
  await markFamiliesUnsendable(trx, context.coveragePeriodId, failed);
}

export interface Queue {
  carrier_id: string;
  coverage_period_id: string;
}

/**
 * Queues with changes waiting and no back-off in force: the least recently built first (never built
 * before all), then the longest waiting — so a queue with a backlog takes turns with the others.
 */
export async function dueQueues(db: Db, limit: number): Promise<Queue[]> {
  const rows = await sql<Queue>`
    SELECT o.carrier_id, o.coverage_period_id
    FROM carrier_outbox o LEFT JOIN transmission_queues q ON q.coverage_period_id = o.coverage_period_id
    WHERE o.delivery_id IS NULL AND (q.next_attempt_at IS NULL OR q.next_attempt_at <= now())
    GROUP BY o.carrier_id, o.coverage_period_id, q.last_built_at
    ORDER BY q.last_built_at NULLS FIRST, min(o.id)
    LIMIT ${limit}`.execute(db);
  return rows.rows;
}

export type BatchOutcome = 'built' | 'nothing_sendable' | 'settings_failed' | 'busy' | 'empty';

export interface BatchOptions {
  maxFamiliesPerFile?: number;
  now?: Date;
}

class SettingsFailure extends Error {
  constructor(
    readonly errors: ErrorItem[],
    readonly subscriberIds: string[],
  ) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** Claims at most one file's worth of one queue's changes and builds that file. */
export async function batchQueue(db: Db, cipher: PersonalDataCipher, queue: Queue, options: BatchOptions = {}): Promise<BatchOutcome> {
  const maxFamilies = options.maxFamiliesPerFile ?? DEFAULT_MAX_FAMILIES_PER_FILE;
  try {
    return await db.transaction().execute(async (trx) => {
      const lock = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext('enroll.queue'), hashtext(${queue.coverage_period_id})) AS locked`.execute(trx);
      if (!lock.rows[0]?.locked) return 'busy';
      // A file's worth of families: the oldest changes first, then every other change waiting for them.
      const head = await sql<{ subscriber_id: string }>`
        SELECT subscriber_id FROM carrier_outbox
        WHERE delivery_id IS NULL AND carrier_id = ${queue.carrier_id} AND coverage_period_id = ${queue.coverage_period_id}
        ORDER BY id LIMIT ${maxFamilies}`.execute(trx);
      if (!head.rows.length) return 'empty';
      const subscriberIds = [...new Set(head.rows.map((row) => row.subscriber_id))];
      const claimed = await sql<{ id: number; subscriber_id: string }>`
        SELECT id, subscriber_id FROM carrier_outbox
        WHERE delivery_id IS NULL AND carrier_id = ${queue.carrier_id} AND coverage_period_id = ${queue.coverage_period_id}
          AND subscriber_id = ANY(${subscriberIds}::uuid[])
        FOR UPDATE`.execute(trx);
      let delivery: BuiltDelivery;
      try {
        delivery = await storeDelivery(trx, cipher, queue.coverage_period_id, 'change', subscriberIds, options.now);
      } catch (error) {
        throw new SettingsFailure(settingsBuildErrors(error), subscriberIds);
      }
      const sent = new Set(delivery.subscriberIds);
      const rowsOf = (ids: Iterable<string>) => {
        const wanted = new Set(ids);
        return claimed.rows.filter((row) => wanted.has(row.subscriber_id)).map((row) => row.id);
      };
      if (delivery.id) {
        await sql`UPDATE carrier_outbox SET delivery_id = ${delivery.id}::uuid WHERE id = ANY(${rowsOf(sent)}::bigint[])`.execute(trx);
      }
      await recordFamilyFailures(trx, { coveragePeriodId: queue.coverage_period_id }, delivery.failed);
      // The life events of families that cannot be sent share their errors.
      const unsendable = rowsOf(delivery.failed.map((f) => f.subscriberId));
      if (unsendable.length) {
        await sql`
          UPDATE qualifying_life_events SET status = 'errors', status_at = now()
          WHERE status = 'pending' AND id IN (SELECT qualifying_life_event_id FROM carrier_outbox WHERE id = ANY(${unsendable}::bigint[]))`.execute(trx);
      }
      // Failed families wait for a correction (a new change); empty ones have nothing to send.
      const done = [...unsendable, ...rowsOf(delivery.empty)];
      if (done.length) await sql`DELETE FROM carrier_outbox WHERE id = ANY(${done}::bigint[])`.execute(trx);
      await sql`
        INSERT INTO transmission_queues (coverage_period_id, carrier_id, organization_id, group_id, last_built_at)
        SELECT id, carrier_id, organization_id, group_id, now() FROM coverage_periods WHERE id = ${queue.coverage_period_id}
        ON CONFLICT (coverage_period_id) DO UPDATE SET last_built_at = now(), failures = 0, errors = '[]', failed_at = NULL, next_attempt_at = now()`.execute(trx);
      return delivery.id ? 'built' : 'nothing_sendable';
    });
  } catch (error) {
    const failure = error instanceof SettingsFailure ? error : new SettingsFailure(settingsBuildErrors(error), []);
    await backOffQueue(db, queue, failure);
    return 'settings_failed';
  }
}

/**
 * A queue whose file cannot be built waits (30 s doubling to an hour) while the others are served.
 * Its families stay pending — nothing was sent — but show why, so no one waits without a reason.
 */
async function backOffQueue(db: Db, queue: Queue, failure: SettingsFailure): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const period = await trx.selectFrom('coverage_periods').select(['organization_id', 'group_id']).where('id', '=', queue.coverage_period_id).executeTakeFirstOrThrow();
    const row = await sql<{ failures: number }>`
      INSERT INTO transmission_queues (coverage_period_id, carrier_id, organization_id, group_id, failures, next_attempt_at, errors, failed_at)
      VALUES (${queue.coverage_period_id}, ${queue.carrier_id}, ${period.organization_id}, ${period.group_id}, 1, now(), ${JSON.stringify(failure.errors)}::jsonb, now())
      ON CONFLICT (coverage_period_id) DO UPDATE SET failures = transmission_queues.failures + 1, errors = EXCLUDED.errors, failed_at = now()
      RETURNING failures`.execute(trx);
    const failures = row.rows[0]!.failures;
    await sql`UPDATE transmission_queues SET next_attempt_at = now() + make_interval(secs => ${retryDelayMs(failures) / 1000}) WHERE coverage_period_id = ${queue.coverage_period_id}`.execute(trx);
    await showQueueErrors(trx, queue.coverage_period_id, failure.subscriberIds, failure.errors);
  });
}

/**
 * A corrected carrier or group is tried again at once rather than at the end of its back-off. A
 * carrier's families kept out for coverage its 834 had no line-of-coverage code for are queued again
 * (pending): the next file carries them if the carrier's settings now give one, or says so again.
 */
export async function retryQueuesNow(trx: Trx, where: { carrierId: string } | { groupId: string }): Promise<void> {
  if ('groupId' in where) {
    await sql`UPDATE transmission_queues SET next_attempt_at = now() WHERE failures > 0 AND group_id = ${where.groupId}`.execute(trx);
    return;
  }
  await sql`UPDATE transmission_queues SET next_attempt_at = now() WHERE failures > 0 AND carrier_id = ${where.carrierId}`.execute(trx);
  const requeued = await sql<{ subscriber_id: string }>`
    WITH stuck AS (
      UPDATE carrier_statuses SET status = 'pending', status_at = now(), errors = '[]'::jsonb
      WHERE carrier_id = ${where.carrierId} AND status = 'errors' AND errors @> ${JSON.stringify([{ error_type: 'carrier.line_of_coverage_unmapped' }])}::jsonb
      RETURNING organization_id, group_id, subscriber_id, carrier_id, coverage_period_id
    )
    INSERT INTO carrier_outbox (organization_id, group_id, subscriber_id, carrier_id, coverage_period_id)
    SELECT organization_id, group_id, subscriber_id, carrier_id, coverage_period_id FROM stuck
    RETURNING subscriber_id`.execute(trx);
  await refreshFamilies(trx, requeued.rows.map((row) => row.subscriber_id));
}

/**
 * Builds files round-robin over the due queues: each round gives every queue at most one file, until
 * `maxFiles` files are built or nothing is due. Answers the files built.
 */
export async function batchDue(db: Db, cipher: PersonalDataCipher, maxFiles: number, options: BatchOptions = {}): Promise<number> {
  let built = 0;
  let attempts = 0;
  while (built < maxFiles && attempts < maxFiles * 2) {
    const queues = await dueQueues(db, maxFiles - built);
    let progressed = false;
    for (const queue of queues) {
      const outcome = await batchQueue(db, cipher, queue, options);
      if (outcome === 'busy') continue;
      attempts++;
      progressed = true;
      if (outcome === 'built') built++;
      if (built >= maxFiles) break;
    }
    if (!progressed) break;
  }
  return built;
}

/** Claims and builds at most one file; false when nothing is due (for this worker). */
export async function batchOnce(db: Db, cipher: PersonalDataCipher, now = new Date(), options: BatchOptions = {}): Promise<boolean> {
  for (const queue of await dueQueues(db, 10)) {
    const outcome = await batchQueue(db, cipher, queue, { ...options, now });
    if (outcome !== 'busy') return true;
  }
  return false;
}
