// The transmission worker: outbox → files → carriers → answers → statuses, in passes. Any number of
// workers may run against one PostgreSQL (claims use advisory locks, SKIP LOCKED and leases); `enroll
// start` runs one in-process, `enroll worker` runs one alone. Each step of a pass is isolated: a step
// that fails is logged and the others still run, so nothing one carrier or family does stops a pass.
import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { batchDue } from './outbox-batcher.ts';
import { sendDue, type ConnectorFor } from './delivery-sender.ts';
import { receiveOnce } from './inbound-processor.ts';
import { carriersToRead } from './transmission-store.ts';
import { keepingInboundContent } from './inbound-content.ts';
import { deliverWebhooksOnce, type WebhookDeliveryOptions } from '../../webhooks/deliverer.ts';
import { runImportJobsOnce } from '../../imports/jobs/import-jobs.ts';
import { runAgeOutsOnce } from '../../enrollment/age-outs/age-out-job.ts';

export interface WorkerOptions {
  db: Db;
  cipher: PersonalDataCipher;
  logger: Logger;
  connectorFor: ConnectorFor;
  intervalMs?: number;
  /** See DEFAULT_SEND_LEASE_SECONDS. */
  sendLeaseSeconds?: number;
  /** Upper bound of files built, or sent, in one pass, so one pass never runs away. */
  maxPerPass?: number;
  /** Families one change file carries at most (DEFAULT_MAX_FAMILIES_PER_FILE). */
  maxFamiliesPerFile?: number;
  /** Webhook delivery settings (private addresses refused unless allowed). */
  webhooks?: WebhookDeliveryOptions;
  /** Imports: which database (a running import's lease is renewed on PostgreSQL only) and its lease. */
  databaseKind?: 'pglite' | 'postgres';
  importLeaseSeconds?: number;
  /** The day the age-out job runs as (tests); default today. */
  ageOutDate?: () => string;
}

export interface PassSummary {
  built: number;
  sent: number;
  received: number;
  /** Webhook delivery attempts made. */
  webhooks: number;
}

export interface Worker {
  runOnce(): Promise<PassSummary>;
  /** Runs passes until stop(). */
  start(): void;
  stop(): Promise<void>;
}

export function createWorker(options: WorkerOptions): Worker {
  const { db, cipher, logger, connectorFor } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const maxPerPass = options.maxPerPass ?? 50;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  /** One step of a pass; its failure is logged (no personal data: errors only) and the pass goes on. */
  async function step(name: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      logger.error({ err: error, step: name }, 'a transmission step failed; the rest of the pass goes on and the next pass tries again');
    }
  }

  async function runOnce(): Promise<PassSummary> {
    const summary: PassSummary = { built: 0, sent: 0, received: 0, webhooks: 0 };
    // First, so the changes of an import go to the carriers in the same pass.
    await step('imports', async () => {
      await runImportJobsOnce({ db, cipher, logger, databaseKind: options.databaseKind ?? 'pglite', ...(options.importLeaseSeconds ? { leaseSeconds: options.importLeaseSeconds } : {}) });
    });
    // Once a day per group (the run's row says so), before the build, so the carriers hear of it in this pass.
    await step('age-outs', async () => {
      await runAgeOutsOnce({ db, logger, ...(options.ageOutDate ? { today: options.ageOutDate() } : {}) });
    });
    await step('build', async () => {
      summary.built = await batchDue(db, cipher, maxPerPass, { ...(options.maxFamiliesPerFile ? { maxFamiliesPerFile: options.maxFamiliesPerFile } : {}) });
    });
    await step('send', async () => {
      summary.sent = await sendDue(db, cipher, connectorFor, maxPerPass, options.sendLeaseSeconds);
    });
    await step('receive', async () => {
      const waiting = await carriersToRead(db);
      for (const carrier of waiting) {
        try {
          const connector = await connectorFor(carrier.id);
          if (connector) summary.received += await receiveOnce(db, carrier, keepingInboundContent(db, cipher, carrier.id, connector), cipher);
        } catch (error) {
          logger.warn({ err: error, carrier_id: carrier.id }, 'could not read the carrier’s answers; will try again');
        }
      }
    });
    // Last, so the events this pass caused go out in this pass.
    await step('webhooks', async () => {
      while (summary.webhooks < maxPerPass) {
        const attempted = await deliverWebhooksOnce(db, cipher, options.webhooks, Math.min(10, maxPerPass - summary.webhooks));
        if (!attempted) break;
        summary.webhooks += attempted;
      }
    });
    return summary;
  }

  function schedule() {
    if (!running) return;
    timer = setTimeout(() => {
      current = runOnce()
        .then((summary) => {
          if (summary.built || summary.sent || summary.received || summary.webhooks) logger.info({ ...summary }, 'transmission pass');
        })
        .catch((error) => logger.error({ err: error }, 'transmission pass failed'))
        .finally(schedule);
    }, intervalMs);
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
