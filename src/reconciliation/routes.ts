// Reconciliation over HTTP: a carrier's full 834 (or census CSV) posted for a coverage period is compared with what we
// hold (nothing applied) in the request itself, answered 201 with the counts by type; the differences
// are work items that can be read, commented, resolved and reopened.
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App } from '../http/app.ts';
import { IdParams } from '../http/common-schemas.ts';
import { ApiError, notFound, unprocessable } from '../http/errors.ts';
import { decodeCursor, page, PageQuery } from '../http/pagination.ts';
import { readAs, writeOnce } from '../http/tenant-transaction.ts';
import { findReachableCoveragePeriod } from '../enrollment/coverage-periods/store.ts';
import { discrepancyEvent, readCarrierFile, reconcile, runReconciliation } from './run-reconciliation.ts';
import { censusCarrierSide } from './census-input.ts';
import { recordEvent } from '../webhooks/emit-event.ts';
import { CommentBody, Discrepancy, DiscrepancyComment, DiscrepancyList, PeriodDiscrepancyQuery, Reconciliation, ResolveBody, type Discrepancy as DiscrepancyView, type Reconciliation as ReconciliationView } from './schema.ts';
import { commentsOf, findReachableDiscrepancy, findReachableReconciliation, insertComment, listDiscrepanciesOfPeriod, listFindings, setResolution, type DiscrepancyCommentRow, type DiscrepancyRow, type ReconciliationRow } from './store.ts';

/** Files are read whole in the request: a full 834 of some ten thousand families fits well. */
const MAX_BYTES = 64 * 1024 * 1024;
const CONTENT_TYPES = ['application/edi-x12', 'text/plain'];
const CSV_TYPES = ['text/csv', 'application/csv'];

const toReconciliation = (row: ReconciliationRow): ReconciliationView => ({
  id: row.id,
  coverage_period_id: row.coverage_period_id,
  carrier_id: row.carrier_id,
  source: row.source,
  status: row.status,
  as_of: row.as_of,
  file_reference: row.file_reference,
  members_in_file: row.members_in_file,
  counts: row.counts as ReconciliationView['counts'],
  created_at: row.created_at.toISOString(),
});

const toDiscrepancy = (row: DiscrepancyRow): DiscrepancyView => ({
  id: row.id,
  coverage_period_id: row.coverage_period_id,
  type: row.type as DiscrepancyView['type'],
  member_id: row.member_id,
  subscriber_id: row.subscriber_id,
  carrier_member: row.carrier_member,
  line: row.line,
  field: row.field,
  our_value: row.our_value,
  carrier_value: row.carrier_value,
  last_file_delivery_id: row.last_file_delivery_id,
  status: row.status,
  resolution: row.resolution,
  resolution_note: row.resolution_note,
  resolved_at: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
  first_reconciliation_id: row.first_reconciliation_id,
  last_reconciliation_id: row.last_reconciliation_id,
  created_at: new Date(row.created_at).toISOString(),
  updated_at: new Date(row.updated_at).toISOString(),
});

const toComment = (row: DiscrepancyCommentRow) => ({ id: row.id, discrepancy_id: row.discrepancy_id, body: row.body, created_at: row.created_at.toISOString() });

