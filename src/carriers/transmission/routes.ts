// What was sent to carriers and what they answered, per coverage period and per member; a full file
// on request; and the 834 a subscriber's pending change will produce, before anything is sent.
import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { DateTime, IdParams, Nullable, Uuid } from '../../http/common-schemas.ts';
import { ErrorItem, notFound, unprocessable } from '../../http/errors.ts';
import { hasScope } from '../../http/auth.ts';
import { decodeCursor, NextCursor, page, PageQuery } from '../../http/pagination.ts';
import { readAs, readAudited, writeOnce } from '../../http/tenant-transaction.ts';
import type { Trx } from '../../db/database.ts';
import { findSubscriber } from '../../enrollment/subscribers/store.ts';
import { settingsBuildErrors } from './build-errors.ts';
import { previewFamily834, Preview834 } from './preview-834.ts';
import { recordFamilyFailures, storeDelivery, type BuiltDelivery } from './outbox-batcher.ts';
import {
  coveragePeriodsOfSubscriber,
  findFileDelivery,
  findReachableFileDelivery,
  findReachableMember,
  inboundFilesOfDelivery,
  findReachablePeriod,
  listFamilyTransmissions,
  listFileDeliveriesOfPeriod,
  subscribersCoveredInPeriod,
  type FileDeliveryRow,
} from './transmission-store.ts';

export const FileDelivery = Type.Object({
  id: Uuid,
  coverage_period_id: Uuid,
  carrier_id: Uuid,
  kind: Type.Union([Type.Literal('change'), Type.Literal('full')]),
  status: Type.String({ description: 'ready → sent → acknowledged → completed; or rejected; or failed after the last retry' }),
  file_name: Type.String(),
  interchange_control_number: Type.Integer(),
  group_control_number: Type.Integer(),
  transaction_set_control_number: Type.Integer(),
  member_count: Type.Integer(),
  attempts: Type.Integer(),
  last_error: Nullable(Type.String()),
  errors: Type.Array(ErrorItem),
  created_at: DateTime,
  sent_at: Nullable(DateTime),
  acknowledged_at: Nullable(DateTime),
  resent_from_id: Nullable(Uuid),
});

export const toFileDelivery = (row: FileDeliveryRow) => ({
  id: row.id,
  coverage_period_id: row.coverage_period_id,
  carrier_id: row.carrier_id,
  kind: row.kind,
  status: row.status,
  file_name: row.file_name,
  interchange_control_number: Number(row.interchange_control_number),
  group_control_number: Number(row.group_control_number),
  transaction_set_control_number: Number(row.transaction_set_control_number),
  member_count: row.member_count,
  attempts: row.attempts,
  last_error: row.last_error,
  errors: row.errors as ErrorItem[],
  created_at: row.created_at.toISOString(),
  sent_at: row.sent_at?.toISOString() ?? null,
  acknowledged_at: row.acknowledged_at?.toISOString() ?? null,
  resent_from_id: row.resent_from_id,
});

async function reachablePeriod(trx: Trx, organizationId: string, id: string) {
  const period = await findReachablePeriod(trx, organizationId, id);
  if (!period) throw notFound('coverage period');
  return period;
}

