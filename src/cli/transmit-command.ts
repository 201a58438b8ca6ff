// `enroll transmit`: one pass of the transmission worker on the database — outbox → 834 files → send →
// read the carriers' answers → webhooks — then a summary of what it did. For cron, scripts and for
// seeing the loop turn once; `enroll worker` runs passes continuously.
import { createConnectorRegistry } from '../carriers/transmission/carrier-connectors.ts';
import { listUnsentFiles } from '../carriers/transmission/transmission-store.ts';
import { createWorker, type PassSummary } from '../carriers/transmission/worker.ts';
import type { DirectAccess } from './import-command.ts';
import { parseOptions } from './main.ts';

export interface TransmitSettings {
  allowPrivateUrls: boolean;
  sendLeaseSeconds?: number;
}

export async function runTransmitCommand(args: string[], access: DirectAccess, settings: TransmitSettings, out: (line: string) => void): Promise<number> {
  parseOptions(args, {});
  const { database, cipher } = await access.open();
  const connectors = createConnectorRegistry(database.db, cipher);
  try {
    const worker = createWorker({
      db: database.db,
      cipher,
      logger: access.logger,
      connectorFor: connectors.connectorFor,
      webhooks: { allowPrivateUrls: settings.allowPrivateUrls },
      ...(settings.sendLeaseSeconds ? { sendLeaseSeconds: settings.sendLeaseSeconds } : {}),
    });
    const summary = await worker.runOnce();
    out(describePass(summary, database.kind));
    // A send that failed counts as an attempt: say which files wait for a retry (or gave up), and why.
    const unsent = await listUnsentFiles(database.db, 10);
    for (const file of unsent) {
      const when = file.status === 'failed' ? 'gave up' : `next attempt ${file.next_attempt_at.toISOString()}`;
      out(`  file ${file.id} not sent (${file.attempts} attempts, ${when}): ${file.last_error}`);
    }
    return 0;
  } finally {
    await connectors.close();
    await database.close();
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function describePass(summary: PassSummary, databaseKind: string): string {
  if (!summary.built && !summary.sent && !summary.received && !summary.webhooks) return `Transmission pass (database: ${databaseKind}): nothing was waiting.`;
  return `Transmission pass (database: ${databaseKind}): built ${plural(summary.built, '834 file')}, made ${plural(summary.sent, 'send attempt')}, read ${plural(summary.received, 'carrier answer')}, made ${plural(summary.webhooks, 'webhook delivery attempt')}.`;
}