export function registerReconciliationRoutes(app: App): void {
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.removeContentTypeParser('text/plain');
    scope.addContentTypeParser([...CONTENT_TYPES, ...CSV_TYPES], { parseAs: 'string', bodyLimit: MAX_BYTES }, (_request, body, done) => done(null, body));

    scope.post('/coverage_periods/:id/reconciliations', {
      config: { scope: 'write' },
      bodyLimit: MAX_BYTES,
      schema: {
        tags: ['reconciliation'],
        summary: "Compare a carrier's full 834 or census CSV with what we hold for this coverage period, as of the file's date (DTP*007, else BGN03; a census: today); nothing is applied",
        description:
          'Send the 834 as the body (Content-Type: application/edi-x12 or text/plain), a full file (BGN08 4 or RX), or the carrier\'s census (Content-Type: text/csv, the census format of docs/census-format.md: people found by external_identifier, plans by the plan\'s external_identifier, the coverage level derived from who the rows cover in each line as our 834 derives HD05; a bad row is a 422 naming its row and column). Members are matched by REF*23 (our member id), REF*ZZ (the carrier\'s member id), SSN, then REF*0F and name or birth date within the family. Each difference becomes a discrepancy of the coverage period; one found again keeps its id (reopened unless dismissed), an open one no longer found is resolved (no_longer_found).',
        params: IdParams,
        consumes: [...CONTENT_TYPES, 'text/csv'],
        response: { 201: Type.Object({ reconciliation: Reconciliation }) },
      },
    }, async (request, reply) => {
      return writeOnce(request, reply, async ({ trx, caller, audit }) => {
        const period = await findReachableCoveragePeriod(trx, caller.organizationId, request.params.id);
        if (!period) throw notFound('coverage period');
        if (typeof request.body !== 'string') throw new ApiError(415, [{ error_type: 'invalid_request.content_type', message: `Send the carrier's 834 itself as the body, with Content-Type ${CONTENT_TYPES.join(' or ')}, or its census with text/csv`, parameter: 'content-type' }]);
        const cipher = request.server.services.cipher;
        const body = request.body;
        const isCsv = CSV_TYPES.includes(String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase());
        const { reconciliation } = isCsv
          ? await reconcile(trx, { cipher, period, apiKeyId: caller.apiKeyId, source: 'census_csv', asOf: new Date().toISOString().slice(0, 10), fileReference: null, carrier: (file) => censusCarrierSide(trx, period, body, file) })
          : await runReconciliation(trx, { cipher, period, apiKeyId: caller.apiKeyId, read: readCarrierFile(body) });
        const view = toReconciliation(reconciliation);
        await audit({ resource_type: 'reconciliation', resource_id: view.id, action: 'create', after: view });
        return { status: 201, body: { reconciliation: view } };
      });
    });
  });

  app.get('/reconciliations/:id', {
    config: { scope: 'read' },
    schema: { tags: ['reconciliation'], summary: 'A reconciliation run: as of when, and what it found by type', params: IdParams, response: { 200: Type.Object({ reconciliation: Reconciliation }) } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachableReconciliation(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('reconciliation');
    return { reconciliation: toReconciliation(row) };
  });

  app.get('/reconciliations/:id/discrepancies', {
    config: { scope: 'read' },
    schema: { tags: ['reconciliation'], summary: 'The differences a run found, with the values it saw (each with its status as a work item now)', params: IdParams, querystring: PageQuery, response: { 200: DiscrepancyList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, async (trx) => {
      if (!(await findReachableReconciliation(trx, request.caller.organizationId, request.params.id))) throw notFound('reconciliation');
      return listFindings(trx, request.params.id, limit + 1, decodeCursor(request.query.cursor));
    });
    const { items, next_cursor } = page(rows, limit);
    return { discrepancies: items.map(toDiscrepancy), next_cursor };
  });

  app.get('/coverage_periods/:id/discrepancies', {
    config: { scope: 'read' },
    schema: { tags: ['reconciliation'], summary: "A coverage period's discrepancies (?status=open for the work still to do)", params: IdParams, querystring: PeriodDiscrepancyQuery, response: { 200: DiscrepancyList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, async (trx) => {
      if (!(await findReachableCoveragePeriod(trx, request.caller.organizationId, request.params.id))) throw notFound('coverage period');
      return listDiscrepanciesOfPeriod(trx, request.params.id, request.query.status, limit + 1, decodeCursor(request.query.cursor));
    });
    const { items, next_cursor } = page(rows, limit);
    return { discrepancies: items.map(toDiscrepancy), next_cursor };
  });

  app.get('/discrepancies/:id', {
    config: { scope: 'read' },
    schema: { tags: ['reconciliation'], summary: 'A discrepancy with its comments', params: IdParams, response: { 200: Type.Object({ discrepancy: Discrepancy, comments: Type.Array(DiscrepancyComment) }) } },
  }, async (request) => {
    const found = await readAs(request, async (trx) => {
      const row = await findReachableDiscrepancy(trx, request.caller.organizationId, request.params.id);
      return row ? { row, comments: await commentsOf(trx, row.id) } : undefined;
    });
    if (!found) throw notFound('discrepancy');
    return { discrepancy: toDiscrepancy(found.row), comments: found.comments.map(toComment) };
  });

  app.post('/discrepancies/:id/comments', {
    config: { scope: 'write' },
    schema: { tags: ['reconciliation'], summary: 'Comment on a discrepancy', params: IdParams, body: CommentBody, response: { 201: Type.Object({ comment: DiscrepancyComment }) } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await findReachableDiscrepancy(trx, caller.organizationId, request.params.id);
      if (!row) throw notFound('discrepancy');
      const comment = toComment(await insertComment(trx, row, caller.apiKeyId, request.body.comment.body));
      await audit({ resource_type: 'discrepancy', resource_id: row.id, action: 'comment', after: { comment_id: comment.id } });
      return { status: 201, body: { comment } };
    }),
  );

  app.post('/discrepancies/:id/resolve', {
    config: { scope: 'write' },
    schema: {
      tags: ['reconciliation'],
      summary: 'Resolve a discrepancy: fixed_here, carrier_will_fix or dismissed (a dismissed one stays resolved when a later run finds it again; the others reopen)',
      params: IdParams,
      body: ResolveBody,
      response: { 200: Type.Object({ discrepancy: Discrepancy }) },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await findReachableDiscrepancy(trx, caller.organizationId, request.params.id);
      if (!row) throw notFound('discrepancy');
      if (row.status === 'resolved') throw unprocessable([{ error_type: 'unprocessable.discrepancy_resolved', message: 'The discrepancy is resolved already; reopen it first', parameter: null }]);
      const resolved = await setResolution(trx, row.id, { resolution: request.body.resolution, note: request.body.note ?? null });
      await recordEvent(trx, discrepancyEvent(resolved, 'discrepancy.resolved', null));
      const after = toDiscrepancy(resolved);
      await audit({ resource_type: 'discrepancy', resource_id: row.id, action: 'resolve', before: toDiscrepancy(row), after });
      return { status: 200, body: { discrepancy: after } };
    }),
  );

  app.post('/discrepancies/:id/reopen', {
    config: { scope: 'write' },
    schema: { tags: ['reconciliation'], summary: 'Reopen a resolved discrepancy', params: IdParams, response: { 200: Type.Object({ discrepancy: Discrepancy }) } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await findReachableDiscrepancy(trx, caller.organizationId, request.params.id);
      if (!row) throw notFound('discrepancy');
      if (row.status === 'open') throw unprocessable([{ error_type: 'unprocessable.discrepancy_open', message: 'The discrepancy is open', parameter: null }]);
      const after = toDiscrepancy(await setResolution(trx, row.id, null));
      await audit({ resource_type: 'discrepancy', resource_id: row.id, action: 'reopen', before: toDiscrepancy(row), after });
      return { status: 200, body: { discrepancy: after } };
    }),
  );
}
