// Inbound 834 imports over HTTP: the body is streamed into the database, read once for where it
// belongs (sponsor FEIN, group number, plans), queued as a job and answered at once (202); a worker
// applies it (imports/jobs), like a census. What the file implies and the group lacks is refused with
// a 422 listing it, or — with ?create_missing=true — created inside the import's own transaction.
import { Stream, type Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { ApiError, notFound, unprocessable } from '../../http/errors.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { newId } from '../../db/ids.ts';
import { findUnstorableText } from '../../db/storable-text.ts';
import { findReachableGroup } from '../../enrollment/groups/store.ts';
import { stream834, X12SyntaxError } from '../../carriers/x12/index.ts';
import { GroupX12ImportQuery, MissingTargetsBody, X12Import, X12ImportQuery, type X12Import as X12ImportView } from './schema.ts';
import { readFileFacts, type X12FileFacts } from './x12-file-facts.ts';
import { findReachableX12Import, type X12ImportRow } from './x12-store.ts';
import { createX12Import } from './create-x12-import.ts';
import { deleteUpload, readUpload, storeUpload } from '../jobs/upload-store.ts';
import { queueImportJob } from '../jobs/import-jobs.ts';

const MAX_X12_BYTES = 1024 * 1024 * 1024;
const CONTENT_TYPES = ['application/edi-x12', 'text/plain'];

export const toX12Import = (row: X12ImportRow): X12ImportView => ({
  id: row.id,
  group_id: row.group_id,
  coverage_period_id: row.coverage_period_id,
  state: row.state,
  dry_run: row.dry_run,
  mode: row.mode as X12ImportView['mode'],
  create_missing: row.create_missing,
  action_code: row.action_code,
  complete: row.complete,
  termination_date: row.termination_date,
  sponsor: row.sponsor as X12ImportView['sponsor'],
  carrier_group_number: row.carrier_group_number,
  file_bytes: Number(row.file_bytes),
  members_total: row.members_total,
  members_done: row.members_done,
  families_created: row.families_created,
  families_changed: row.families_changed,
  families_unchanged: row.families_unchanged,
  families_terminated: row.families_terminated,
  missing: row.missing as X12ImportView['missing'],
  created: row.created as X12ImportView['created'],
  error_count: row.error_count,
  errors: row.errors as X12ImportView['errors'],
  warnings: (row.warnings ?? []) as X12ImportView['warnings'],
  members: row.members as X12ImportView['members'],
  message: row.message,
  reference_number: row.reference_number,
  created_at: row.created_at.toISOString(),
  started_at: row.started_at?.toISOString() ?? null,
  finished_at: row.finished_at?.toISOString() ?? null,
});

async function acceptFile(request: FastifyRequest, reply: FastifyReply, query: X12ImportQuery & GroupX12ImportQuery, groupId: string | undefined) {
  const { services } = request.server;
  // Refused before a byte is stored: a group the key cannot reach, a body that is not a file.
  if (groupId && !(await readAs(request, (trx) => findReachableGroup(trx, request.caller.organizationId, groupId)))) throw notFound('group');
  if (!(request.body instanceof Stream)) throw new ApiError(415, [{ error_type: 'invalid_request.content_type', message: `Send the 834 itself as the body, with Content-Type ${CONTENT_TYPES.join(' or ')}`, parameter: 'content-type' }]);
  const id = newId();
  const organizationId = request.caller.organizationId;
  const upload = await storeUpload(services.db, organizationId, id, request.body as Readable);
  try {
    let facts: X12FileFacts;
    try {
      facts = await readAs(request, (trx) => readFileFacts(stream834(readUpload(trx, upload.id))));
    } catch (error) {
      if (error instanceof X12SyntaxError) throw unprocessable([{ error_type: 'invalid_request.x12_invalid', message: `The body is not an X12 interchange: ${error.message}`, parameter: 'body' }]);
      throw error;
    }
    // The facts are stored with the import (sponsor name, group numbers): a NUL there is refused now.
    const unstorable = findUnstorableText(facts);
    if (unstorable !== undefined) throw unprocessable([{ error_type: 'invalid_request.x12_invalid', message: `The 834's ${unstorable} contains a NUL character (U+0000), which cannot be stored`, parameter: 'body' }]);
    const answer = await writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const row = await createX12Import(trx, { id, callerOrganizationId: caller.organizationId, apiKeyId: caller.apiKeyId, groupId, query, facts, fileBytes: upload.bytes });
      // A worker runs it: the job commits with the import's row, or neither does.
      await queueImportJob(trx, { id, kind: 'x12', organizationId: caller.organizationId, uploadId: upload.id });
      await audit({ resource_type: 'x12_import', resource_id: id, action: 'create', after: toX12Import(row) });
      return { status: 202, body: { x12_import: toX12Import(row) } };
    });
    if (reply.getHeader('idempotent-replayed')) await deleteUpload(services.db, organizationId, id);
    return answer;
  } catch (error) {
    await deleteUpload(services.db, organizationId, id).catch(() => {});
    throw error;
  }
}

