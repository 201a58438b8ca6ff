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

export async function sendOnce(db: Db, cipher: PersonalDataCipher, connectorFor: ConnectorFor, leaseSeconds = DEFAULT_SEND_LEASE_SECONDS): Promise<boolean> {
  const leased = await sql<{ id: string; carrier_id: string; file_name: string; content_sealed: string; attempts: number }>`
    UPDATE file_deliveries SET locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id = (
      SELECT id FROM file_deliveries
      WHERE status = 'ready' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
      ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, carrier_id, file_name, content_sealed, attempts`.execute(db);
  const delivery = leased.rows[0];
  if (!delivery) return false;
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
    return true;
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('file_deliveries').set({ status: 'sent', sent_at: new Date(), locked_until: null, last_error: null }).where('id', '=', delivery.id).execute();
    await markDeliverySubmitted(trx, delivery.id);
  });
  return true;
}
