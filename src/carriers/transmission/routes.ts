// What was sent to carriers and what they answered, per coverage period and per member; a full file
// on request; and the 834 a subscriber's pending change will produce, before anything is sent.
import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { DateTime, IdParams, Nullable, Uuid } from '../../http/common-schemas.ts';
import { ErrorItem, notFound, unprocessable } from '../../http/errors.ts';
import { hasScope } from '../../http/auth.ts';
import { decodeCursor, NextCursor, page, PageQuery } from '../../http/pagination.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import type { Trx } from '../../db/database.ts';
import { findSubscriber } from '../../enrollment/subscribers/store.ts';
import { write834 } from '../x12/write-834.ts';
import { buildFamilies, enrollmentFile, type FileFacts } from './build-834.ts';
import { settingsBuildErrors } from './build-errors.ts';
import { loadFamilies, loadPeriodContext } from './family-records.ts';
import { recordFamilyFailures, storeDelivery, type BuiltDelivery } from './outbox-batcher.ts';
import {
  coveragePeriodsOfSubscriber,
  findFileDelivery,
  findReachableMember,
  findReachablePeriod,
  listFamilyTransmissions,
  listFileDeliveriesOfPeriod,
  listPeriodErrors,
  subscribersCoveredInPeriod,
  type FileDeliveryRow,
} from './transmission-store.ts';

const FileDelivery = Type.Object({
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
});

const toFileDelivery = (row: FileDeliveryRow) => ({
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
});

async function reachablePeriod(trx: Trx, organizationId: string, id: string) {
  const period = await findReachablePeriod(trx, organizationId, id);
  if (!period) throw notFound('coverage period');
  return period;
}

/** NM108 34 is an SSN: without the pii scope a preview shows its last four digits only (XXXXX6789). */
function maskSsnSegments(text: string): string {
  return text.replace(/^(NM1\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*[^*~]*\*34\*)(\d{5})(\d{4})/gm, '$1XXXXX$3');
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

  app.get('/coverage_periods/:id/errors', {
    config: { scope: 'read' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'Errors of this coverage period, newest first: families the carrier rejected, with the carrier’s errors, and families we could not write into a file (no file_delivery_id), with what to correct',
      params: IdParams,
      response: { 200: Type.Object({ errors: Type.Array(Type.Object({ subscriber_id: Uuid, file_delivery_id: Nullable(Uuid), received_at: Nullable(DateTime), errors: Type.Array(ErrorItem) })) }) },
    },
  }, async (request) => {
    const rows = await readAs(request, async (trx) => {
      await reachablePeriod(trx, request.caller.organizationId, request.params.id);
      return listPeriodErrors(trx, request.params.id, 500);
    });
    return { errors: rows.map((row) => ({ subscriber_id: row.subscriber_id, file_delivery_id: row.delivery_id, received_at: row.at ? new Date(row.at).toISOString() : null, errors: row.errors as ErrorItem[] })) };
  });

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

  app.get('/subscribers/:id/preview_834', {
    config: { scope: 'read' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'The exact 834 segments this subscriber’s family will produce for each carrier, before anything is sent',
      description: 'Control numbers are given when the file is built for sending, so the preview shows 1. SSNs are masked unless the key has the pii scope.',
      params: IdParams,
      response: { 200: Type.Object({ previews: Type.Array(Type.Object({ coverage_period_id: Uuid, carrier_id: Uuid, segments: Type.Array(Type.String()), warnings: Type.Array(ErrorItem), errors: Type.Array(Type.Object(ErrorItem.properties), { description: 'Why this family cannot be written into the carrier’s file, if it cannot: nothing would be sent until it is corrected' }) })) }) },
    },
  }, async (request) => {
    const revealSsn = hasScope(request, 'pii');
    return readAs(request, async (trx) => {
      const subscriber = await findSubscriber(trx, request.caller.organizationId, request.params.id);
      if (!subscriber) throw notFound('subscriber');
      const periods = await coveragePeriodsOfSubscriber(trx, subscriber.id);
      const previews = [];
      for (const coverage_period_id of periods) {
        const context = await loadPeriodContext(trx, coverage_period_id);
        const [family] = await loadFamilies(trx, request.server.services.cipher, context, [subscriber.id]);
        const now = new Date();
        const file: FileFacts = { kind: 'change', carrier: context.carrier, sponsor: context.sponsor, carrierGroupNumber: context.period.carrier_group_number, control: { interchange: 1, group: 1, transactionSet: 1 }, date: now.toISOString().slice(0, 10), time: now.toISOString().slice(11, 16).replace(':', '') };
        let previewed;
        try {
          previewed = buildFamilies(file, [family!]);
        } catch (error) {
          previews.push({ coverage_period_id, carrier_id: context.carrier.id, segments: [], warnings: [], errors: settingsBuildErrors(error) });
          continue;
        }
        const built = previewed.built[0];
        const text = built ? write834(enrollmentFile(file, built.members), { lineBreak: '\n' }) : '';
        const shown = revealSsn ? text : maskSsnSegments(text);
        previews.push({
          coverage_period_id,
          carrier_id: context.carrier.id,
          segments: shown.split('\n').filter(Boolean),
          warnings: (built?.unmapped ?? []).map((u) => ({ error_type: 'carrier.line_of_coverage_unmapped', message: `No 834 line-of-coverage code for ${u.product_line}; set the carrier's line_of_coverage_codes`, parameter: 'line_of_coverage_codes' })),
          errors: previewed.failed.flatMap((failure) => failure.errors),
        });
      }
      return { previews };
    });
  });
}
