// Carrier errors over HTTP, as work items shaped like discrepancies: the period's errors with an id
// and a status, each readable with its comments, commented, resolved with a resolution and reopened.
// The bodies and the rule (resolve an open one, reopen a resolved one) are reconciliation's.
import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { DateTime, IdParams, Nullable, Uuid } from '../../http/common-schemas.ts';
import { ErrorItem, notFound, unprocessable } from '../../http/errors.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { findReachablePeriod } from '../transmission/transmission-store.ts';
import { CommentBody, ResolveBody } from '../../reconciliation/schema.ts';
import { commentsOfError, findReachableError, insertErrorComment, listPeriodErrors, setErrorResolution, type CarrierErrorCommentRow, type CarrierErrorRow } from './carrier-error-store.ts';

export const CarrierError = Type.Object({
  id: Uuid,
  coverage_period_id: Uuid,
  carrier_id: Uuid,
  subscriber_id: Uuid,
  file_delivery_id: Nullable(Uuid), // null for a family we could not write into a file
  received_at: Nullable(DateTime),
  errors: Type.Array(ErrorItem),
  status: Type.Union([Type.Literal('open'), Type.Literal('resolved')]),
  resolution: Nullable(Type.Union([Type.Literal('fixed_here'), Type.Literal('carrier_will_fix'), Type.Literal('dismissed')])),
  resolution_note: Nullable(Type.String()),
  resolved_at: Nullable(DateTime),
  resolved_by: Nullable(Type.Union([Type.Literal('user'), Type.Literal('system')], { description: 'system: the carrier accepted a later file for the family' })),
});
const CarrierErrorComment = Type.Object({ id: Uuid, error_id: Uuid, body: Type.String(), created_at: DateTime });
const ErrorQuery = Type.Object({ status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('resolved')])) }, { additionalProperties: false });

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);
export const toCarrierError = (row: CarrierErrorRow) => ({
  id: row.id,
  coverage_period_id: row.coverage_period_id,
  carrier_id: row.carrier_id,
  subscriber_id: row.subscriber_id,
  file_delivery_id: row.delivery_id,
  received_at: iso(row.at),
  errors: row.errors as ErrorItem[],
  status: row.status,
  resolution: row.resolution,
  resolution_note: row.resolution_note,
  resolved_at: iso(row.resolved_at),
  resolved_by: row.resolved_by,
});
const toComment = (row: CarrierErrorCommentRow) => ({ id: row.id, error_id: row.error_id, body: row.body, created_at: row.created_at.toISOString() });

export function registerCarrierErrorRoutes(app: App): void {
  app.get('/coverage_periods/:id/errors', {
    config: { scope: 'read' },
    schema: {
      tags: ['carrier transmission'],
      summary: 'Errors of this coverage period, newest first (?status=open for the work still to do): families the carrier rejected, with the carrier’s errors, and families we could not write into a file (no file_delivery_id), with what to correct',
      description: 'Each error is a work item: comment it, resolve it (fixed_here, carrier_will_fix, dismissed) or reopen it. An open error of a family the carrier later accepts (synced) is resolved by the system: fixed_here, resolved_by system.',
      params: IdParams,
      querystring: ErrorQuery,
      response: { 200: Type.Object({ errors: Type.Array(CarrierError) }) },
    },
  }, async (request) => {
    const rows = await readAs(request, async (trx) => {
      if (!(await findReachablePeriod(trx, request.caller.organizationId, request.params.id))) throw notFound('coverage period');
      return listPeriodErrors(trx, request.params.id, request.query.status, 500);
    });
    return { errors: rows.map(toCarrierError) };
  });

  app.get('/errors/:id', {
    config: { scope: 'read' },
    schema: { tags: ['carrier transmission'], summary: 'A carrier error with its comments', params: IdParams, response: { 200: Type.Object({ error: CarrierError, comments: Type.Array(CarrierErrorComment) }) } },
  }, async (request) => {
    const found = await readAs(request, async (trx) => {
      const row = await findReachableError(trx, request.caller.organizationId, request.params.id);
      return row ? { row, comments: await commentsOfError(trx, row.id) } : undefined;
    });
    if (!found) throw notFound('error');
    return { error: toCarrierError(found.row), comments: found.comments.map(toComment) };
  });

  app.post('/errors/:id/comments', {
    config: { scope: 'write' },
    schema: { tags: ['carrier transmission'], summary: 'Comment on a carrier error', params: IdParams, body: CommentBody, response: { 201: Type.Object({ comment: CarrierErrorComment }) } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await findReachableError(trx, caller.organizationId, request.params.id);
      if (!row) throw notFound('error');
      const comment = toComment(await insertErrorComment(trx, row, caller.apiKeyId, request.body.comment.body));
      await audit({ resource_type: 'carrier_error', resource_id: row.id, action: 'comment', after: { comment_id: comment.id } });
      return { status: 201, body: { comment } };
    }),
  );

  app.post('/errors/:id/resolve', {
    config: { scope: 'write' },
    schema: { tags: ['carrier transmission'], summary: 'Resolve a carrier error: fixed_here, carrier_will_fix or dismissed, with a note', params: IdParams, body: ResolveBody, response: { 200: Type.Object({ error: CarrierError }) } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await findReachableError(trx, caller.organizationId, request.params.id);
      if (!row) throw notFound('error');
      if (row.status === 'resolved') throw unprocessable([{ error_type: 'unprocessable.error_resolved', message: 'The error is resolved already; reopen it first', parameter: null }]);
      const after = toCarrierError(await setErrorResolution(trx, row, { resolution: request.body.resolution, note: request.body.note ?? null }));
      await audit({ resource_type: 'carrier_error', resource_id: row.id, action: 'resolve', before: toCarrierError(row), after });
      return { status: 200, body: { error: after } };
    }),
  );

  app.post('/errors/:id/reopen', {
    config: { scope: 'write' },
    schema: { tags: ['carrier transmission'], summary: 'Reopen a resolved carrier error', params: IdParams, response: { 200: Type.Object({ error: CarrierError }) } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await findReachableError(trx, caller.organizationId, request.params.id);
      if (!row) throw notFound('error');
      if (row.status === 'open') throw unprocessable([{ error_type: 'unprocessable.error_open', message: 'The error is open', parameter: null }]);
      const after = toCarrierError(await setErrorResolution(trx, row, null));
      await audit({ resource_type: 'carrier_error', resource_id: row.id, action: 'reopen', before: toCarrierError(row), after });
      return { status: 200, body: { error: after } };
    }),
  );
}