export function registerTransmissionRoutes(app: App): void {
  app.get('/coverage_periods/:id/file_deliveries', {
    config: { scope: 'read' },
    schema: { tags: ['carrier transmission'], summary: 'The 834 files built for this coverage period, newest first, with their status and the carrier’s answers', params: IdParams, querystring: PageQuery, response: { 200: Type.Object({ file_deliveries: Type.Array(FileDelivery), next_cursor: NextCursor }) } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const after = decodeCursor(request.query.cursor);
    const rows = await readAs(request, async (trx) => {
      await reachablePeriod(trx, request.caller.organizationId, request.params.id);
      return listFileDeliveriesOfPeriod(trx, request.params.id, limit + 1, after);
    });
    const { items, next_cursor } = page(rows, limit);
    return { file_deliveries: items.map(toFileDelivery), next_cursor };
  });

  app.post('/coverage_periods/:id/file_deliveries', {
    config: { scope: 'write' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'Build a full file now (BGN08 4 or the carrier’s RX, 030 audit records): the whole population of the coverage period, sent by the worker',
      params: IdParams,
      body: Type.Object({ file_delivery: Type.Object({ kind: Type.Literal('full') }, { additionalProperties: false }) }, { additionalProperties: false, examples: [{ file_delivery: { kind: 'full' } }] }),
      response: { 201: Type.Object({ file_delivery: FileDelivery }) },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      await reachablePeriod(trx, caller.organizationId, request.params.id);
      const families = await subscribersCoveredInPeriod(trx, request.params.id);
      let built: BuiltDelivery;
      try {
        built = await storeDelivery(trx, request.server.services.cipher, request.params.id, 'full', families);
      } catch (error) {
        throw unprocessable(settingsBuildErrors(error));
      }
      if (!built.id) {
        throw unprocessable(
          built.failed.length
            ? built.failed.flatMap((failure) => failure.errors)
            : [{ error_type: 'unprocessable.nothing_to_send', message: 'No one has coverage in this coverage period that the carrier’s 834 can carry', parameter: 'file_delivery.kind' }],
        );
      }
      // Families that cannot be written are left out of the file and listed with the period's errors.
      await recordFamilyFailures(trx, { coveragePeriodId: request.params.id }, built.failed);
      const row = await findFileDelivery(trx, built.id);
      await audit({ resource_type: 'file_delivery', resource_id: row.id, action: 'create', after: toFileDelivery(row) });
      return { status: 201, body: { file_delivery: toFileDelivery(row) } };
    }),
  );

  app.get('/members/:id/coverage_transmissions', {
    config: { scope: 'read' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'Every file that carried this member (subscriber or dependent), what it said of them, and the carrier’s answer',
      params: IdParams,
      response: {
        200: Type.Object({
          coverage_transmissions: Type.Array(Type.Object({ file_delivery_id: Uuid, file_name: Type.String(), kind: Type.String(), status: Type.String(), sent_at: Nullable(DateTime), result: Nullable(Type.String()), errors: Type.Array(ErrorItem), record: Type.Unknown({ description: 'The member’s loop as sent, SSN masked' }) })),
        }),
      },
    },
  }, async (request) => {
    const rows = await readAs(request, async (trx) => {
      const member = await findReachableMember(trx, request.caller.organizationId, request.params.id);
      if (!member) throw notFound('member');
      return listFamilyTransmissions(trx, member.subscriber_id ?? member.id);
    });
    return {
      coverage_transmissions: rows
        .map((row) => ({ row, loop: ((row.record as { members?: Array<{ memberReference?: string }> }).members ?? []).find((m) => m.memberReference === request.params.id) }))
        .filter(({ loop }) => loop)
        .map(({ row, loop }) => ({ file_delivery_id: row.id, file_name: row.file_name, kind: row.kind, status: row.status, sent_at: row.sent_at?.toISOString() ?? null, result: row.result, errors: row.errors as ErrorItem[], record: loop })),
    };
  });

  app.get('/file_deliveries/:id/content', {
    config: { scope: 'pii' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'A built file as it was (or will be) sent, with the answers the carrier sent back for it',
      description:
        'Needs the pii scope: the 834 holds SSNs in full. Every read is recorded in the audit log (`file_delivery`, action `read_content`). ' +
        '`content` is the whole 834 interchange exactly as stored and sent. `acknowledgements` are the carrier’s files matched to it (TA1, 999, result files), ' +
        'oldest first, each with its content when kept (answers received before content was kept show null); they are visible to the organization ' +
        'that owns the carrier.',
      params: IdParams,
      response: {
        200: Type.Object({
          file_delivery: FileDelivery,
          content: Type.String({ description: 'The 834 as sent: ISA to IEA, `~` after each segment and a line break after that' }),
          acknowledgements: Type.Array(
            Type.Object({
              id: Uuid,
              name: Type.String({ description: 'The file name the carrier gave it' }),
              kind: Type.String({ description: '999, ta1, results (a result file) or unknown' }),
              received_at: DateTime,
              processed_at: Nullable(DateTime),
              problem: Nullable(Type.String({ description: 'Why the file could not be applied, when it could not' })),
              content: Nullable(Type.String({ description: 'The file as received; null when it was received before contents were kept' })),
            }),
          ),
        }),
      },
    },
  }, async (request) => {
    const { cipher } = request.server.services;
    return readAudited(request, async (trx, audit) => {
      const row = await findReachableFileDelivery(trx, request.caller.organizationId, request.params.id);
      if (!row) throw notFound('file delivery');
      const answers = await inboundFilesOfDelivery(trx, row.id);
      audit({ resource_type: 'file_delivery', resource_id: row.id, action: 'read_content', after: { file_name: row.file_name, acknowledgements: answers.map((answer) => answer.name) } });
      return {
        file_delivery: toFileDelivery(row),
        content: cipher.open(row.content_sealed),
        acknowledgements: answers.map((answer) => ({
          id: answer.id,
          name: answer.name,
          kind: answer.kind,
          received_at: answer.received_at.toISOString(),
          processed_at: answer.processed_at ? new Date(answer.processed_at).toISOString() : null,
          problem: answer.problem,
          content: answer.content_sealed ? cipher.open(answer.content_sealed) : null,
        })),
      };
    });
  });

  app.get('/subscribers/:id/preview_834', {
    config: { scope: 'read' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'The exact 834 this subscriber’s family will produce for each carrier, before anything is sent',
      description:
        'Each preview holds the whole interchange as the worker would write it (`x12`: ISA to IEA, readable as it is by any X12 validator) and its segments. ' +
        'Control numbers are given when the file is built for sending, so the preview shows 1. SSNs are masked unless the key has the pii scope.',
      params: IdParams,
      response: { 200: Type.Object({ previews: Type.Array(Preview834) }) },
    },
  }, async (request) => {
    const revealSsn = hasScope(request, 'pii');
    return readAs(request, async (trx) => {
      const subscriber = await findSubscriber(trx, request.caller.organizationId, request.params.id);
      if (!subscriber) throw notFound('subscriber');
      const periods = await coveragePeriodsOfSubscriber(trx, subscriber.id);
      return { previews: await previewFamily834(trx, request.server.services.cipher, subscriber.id, periods, { revealSsn }) };
    });
  });
}
