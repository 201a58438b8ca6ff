// A full 834 that arrives in a carrier's inbound folder is reconciled, never applied: the coverage
// period it speaks for is the carrier's period whose group number the file names (REF*38, else the
// members' REF*1L) and whose dates hold the file's date. Runs in the inbound file's transaction, as
// the carrier's owner (row-level security), so only that organization's periods can be named. Answers
// the run's id, or why none was run (kept on the inbound file).
import type { Trx } from '../db/database.ts';
import { ApiError } from '../http/errors.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';
import { asOfFile, readCarrierFile, runReconciliation } from './run-reconciliation.ts';
import { periodsByGroupNumber } from './store.ts';
import type { Read834Result } from '../carriers/x12/index.ts';

export async function reconcileInboundFile(trx: Trx, cipher: PersonalDataCipher, carrier: { id: string; organization_id: string }, content: string): Promise<{ reconciliationId: string | null; problem: string | null }> {
  let read: Read834Result;
  try {
    read = readCarrierFile(content);
  } catch (error) {
    if (error instanceof ApiError) return { reconciliationId: null, problem: `Not reconciled: ${error.errors[0]!.message}`.slice(0, 1000) };
    throw error;
  }
  const asOf = asOfFile(read);
  const header = read.transactionSets[0]!.header;
  const numbers = [...new Set([header.masterPolicyNumber, ...read.members.map((m) => m.groupPolicyNumber)].filter((n): n is string => Boolean(n)))];
  if (!numbers.length) return { reconciliationId: null, problem: 'Not reconciled: the full 834 names no group number (REF*38 or REF*1L)' };
  const periods = await periodsByGroupNumber(trx, carrier, numbers, asOf);
  if (!periods.length) return { reconciliationId: null, problem: `Not reconciled: no coverage period of this carrier has group number ${numbers.join(' or ')} on ${asOf}` };
  if (periods.length > 1) return { reconciliationId: null, problem: `Not reconciled: the file names ${periods.length} coverage periods (group numbers ${numbers.join(', ')}); post it to each period's reconciliations` };
  const { reconciliation } = await runReconciliation(trx, { cipher, period: periods[0]!, apiKeyId: null, read, asOf });
  return { reconciliationId: reconciliation.id, problem: null };
}
