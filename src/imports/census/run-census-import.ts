// Running a census import: stream the CSV (never whole in memory) into families and hand them to the
// shared import engine (../run-import.ts), which plans each family with the API's rules and writes
// chunk by chunk inside ONE transaction — so a real import is all-or-nothing, and a dry run or a file
// with errors rolls back and writes nothing. The import runs as the tenant that uploaded the file.
import { parse } from 'csv-parse';
import { json, type Db } from '../../db/database.ts';
import { inTenant } from '../../db/tenant.ts';
import type { ProductLine } from '../../enrollment/enrollment-facts.ts';
import { recordCensusImportCompleted } from '../../webhooks/emit-event.ts';
import { newReferenceNumber } from '../../enrollment/acknowledgements/store.ts';
import { diskFile, runImport, type ImportFile, type ImportOutcome, type ImportSink, type ImportSource, type RunOptions } from '../run-import.ts';
import { parsePerson, readHeader, type CensusPerson } from './census-columns.ts';

export type { RunOptions } from '../run-import.ts';
export type CensusOutcome = ImportOutcome;

export interface CensusProgress {
  rowsDone: number;
  rowsTotal: number | null;
}

/** Data rows (lines after the header): a quick count for the progress bar, not the parser's truth. */
export async function countRows(file: ImportFile, db: Db): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of file(db)) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lines++;
    last = bytes.length ? bytes[bytes.length - 1]! : last;
  }
  return Math.max(0, lines + (last === 10 ? 0 : 1) - 1);
}

/** The census CSV as families: a subscriber's row, then its dependents' rows. */
export function censusSource(file: ImportFile): ImportSource {
  let lines: ProductLine[] = [];
  return {
    unit: 'row',
    linesFor: () => lines,
    async *families(sink: ImportSink, setting) {
      const parser = file(setting.db).pipe(parse({ bom: true, columns: (header: string[]) => {
        const read = readHeader(header.map((h) => h.trim()));
        lines = read.lines;
        sink.addErrors(read.errors);
        return header.map((h) => h.trim());
      }, skip_empty_lines: true, trim: false, relax_column_count: false }));
      let row = 1;
      let family: CensusPerson[] | null = null;
      const seenInFile = new Set<string>();
      // A subscriber row that failed to parse: its dependents' rows are skipped, not reported again.
      let failedSubscriber: string | null = null;
      try {
        for await (const record of parser as AsyncIterable<Record<string, string>>) {
          row++;
          sink.countRows();
          const { person, errors } = parsePerson(record, row, lines);
          sink.addErrors(errors);
          if (!person) {
            if (record.relationship?.trim() === 'self') failedSubscriber = record.subscriber_external_id?.trim() || null;
            continue;
          }
          if (person.relationship !== 'self' && person.subscriberExternalId === failedSubscriber) continue;
          if (person.relationship === 'self') {
            failedSubscriber = null;
            if (seenInFile.has(person.externalIdentifier)) {
              sink.addErrors([{ row, column: 'external_identifier', error_type: 'invalid_request.duplicate_external_identifier', message: `Subscriber ${person.externalIdentifier} appears twice in the file` }]);
              continue;
            }
            seenInFile.add(person.externalIdentifier);
            if (family) yield family;
            family = [person];
          } else {
            if (!family || family[0]!.externalIdentifier !== person.subscriberExternalId) {
              sink.addErrors([{ row, column: 'subscriber_external_id', error_type: 'invalid_request.parameter_invalid', message: `A dependent's row must follow its subscriber's row (${person.subscriberExternalId})` }]);
              continue;
            }
            family.push(person);
          }
        }
      } catch (error) {
        // csv-parse reports malformed CSV (an unclosed quote, a row with too many cells) with its line.
        const lineNumber = (error as { lines?: number }).lines ?? row;
        sink.addErrors([{ row: lineNumber, column: null, error_type: 'invalid_request.malformed_csv', message: (error as Error).message }]);
      }
      if (family) yield family;
    },
  };
}

/** Runs the census import `importId` on `file` (a stored upload, or a path on disk), as options.tenantId. */
export async function runCensusImport(importId: string, file: ImportFile | string, options: RunOptions): Promise<CensusOutcome> {
  const { db, tenantId } = options;
  const open = typeof file === 'string' ? diskFile(file) : file;
  const { job, rowsTotal } = await inTenant(db, tenantId, async (trx) => {
    const job = await trx.selectFrom('census_imports').selectAll().where('id', '=', importId).executeTakeFirst();
    if (!job) throw new Error(`Census import ${importId} is not found, or not reachable by the organization that uploaded it`);
    const rowsTotal = await countRows(open, trx);
    await trx.updateTable('census_imports').set({ state: 'processing', started_at: new Date(), rows_total: rowsTotal }).where('id', '=', importId).execute();
    return { job, rowsTotal };
  });

  let lastReport = 0;
  const outcome = await runImport(
    { id: importId, resourceType: 'census_import', organizationId: job.organization_id, tenantId, apiKeyId: job.api_key_id, dryRun: job.dry_run, complete: job.complete, terminationDate: job.termination_date },
    censusSource(open),
    {
      ...options,
      rowsTotal,
      place: async () => ({ groupId: job.group_id, coveragePeriodId: job.coverage_period_id }),
      finish: async (trx, outcome) => {
        const previous = await trx.selectFrom('census_imports').select('state').where('id', '=', importId).executeTakeFirstOrThrow();
        await trx
          .updateTable('census_imports')
          .set({
            state: outcome.state,
            rows_total: outcome.rows_total,
            rows_done: outcome.rows_total,
            families_created: outcome.families_created,
            families_changed: outcome.families_changed,
            families_unchanged: outcome.families_unchanged,
            families_terminated: outcome.families_terminated,
            error_count: outcome.error_count,
            errors: json(outcome.errors),
            message: outcome.message,
            reference_number: outcome.state === 'completed' ? newReferenceNumber() : null,
            finished_at: new Date(),
          })
          .where('id', '=', importId)
          .execute();
        await recordCensusImportCompleted(trx, { organizationId: job.organization_id, groupId: job.group_id, importId, status: outcome.state, previousStatus: previous.state });
      },
      report: (running, final) => {
        // On PostgreSQL another connection records progress for GET /census_imports/:id; PGlite has one
        // connection, held by the import's transaction, so its progress is only reported to the caller.
        if (options.databaseKind === 'postgres' && (final || Date.now() - lastReport > 1000)) {
          lastReport = Date.now();
          void inTenant(db, tenantId, (trx) => trx.updateTable('census_imports').set({ rows_done: running.rows_total }).where('id', '=', importId).where('state', '=', 'processing').execute()).catch(() => {});
        }
      },
    },
  );
  return outcome;
}