export function registerX12ImportRoutes(app: App): void {
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // The file arrives as a stream; the handler writes it to a file as it comes.
    scope.removeContentTypeParser('text/plain');
    scope.addContentTypeParser(CONTENT_TYPES, (_request, payload, done) => done(null, payload));
    const responses = { 202: Type.Object({ x12_import: X12Import }), 422: MissingTargetsBody };
    const description =
      'Send the 834 as the body (Content-Type: application/edi-x12 or text/plain). A change file (BGN08 2) applies each member transaction against what is on file by its INS03 (021 add, 001 change, 024 terminate or cancel, 025 reinstate, 030 audit: compared, not applied); a change for someone not on file is rejected (member_not_found). A full file (BGN08 4 or RX) also terminates the families it leaves out. The answer lists every member transaction: applied, unchanged or rejected with its errors. ?mode=per-member (a change file\'s default) applies every valid member; ?mode=all-or-nothing (a full file\'s default) writes nothing on any error. ?dry_run=true checks everything and writes nothing. Re-importing the same file changes nothing.';

    scope.post('/groups/:id/x12_imports', {
      config: { scope: 'write' },
      bodyLimit: MAX_X12_BYTES,
      schema: {
        tags: ['imports'],
        summary: "Import an employer's or platform's 834 into this group: answered at once, processed in the background, per member or all-or-nothing (?mode)",
        description,
        params: IdParams,
        querystring: GroupX12ImportQuery,
        consumes: CONTENT_TYPES,
        response: responses,
      },
    }, (request, reply) => acceptFile(request, reply, request.query as X12ImportQuery & GroupX12ImportQuery, request.params.id));

    scope.post('/x12_imports', {
      config: { scope: 'write' },
      bodyLimit: MAX_X12_BYTES,
      schema: {
        tags: ['imports'],
        summary: "Import an 834 into the group its sponsor (N1*P5 FEIN) and group number (REF*1L) name; with ?create_missing=true the group, coverage period and plans it implies are created",
        description,
        querystring: X12ImportQuery,
        consumes: CONTENT_TYPES,
        response: responses,
      },
    }, (request, reply) => acceptFile(request, reply, request.query as X12ImportQuery & GroupX12ImportQuery, undefined));

    scope.get('/x12_imports/:id', {
      config: { scope: 'read' },
      schema: { tags: ['imports'], summary: 'An 834 import: state, members done of total, what it changed and created, and every rejected segment', params: IdParams, response: { 200: Type.Object({ x12_import: X12Import }) } },
    }, async (request) => {
      const row = await readAs(request, (trx) => findReachableX12Import(trx, request.caller.organizationId, request.params.id));
      if (!row) throw notFound('x12 import');
      return { x12_import: toX12Import(row) };
    });
  });
}
