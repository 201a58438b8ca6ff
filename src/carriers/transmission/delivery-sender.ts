// Sending built files. A worker leases one due file at a time (SKIP LOCKED plus a lease, so a worker
// killed mid-send only delays it), hands it to the carrier's connector, and records the outcome. A
// send is retried with exponential backoff and jitter; a file that keeps failing stops and says why.
// Connectors are idempotent by file name, so a crash after the upload and before recording it sends
// the same file (same name, same control numbers) again, which the carrier side sees as one file.
import { sql, type Db } from '../../db/database.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import type { CarrierConnector } from '../connectors/connector.ts';
import { markDeliverySubmitted } from './status-updates.ts';

export type ConnectorFor = (carrierId: string) => Promise<CarrierConnector | undefined>;

export const MAX_SEND_ATTEMPTS = 8;
/** How long a send may take before another worker may take the file over (it is then sent again, which the connectors treat as the same file). */
export const DEFAULT_SEND_LEASE_SECONDS = 120;

/** 30 s, 1 min, 2 min, ... capped at an hour, each with ±20% jitter so workers do not stampede. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  const base = Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

interface LeasedDelivery {
  id: string;
  carrier_id: string;
  file_name: string;
  content_sealed: string;
  attempts: number;
}

/**
 * Leases the oldest file of each coverage period when it is due, at most `limit`: one file per queue a round, so
 * one period's hundred files never hold back another's one. The lease is a conditional UPDATE, so two
 * workers never lease the same file.
 */
async function leaseHeads(db: Db, limit: number, leaseSeconds: number): Promise<LeasedDelivery[]> {
  // The head is the oldest ready file of its period whether due or not: a later file never overtakes
  // an earlier one that is backing off, since each carries the state of its families when built.
  const heads = await sql<{ id: string }>`
    SELECT id FROM (
      SELECT DISTINCT ON (coverage_period_id) id, created_at, next_attempt_at, locked_until FROM file_deliveries
      WHERE status = 'ready'
      ORDER BY coverage_period_id, created_at) heads
    WHERE next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
    ORDER BY created_at LIMIT ${limit}`.execute(db);
  if (!heads.rows.length) return [];
  const leased = await sql<LeasedDelivery>`
    UPDATE file_deliveries SET locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id = ANY(${heads.rows.map((row) => row.id)}::uuid[]) AND status = 'ready' AND (locked_until IS NULL OR locked_until < now())
    RETURNING id, carrier_id, file_name, content_sealed, attempts`.execute(db);
  return leased.rows;
}

async function send(db: Db, cipher: PersonalDataCipher, connectorFor: ConnectorFor, delivery: LeasedDelivery): Promise<void> {
  try {
    const connector = await connectorFor(delivery.carrier_id);
    // A carrier with no connection: the file is built and kept, waiting for one to be configured.
    if (!connector) throw new Error('The carrier has no connection configured (connection type none)');
    await connector.send({ name: delivery.file_name, content: cipher.open(delivery.content_sealed) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = delivery.attempts >= MAX_SEND_ATTEMPTS;
    await db
      .updateTable('file_deliveries')
      .set({
        status: failed ? 'failed' : 'ready',
        last_error: failed ? `Gave up after ${delivery.attempts} attempts: ${message}` : message,
        locked_until: null,
        next_attempt_at: new Date(Date.now() + retryDelayMs(delivery.attempts)),
      })
      .where('id', '=', delivery.id)
      .execute();
    return;
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('file_deliveries').set({ status: 'sent', sent_at: new Date(), locked_until: null, last_error: null }).where('id', '=', delivery.id).execute();
    await markDeliverySubmitted(trx, delivery.id);
  });
}

/**
 * Sends due files round-robin over coverage periods until `maxFiles` are sent or none is due. A
 * carrier whose connector fails backs off file by file; the other carriers' files go out in the same
 * round. Answers the files attempted.
 */
export async function sendDue(db: Db, cipher: PersonalDataCipher, connectorFor: ConnectorFor, maxFiles: number, leaseSeconds = DEFAULT_SEND_LEASE_SECONDS): Promise<number> {
  let attempted = 0;
  while (attempted < maxFiles) {
    const leased = await leaseHeads(db, maxFiles - attempted, leaseSeconds);
    if (!leased.length) break;
    for (const delivery of leased) await send(db, cipher, connectorFor, delivery);
    attempted += leased.length;
  }
  return attempted;
}

/** Sends at most one due file; false when none is due (for this worker). */
export async function sendOnce(db: Db, cipher: PersonalDataCipher, connectorFor: ConnectorFor, leaseSeconds = DEFAULT_SEND_LEASE_SECONDS): Promise<boolean> {
  const [delivery] = await leaseHeads(db, 1, leaseSeconds);
  if (!delivery) return false;
  await send(db, cipher, connectorFor, delivery);
  return true;
}
