// Running an inbound 834 import: the file is read twice, streaming — first for the reader's own
// issues (so a member with a malformed segment is known before its family is planned, and reported
// once), then member by member into families for the shared import engine (../run-import.ts), which
// applies them with the API's rules in ONE transaction. What the file needs and the group lacks
// (group, coverage period, plans: `to_create`) is created first in that same transaction, so a dry run
// or a file with errors creates nothing either. The import runs as the tenant that uploaded the file,
// and its outcome is recorded in the transaction that commits its changes.
import { json, type Db } from '../../db/database.ts';
import { inTenant } from '../../db/tenant.ts';
import { newReferenceNumber } from '../../enrollment/acknowledgements/store.ts';
import { INSURANCE_LINE_FOR_PRODUCT_LINE, stream834, X12SyntaxError, type Issue, type Read834Event } from '../../carriers/x12/index.ts';
import { planServesProductLine, PRODUCT_LINES, type ProductLine } from '../../enrollment/enrollment-facts.ts';
import type { CensusError, CensusPerson } from '../census/census-columns.ts';
import { diskFile, runImport, type ImportFile, type ImportOutcome, type ImportSink, type ImportSource, type ImportSetting, type ImportMode, type RunOptions } from '../run-import.ts';
import { FamilyAssembler, flaggedMembers, readerErrors, segmentRow, X12_COLUMNS } from './x12-families.ts';
import { againstFile } from './x12-changes.ts';
import { createMissing, NOTHING_CREATED, type Created, type ToCreate } from './x12-store.ts';

const events = (file: ImportFile, db: Db): AsyncGenerator<Read834Event> => stream834(file(db));

/** The lines an 834 can carry (those with an HD03 code) that the period has plans for. */
function linesWithCodes(setting: ImportSetting): ProductLine[] {
  return PRODUCT_LINES.filter((line) => INSURANCE_LINE_FOR_PRODUCT_LINE[line] !== undefined && setting.plans.some((plan) => planServesProductLine(plan.product_line, line)));
}

/**
 * An 834 as families. A full file (BGN08 4 or RX) states every line it can carry for everyone; a
 * change file (BGN08 2) speaks only for the lines a family's loops name (see keepUnlistedMembers).
 */
export function x12Source(file: ImportFile, complete: boolean): ImportSource {
  let fullLines: ProductLine[] = [];
  return {
    unit: 'segment',
    columns: X12_COLUMNS,
    keepUnlistedMembers: !complete,
    perMember: true,
    // A change file's transactions apply against what is on file, in file order (x12-changes.ts).
    ...(complete ? {} : { againstFile }),
    linesFor: (family: CensusPerson[]) => (complete ? fullLines : [...new Set(family.flatMap((person) => Object.keys(person.plans) as ProductLine[]))]),
    async *families(sink: ImportSink, setting: ImportSetting) {
      fullLines = linesWithCodes(setting);
      let issues: Issue[] = [];
      const memberStarts: number[] = [];
      try {
        for await (const event of events(file, setting.db)) {
          if (event.type === 'member') memberStarts.push(event.member.segmentIndex);
          if (event.type === 'end') issues = event.issues;
        }
      } catch (error) {
        if (!(error instanceof X12SyntaxError)) throw error;
        sink.addErrors([{ row: 1, column: 'ISA', error_type: 'invalid_request.x12_invalid', message: error.message }]);
        return;
      }
      const flagged = flaggedMembers(issues, memberStarts);
      // A change file: the reader's errors inside a member's loop reject that member (see below).
      const inMember = (issue: Issue) => !complete && memberStarts.length > 0 && issue.segmentIndex >= memberStarts[0]! && !['SE', 'GE', 'IEA'].includes(issue.segmentId);
      sink.addErrors(readerErrors(issues.filter((issue) => !inMember(issue))));
      const memberIssues = issues.filter(inMember);
      const reported = new Set<Issue>();
      const ownIssues = (row: number, next: number) => {
        const own = memberIssues.filter((issue) => segmentRow(issue.segmentIndex) >= row && segmentRow(issue.segmentIndex) < next);
        for (const issue of own) reported.add(issue);
        return readerErrors(own);
      };
      const assembler = new FamilyAssembler({ plans: setting.plans, change: !complete, ...(setting.periodStart ? { periodStart: setting.periodStart } : {}) }, flagged);
      let memberNumber = 0;
      for await (const event of events(file, setting.db)) {
        if (event.type === 'transactionSet') {
          const family = assembler.startTransactionSet();
          if (family) yield family;
        } else if (event.type === 'member') {
          sink.countRows();
          const { family, errors, rejected, described } = assembler.push(event.member);
          sink.addErrors(errors);
          memberNumber++;
          // The current member's loop runs to the next member's INS.
          const next = memberNumber < memberStarts.length ? segmentRow(memberStarts[memberNumber]!) : Infinity;
          if (described) {
            // A full file's reader errors are the file's (added above); each bad member is listed with its own.
            const row = segmentRow(event.member.segmentIndex);
            const own = readerErrors(issues.filter((issue) => issue.severity === 'error' && segmentRow(issue.segmentIndex) >= row && segmentRow(issue.segmentIndex) < next));
            sink.describe(described.map((d) => (d.row === row ? { ...d, errors: [...own, ...d.errors] } : d)));
          }
          if (rejected) sink.reject(rejected.map((r) => ({ ...r, errors: [...ownIssues(r.row, next), ...r.errors] })));
          if (family) yield family;
        }
      }
      const last = assembler.end();
      // An issue after a member's loop that no rejected member took (a later transaction set's header) is the file's.
      sink.addErrors(readerErrors(memberIssues.filter((issue) => issue.severity === 'error' && !reported.has(issue))));
      if (last) yield last;
    },
  };
}

