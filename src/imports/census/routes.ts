// Census imports over HTTP: the CSV body is streamed into the database (about 1 MB a row, never whole
// in memory), the import is queued as a job with its row and answered at once (202); a worker runs it
// (imports/jobs). GET /census_imports/:id shows its progress, its outcome and every rejected row.
import { Stream, type Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App } from '../../http/app.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { ApiError, notFound, unprocessable } from '../../http/errors.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import { newId } from '../../db/ids.ts';
import { findReachableCoveragePeriod } from '../../enrollment/coverage-periods/store.ts';
import { findReachableGroup } from '../../enrollment/groups/store.ts';
import { CensusImport, CensusImportQuery, type CensusImport as CensusImportView } from './schema.ts';
import { findReachableCensusImport, insertQueuedCensusImport, type CensusImportRow } from './census-import-store.ts';
import { deleteUpload, storeUpload } from '../jobs/upload-store.ts';
import { queueImportJob } from '../jobs/import-jobs.ts';

const MAX_CENSUS_BYTES = 1024 * 1024 * 1024;

export const toCensusImport = (row: CensusImportRow): CensusImportView => ({
  id: row.id,
  group_id: row.group_id,
  coverage_period_id: row.coverage_period_id,
  state: row.state,
  dry_run: row.dry_run,
  complete: row.complete,
  termination_date: row.termination_date,
  file_bytes: Number(row.file_bytes),
  rows_total: row.rows_total,
  rows_done: row.rows_done,
  families_created: row.families_created,
  families_changed: row.families_changed,
  families_unchanged: row.families_unchanged,
  families_terminated: row.families_terminated,
  error_count: row.error_count,
  errors: row.errors as CensusImportView['errors'],
  message: row.message,
  reference_number: row.reference_number,
  created_at: row.created_at.toISOString(),
  started_at: row.started_at?.toISOString() ?? null,
  finished_at: row.finished_at?.toISOString() ?? null,
});

export function registerCensusImportRoutes(app: App): void {
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // The CSV arrives as a stream; the handler writes it to a file as it comes.
    scope.addContentTypeParser(['text/csv', 'application/csv'], (_request, payload, done) => done(null, payload));

    scope.post('/groups/:id/census_imports', {
      config: { scope: 'write' },
      bodyLimit: MAX_CENSUS_BYTES,
      schema: {
        tags: ['imports'],
        summary: 'Import a census CSV (one row per person; docs/census-format.md): answered at once, processed in the background, all-or-nothing',
        description: 'Send the file as the body with Content-Type: text/csv. ?dry_run=true validates the whole file and writes nothing; ?complete=true terminates the families the file leaves out. Re-importing the same file changes nothing.',
        params: IdParams,
        querystring: CensusImportQuery,
        consumes: ['text/csv'],
        response: { 202: Type.Object({ census_import: CensusImport }) },
      },
    }, async (request, reply) => {
      const { services } = request.server;
      // A JSON body is parsed by the default parser, so there is no file stream to store.
      if (!(request.body instanceof Stream)) throw new ApiError(415, [{ error_type: 'invalid_request.content_type', message: 'Send the census CSV itself as the body, with Content-Type text/csv', parameter: 'content-type' }]);
      // Who may import here is settled before a byte of the file is stored.
      await readAs(request, async (trx) => {
        if (!(await findReachableGroup(trx, request.caller.organizationId, request.params.id))) throw notFound('group');
      });
      const id = newId();
      const organizationId = request.caller.organizationId;
      const upload = await storeUpload(services.db, organizationId, id, request.body as Readable);
      // An Idempotency-Key then covers the file's content: another file under the same key is a 409.
      (request as { body: unknown }).body = { file_sha256: upload.sha256 };
      try {
        const answer = await writeOnce(request, reply, async ({ trx, caller, audit }) => {
          const period = await findReachableCoveragePeriod(trx, caller.organizationId, request.query.coverage_period_id);
          const group = await findReachableGroup(trx, caller.organizationId, request.params.id);
          if (!group) throw notFound('group');
          if (!period || period.group_id !== group.id) throw unprocessable([{ error_type: 'unprocessable.coverage_period_not_found', message: 'coverage_period_id is not a coverage period of this group', parameter: 'coverage_period_id' }]);
          const row = await insertQueuedCensusImport(trx, {
            id,
            organizationId: period.organization_id,
            groupId: group.id,
            coveragePeriodId: period.id,
            apiKeyId: caller.apiKeyId,
            dryRun: request.query.dry_run ?? false,
            complete: request.query.complete ?? false,
            terminationDate: request.query.termination_date ?? null,
            fileBytes: upload.bytes,
          });
          // A worker runs it: the job commits with the import's row, or neither does.
          await queueImportJob(trx, { id, kind: 'census', organizationId: caller.organizationId, uploadId: upload.id });
          await audit({ resource_type: 'census_import', resource_id: id, action: 'create', after: toCensusImport(row) });
          return { status: 202, body: { census_import: toCensusImport(row) } };
        });
        if (reply.getHeader('idempotent-replayed')) await deleteUpload(services.db, organizationId, id);
        return answer;
      } catch (error) {
        await deleteUpload(services.db, organizationId, id).catch(() => {});
        throw error;
      }
    });

    scope.get('/census_imports/:id', {
      config: { scope: 'read' },
      schema: { tags: ['imports'], summary: 'A census import: state, rows done of total, what it changed, and every rejected row with its column and typed error', params: IdParams, response: { 200: Type.Object({ census_import: CensusImport }) } },
    }, async (request) => {
      const row = await readAs(request, (trx) => findReachableCensusImport(trx, request.caller.organizationId, request.params.id));
      if (!row) throw notFound('census import');
      return { census_import: toCensusImport(row) };
    });
  });
}
