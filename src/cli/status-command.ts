// `enroll status SUBSCRIBER_ID`: where a family stands with its carriers.
import { findStatus, currentCoverages } from '../enrollment/subscribers/store.ts';
import type { DirectAccess } from './import-command.ts';
import { parseOptions, requireUuid } from './main.ts';
import { remoteApi } from './remote-api.ts';

export async function runStatusCommand(args: string[], access: DirectAccess, out: (line: string) => void): Promise<number> {
  const [first, ...rest] = args;
  const subscriberId = requireUuid(first, 'status needs SUBSCRIBER_ID, which');
  const { values } = parseOptions(rest, { url: { type: 'string' } });
  let status: string;
  let since: string;
  let errors: Array<{ error_type: string; message: string; parameter: string | null }>;
  let coverages: Array<{ member_id: string; product_line: string; start_date: string; end_date: string | null; status: string }>;
  if (values.url) {
    const record = await remoteApi(values.url).get(`/subscribers/${subscriberId}`);
    ({ status, status_datetime: since } = record);
    errors = record.errors ?? [];
    coverages = [record.subscriber, ...record.subscriber.dependents].flatMap((member: { coverages: typeof coverages }) => member.coverages);
  } else {
    const { database } = await access.open();
    try {
      const row = await findStatus(database.db, subscriberId);
      if (!row) {
        out(`No subscriber ${subscriberId}`);
        return 1;
      }
      status = row.status;
      since = row.status_at.toISOString();
      errors = row.errors as typeof errors;
      coverages = await currentCoverages(database.db, subscriberId);
    } finally {
      await database.close();
    }
  }
  out(`${subscriberId}: ${status} since ${since}`);
  for (const error of errors) out(`  error ${error.error_type}${error.parameter ? ` (${error.parameter})` : ''}: ${error.message}`);
  for (const c of coverages) out(`  ${c.product_line} ${c.status} ${c.start_date} → ${c.end_date ?? 'open'}  member ${c.member_id}`);
  return 0;
}