/** Runs the 834 import `importId` on `file` (a stored upload, or a path on disk), as options.tenantId. */
export async function runX12Import(importId: string, file: ImportFile | string, options: RunOptions): Promise<ImportOutcome> {
  const { db, tenantId } = options;
  const job = await inTenant(db, tenantId, async (trx) => {
    const job = await trx.selectFrom('x12_imports').selectAll().where('id', '=', importId).executeTakeFirst();
    if (!job) throw new Error(`834 import ${importId} is not found, or not reachable by the organization that uploaded it`);
    await trx.updateTable('x12_imports').set({ state: 'processing', started_at: new Date() }).where('id', '=', importId).execute();
    return job;
  });
  const toCreate = job.to_create as ToCreate;
  const created: Created = structuredClone(NOTHING_CREATED);
  let placement = { groupId: job.group_id, coveragePeriodId: job.coverage_period_id };
  let lastReport = 0;
  const source = x12Source(typeof file === 'string' ? diskFile(file) : file, job.complete);
  return runImport(
    { id: importId, resourceType: 'x12_import', organizationId: job.organization_id, tenantId, apiKeyId: job.api_key_id, dryRun: job.dry_run, mode: job.mode as ImportMode, complete: job.complete, terminationDate: job.termination_date },
    source,
    {
      ...options,
      rowsTotal: job.members_total,
      place: async (trx) => {
        // Fresh lists each attempt: the transaction may be rolled back.
        Object.assign(created, structuredClone(NOTHING_CREATED));
        const where = await createMissing(trx, job.organization_id, { groupId: job.group_id, coveragePeriodId: job.coverage_period_id }, toCreate, created);
        placement = where;
        return where;
      },
      auditDetails: () => ({ created }),
      finish: async (trx, outcome) => {
        const applied = outcome.state === 'completed';
        await trx
          .updateTable('x12_imports')
          .set({
            state: outcome.state,
            // What was created exists only once applied; until then the import keeps the ids it was given.
            ...(applied ? { group_id: placement.groupId, coverage_period_id: placement.coveragePeriodId, created: json(created) } : {}),
            members_total: outcome.rows_total,
            members_done: outcome.rows_total,
            families_created: outcome.families_created,
            families_changed: outcome.families_changed,
            families_unchanged: outcome.families_unchanged,
            families_terminated: outcome.families_terminated,
            error_count: outcome.error_count,
            members: json(outcome.members),
            errors: json(outcome.errors as CensusError[]),
            message: outcome.message,
            reference_number: applied ? newReferenceNumber() : null,
            finished_at: new Date(),
          })
          .where('id', '=', importId)
          .execute();
      },
      report: (running, final) => {
        if (options.databaseKind === 'postgres' && (final || Date.now() - lastReport > 1000)) {
          lastReport = Date.now();
          void inTenant(db, tenantId, (trx) => trx.updateTable('x12_imports').set({ members_done: running.rows_total }).where('id', '=', importId).where('state', '=', 'processing').execute()).catch(() => {});
        }
      },
    },
  );
}
