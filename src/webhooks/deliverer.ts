// The worker's webhook step. Due deliveries are leased (SKIP LOCKED plus a lease, so a worker killed
// mid-request only delays one), POSTed signed, and every attempt is recorded. A 2xx is success;
// anything else — another status, a timeout, a refused address — is retried on a schedule spanning
// about three days, then the delivery fails. An endpoint none of whose deliveries succeeded over that
// span is disabled and says why. Delivery is at least once: a receiver deduplicates by event id.
import { sql, type Db, type Trx } from '../db/database.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';
import { eventBody, type EventPayload } from './emit-event.ts';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signWebhook } from './signature.ts';
import { postWebhook, type AttemptOutcome } from './webhook-request.ts';
import type { ResolveHost } from './url-safety.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The wait after the n-th failed attempt: ≈ 2 days 18 hours in all, each with ±20% jitter. */
export const WEBHOOK_RETRY_SCHEDULE_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 24 * HOUR, 24 * HOUR] as const;
export const MAX_WEBHOOK_ATTEMPTS = WEBHOOK_RETRY_SCHEDULE_MS.length + 1;
export const WEBHOOK_TIMEOUT_MS = 5_000;
const LEASE_SECONDS = 60;
const BATCH = 10;

export function webhookRetryDelayMs(attempt: number, random = Math.random): number {
  const base = WEBHOOK_RETRY_SCHEDULE_MS[Math.min(attempt, WEBHOOK_RETRY_SCHEDULE_MS.length) - 1]!;
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface WebhookDeliveryOptions {
  /** Deliver to loopback/private/link-local addresses (ENROLL_WEBHOOKS_ALLOW_PRIVATE); false by default. */
  allowPrivateUrls?: boolean;
  timeoutMs?: number;
  /** Name resolution, replaceable in tests. */
  resolve?: ResolveHost;
}

export interface LeasedDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  attempts: number;
}

/** Takes up to `limit` due deliveries of enabled endpoints for this worker. */
export async function leaseDueDeliveries(db: Db, limit: number): Promise<LeasedDelivery[]> {
  const leased = await sql<LeasedDelivery>`
    UPDATE webhook_deliveries SET locked_until = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
    WHERE id IN (
      SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND (d.locked_until IS NULL OR d.locked_until < now()) AND e.enabled
      ORDER BY d.next_attempt_at, d.id LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED)
    RETURNING id, endpoint_id, event_id, attempts`.execute(db);
  return leased.rows;
}

async function attempt(db: Db, cipher: PersonalDataCipher, delivery: LeasedDelivery, options: WebhookDeliveryOptions): Promise<AttemptOutcome> {
  const target = await db
    .selectFrom('webhook_endpoints')
    .innerJoin('events', (join) => join.on('events.id', '=', delivery.event_id))
    .select(['webhook_endpoints.url', 'webhook_endpoints.secret_sealed', 'events.payload'])
    .where('webhook_endpoints.id', '=', delivery.endpoint_id)
    .executeTakeFirst();
  if (!target) return { httpStatus: null, latencyMs: 0, error: 'The endpoint no longer exists' };
  const body = eventBody(target.payload as EventPayload);
  const timestamp = Math.floor(Date.now() / 1000);
  return postWebhook(
    target.url,
    body,
    {
      'Content-Type': 'application/json',
      [SIGNATURE_HEADER]: signWebhook(cipher.open(target.secret_sealed), body, timestamp),
      [EVENT_ID_HEADER]: delivery.event_id,
    },
    { timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS, allowPrivate: options.allowPrivateUrls ?? false, ...(options.resolve ? { resolve: options.resolve } : {}) },
  );
}

/** Disables the endpoint when nothing was delivered to it since `since` (the failed delivery's first try). */
async function disableIfFailingSince(trx: Trx, endpointId: string, since: Date, lastError: string): Promise<void> {
  const succeeded = await trx.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', endpointId).where('status', '=', 'succeeded').where('delivered_at', '>=', since).limit(1).executeTakeFirst();
  if (succeeded) return;
  await trx
    .updateTable('webhook_endpoints')
    .set({
      enabled: false,
      disabled_at: new Date(),
      disabled_reason: `Disabled automatically: no delivery has succeeded since ${since.toISOString()} and a delivery failed its last of ${MAX_WEBHOOK_ATTEMPTS} attempts (${lastError}). Fix the receiver, then enable the endpoint again; deliveries still pending resume.`,
      updated_at: new Date(),
    })
    .where('id', '=', endpointId)
    .where('enabled', '=', true)
    .execute();
}

async function record(db: Db, delivery: LeasedDelivery, outcome: AttemptOutcome): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('webhook_deliveries').select(['status', 'organization_id', 'created_at']).where('id', '=', delivery.id).forUpdate().executeTakeFirst();
    // Deleted with its endpoint, or settled by another worker after our lease ran out.
    if (!current || current.status !== 'pending') return;
    await trx
      .insertInto('webhook_delivery_attempts')
      .values({ delivery_id: delivery.id, organization_id: current.organization_id, http_status: outcome.httpStatus, latency_ms: outcome.latencyMs, error: outcome.error })
      .execute();
    if (outcome.error === null) {
      await trx.updateTable('webhook_deliveries').set({ status: 'succeeded', delivered_at: new Date(), locked_until: null, last_error: null }).where('id', '=', delivery.id).execute();
      return;
    }
    const failed = delivery.attempts >= MAX_WEBHOOK_ATTEMPTS;
    await trx
      .updateTable('webhook_deliveries')
      .set({
        status: failed ? 'failed' : 'pending',
        last_error: failed ? `Gave up after ${delivery.attempts} attempts: ${outcome.error}` : outcome.error,
        locked_until: null,
        next_attempt_at: new Date(Date.now() + webhookRetryDelayMs(delivery.attempts)),
      })
      .where('id', '=', delivery.id)
      .execute();
    if (failed) await disableIfFailingSince(trx, delivery.endpoint_id, current.created_at, outcome.error);
  });
}

/** One batch: leases due deliveries, attempts them concurrently, records each. Answers how many were attempted. */
export async function deliverWebhooksOnce(db: Db, cipher: PersonalDataCipher, options: WebhookDeliveryOptions = {}, limit = BATCH): Promise<number> {
  const leased = await leaseDueDeliveries(db, limit);
  await Promise.all(
    leased.map(async (delivery) => {
      let outcome: AttemptOutcome;
      try {
        outcome = await attempt(db, cipher, delivery, options);
      } catch (error) {
        outcome = { httpStatus: null, latencyMs: 0, error: error instanceof Error ? error.message : String(error) };
      }
      await record(db, delivery, outcome);
    }),
  );
  return leased.length;
}
