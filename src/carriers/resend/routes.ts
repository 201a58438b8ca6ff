// Resend over HTTP: a family's current state queued again for its carriers, and a rejected or failed
// file built again for its families with new control numbers (ISA13, GS06, ST02 — a carrier refuses
// an interchange number it has seen). Both audited; another organization's ids answer 404.
import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { IdParams, Uuid } from '../../http/common-schemas.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { writeOnce } from '../../http/tenant-transaction.ts';
import { findSubscriber } from '../../enrollment/subscribers/store.ts';
import { settingsBuildErrors } from '../transmission/build-errors.ts';
import { recordFamilyFailures, storeDelivery, type BuiltDelivery } from '../transmission/outbox-batcher.ts';
import { FileDelivery, toFileDelivery } from '../transmission/routes.ts';
import { findFileDelivery, findReachableFileDelivery } from '../transmission/transmission-store.ts';
import { familiesOfDelivery, queueFamilyAgain, replaceDelivery } from './resend-store.ts';

/** A file the carrier refused, or one every send of failed, may be sent again; any other is on its way or answered. */
export const RESENDABLE = new Set(['rejected', 'failed']);

export function registerResendRoutes(app: App): void {
  app.post('/subscribers/:id/resend', {
    config: { scope: 'write' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'Queue the family’s current state for each of its carriers again: the next change file of each carries it, and the family is pending with them until then',
      params: IdParams,
      response: { 202: Type.Object({ resend: Type.Object({ subscriber_id: Uuid, queued: Type.Array(Type.Object({ coverage_period_id: Uuid, carrier_id: Uuid })) }) }) },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const subscriber = await findSubscriber(trx, caller.organizationId, request.params.id);
      if (!subscriber) throw notFound('subscriber');
      const queued = await queueFamilyAgain(trx, subscriber.id);
      if (!queued.length) throw unprocessable([{ error_type: 'unprocessable.nothing_to_send', message: 'The subscriber has no current coverage with any carrier', parameter: null }]);
      const resend = { subscriber_id: subscriber.id, queued: queued.map(({ coverage_period_id, carrier_id }) => ({ coverage_period_id, carrier_id })) };
      await audit({ resource_type: 'subscriber', resource_id: subscriber.id, action: 'resend', before: { carrier_statuses: queued.map((q) => ({ coverage_period_id: q.coverage_period_id, status: q.previous })) }, after: resend });
      return { status: 202, body: { resend } };
    }, { lockSubscriberId: request.params.id }),
  );

  app.post('/file_deliveries/:id/resend', {
    config: { scope: 'write' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'Build a rejected or failed file again for its families, with new control numbers (ISA13, GS06, ST02), sent by the worker',
      description: 'The new file carries the families as they are now and names the file it replaces (resent_from_id); the changes the old file carried move with it, and its families are pending with the carrier again. A file that is not rejected or failed answers 409 conflict.file_delivery_not_resendable.',
      params: IdParams,
      response: { 201: Type.Object({ file_delivery: FileDelivery }) },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const old = await findReachableFileDelivery(trx, caller.organizationId, request.params.id);
      if (!old) throw notFound('file delivery');
      if (!RESENDABLE.has(old.status)) throw conflict('file_delivery_not_resendable', `The file is ${old.status}: only a rejected or failed file can be sent again`);
      const families = await familiesOfDelivery(trx, old.id);
      let built: BuiltDelivery;
      try {
        built = await storeDelivery(trx, request.server.services.cipher, old.coverage_period_id, old.kind, families);
      } catch (error) {
        throw unprocessable(settingsBuildErrors(error));
      }
      if (!built.id) {
        throw unprocessable(built.failed.length ? built.failed.flatMap((failure) => failure.errors) : [{ error_type: 'unprocessable.nothing_to_send', message: 'None of the file’s families has coverage left that the carrier’s 834 can carry', parameter: null }]);
      }
      await recordFamilyFailures(trx, { coveragePeriodId: old.coverage_period_id }, built.failed);
      await replaceDelivery(trx, old.id, built.id, old.coverage_period_id, built.subscriberIds);
      const row = toFileDelivery(await findFileDelivery(trx, built.id));
      await audit({ resource_type: 'file_delivery', resource_id: row.id, action: 'resend', before: toFileDelivery(old), after: row });
      return { status: 201, body: { file_delivery: row } };
    }),
  );
}
