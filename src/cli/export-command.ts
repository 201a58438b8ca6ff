// `enroll export 834 --coverage-period ID [--full] [-o FILE]`: the period's 834 to a file or stdout.
import fs from 'node:fs';
import { export834 } from '../carriers/transmission/export-834.ts';
import { findCoveragePeriodForOperator } from '../enrollment/coverage-periods/store.ts';
import type { DirectAccess } from './import-command.ts';
import { createProgress } from './progress.ts';
import { parseOptions, requireUuid, UsageError } from './main.ts';

export async function runExportCommand(args: string[], access: DirectAccess, out: (line: string) => void): Promise<number> {
  const [kind, ...rest] = args;
  if (kind !== '834') throw new UsageError('export takes 834');
  const { values } = parseOptions(rest, { 'coverage-period': { type: 'string' }, full: { type: 'boolean' }, output: { type: 'string', short: 'o' } });
  const period = requireUuid(values['coverage-period'], 'export 834 needs --coverage-period ID, which');
  const { database, cipher } = await access.open();
  try {
    const exists = await findCoveragePeriodForOperator(database.db, period);
    if (!exists) throw new UsageError(`No coverage period ${period}`);
    const target = values.output ? fs.createWriteStream(values.output, { mode: 0o600 }) : process.stdout;
    const progress = createProgress('export');
    const summary = await export834(database.db, cipher, period, values.full ? 'full' : 'change', target, (done, total) => progress.update(done, total));
    progress.finish();
    if (values.output) {
      await new Promise<void>((resolve, reject) => (target as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
      out(`Wrote ${values.output}: ${summary.families} families, ${summary.members} members, ${summary.segments} segments in the transaction set, ISA13 ${summary.interchangeControlNumber}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
