// `enroll reconcile FILE --coverage-period ID [--json] [--url URL]`: a carrier's full 834 compared with
// what we hold for the coverage period, as POST /coverage_periods/{id}/reconciliations does — nothing
// is applied; the run and its discrepancies are kept. Prints the differences by type (or the run as
// JSON with --json). Exit 0 when nothing differs, 1 when anything does or the file is refused, 2 on a
// usage error.
import fs from 'node:fs';
import { inTenant } from '../db/tenant.ts';
import { findCoveragePeriodForOperator, findReachableCoveragePeriod } from '../enrollment/coverage-periods/store.ts';
import { ApiError } from '../http/errors.ts';
import { readCarrierFile, runReconciliation } from '../reconciliation/run-reconciliation.ts';
import type { DirectAccess } from './import-command.ts';
import { parseOptions, requireUuid, UsageError } from './main.ts';
import { remoteApi } from './remote-api.ts';

interface RunSummary {
  id: string;
  status: string;
  as_of: string;
  members_in_file: number;
  counts: Record<string, number>;
}

export async function runReconcileCommand(args: string[], access: DirectAccess, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [file, ...rest] = args;
  if (!file || file.startsWith('--')) throw new UsageError("reconcile needs FILE, the carrier's full 834");
  const { values } = parseOptions(rest, { 'coverage-period': { type: 'string' }, json: { type: 'boolean' }, url: { type: 'string' } });
  const periodId = requireUuid(values['coverage-period'], '--coverage-period');
  if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
  let run: RunSummary;
  if (values.url) {
    run = (await remoteApi(values.url).upload(`/coverage_periods/${periodId}/reconciliations`, file, 'application/edi-x12')).reconciliation;
  } else {
    const { database, cipher } = await access.open();
    try {
      const owner = await findCoveragePeriodForOperator(database.db, periodId);
      if (!owner) {
        err(`enroll: No coverage period ${periodId}`);
        return 1;
      }
      const read = readCarrierFile(fs.readFileSync(file, 'utf8'));
      run = await inTenant(database.db, owner.organization_id, async (trx) => {
        const period = (await findReachableCoveragePeriod(trx, owner.organization_id, periodId))!;
        const { reconciliation } = await runReconciliation(trx, { cipher, period, apiKeyId: null, read });
        return { id: reconciliation.id, status: reconciliation.status, as_of: reconciliation.as_of, members_in_file: reconciliation.members_in_file, counts: reconciliation.counts as Record<string, number> };
      });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      for (const refusal of error.body().errors) err(`enroll: ${refusal.message}`);
      return 1;
    } finally {
      await database.close();
    }
  }
  const differences = Object.values(run.counts).reduce((sum, n) => sum + n, 0);
  if (values.json) {
    out(JSON.stringify({ reconciliation: run }));
  } else {
    out(`reconciliation ${run.id} as of ${run.as_of}: ${run.members_in_file} members in the file, ${differences} difference(s)`);
    for (const [type, n] of Object.entries(run.counts)) if (n > 0) out(`  ${type}: ${n}`);
  }
  return differences > 0 ? 1 : 0;
}
