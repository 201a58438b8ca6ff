// A reconciliation run: the carrier's full 834 (read by the project's reader), or its census CSV
// built into the same loops (census-input.ts), against the full file
// we would send now for the coverage period (loaded and built by the transmission's own loader and
// builder, never stored or sent), compared by compare.ts and recorded by the store. Nothing of the
// family data is written. Throws ApiError for a body that is no full 834 of this period.
import type { Trx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { unprocessable } from '../http/errors.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';
import { isVersion4010, read834, X12SyntaxError, type Read834Result, type ReadMember834 } from '../carriers/x12/index.ts';
import { buildFamily, type FileFacts } from '../carriers/transmission/build-834.ts';
import { loadFamilies, loadPeriodContext } from '../carriers/transmission/family-records.ts';
import { recordEvents, type NewEvent } from '../webhooks/emit-event.ts';
import { compareFullFile, countByType, type OurFamily } from './compare.ts';
import { lastDeliveriesOf, recordRun, subscribersOfPeriod, type DiscrepancyRow, type ReconciliationRow } from './store.ts';
import { findReachableReconciliation } from './store.ts';

const bad = (message: string, error_type = 'invalid_request.x12_invalid') => unprocessable([{ error_type, message, parameter: 'body' }]);

/** The carrier's file, read: refused (422) unless it is a readable 5010 full 834. */
export function readCarrierFile(text: string): Read834Result {
  // What differs is stored with both values: a NUL (which no text column takes) is refused now.
  if (text.includes('\u0000')) throw bad('The body contains a NUL character (U+0000); an 834 never does');
  let read: Read834Result;
  try {
    read = read834(text);
  } catch (error) {
    if (error instanceof X12SyntaxError) throw bad(`The body is not an X12 interchange: ${error.message}`);
    throw error;
  }
  if (!read.transactionSets.length) throw bad('The interchange holds no 834 transaction set (ST*834)');
  const errors = read.issues.filter((issue) => issue.severity === 'error');
  if (errors.length) throw bad(`The 834 has ${errors.length} error(s); the first: ${errors[0]!.message} (segment ${errors[0]!.segmentIndex + 1})`);
  const version = read.groups.map((g) => g.version).find(isVersion4010);
  if (version) throw bad(`GS08 ${version} is version 4010; this API reads 005010X220A1 only`, 'unprocessable.x12_version_unsupported');
  const change = read.transactionSets.find((set) => set.header.actionCode === '2');
  if (change) throw bad('The 834 is a change file (BGN08 2): a reconciliation takes a full file (BGN08 4 or RX), the carrier’s whole population', 'unprocessable.not_a_full_file');
  return read;
}

export interface RunInput {
  cipher: PersonalDataCipher;
  period: { id: string; organization_id: string; group_id: string; carrier_id: string };
  apiKeyId: string | null;
  read: Read834Result;
  /** The day compared on; the file's DTP*007, else its BGN03, else today. */
  asOf?: string;
}

export interface RunResult {
  reconciliation: ReconciliationRow;
  opened: DiscrepancyRow[];
  resolved: DiscrepancyRow[];
}

/** The day a carrier's 834 speaks for: its DTP*007, else its BGN03, else today. */
export const asOfFile = (read: Read834Result) => {
  const header = read.transactionSets[0]!.header;
  return header.fileEffectiveDate ?? header.date ?? new Date().toISOString().slice(0, 10);
};

/** A run on a carrier's full 834. */
export async function runReconciliation(trx: Trx, input: RunInput): Promise<RunResult> {
  const { read } = input;
  const header = read.transactionSets[0]!.header;
  return reconcile(trx, {
    cipher: input.cipher,
    period: input.period,
    apiKeyId: input.apiKeyId,
    source: 'x12_834',
    asOf: input.asOf ?? asOfFile(read),
    fileReference: header.referenceNumber || null,
    carrier: async () => ({ members: read.members, count: read.members.length }),
  });
}

export interface ReconcileInput {
  cipher: PersonalDataCipher;
  period: RunInput['period'];
  apiKeyId: string | null;
  source: ReconciliationRow['source'];
  asOf: string;
  fileReference: string | null;
  /**
   * The carrier's side as member loops, given the facts our full file is built with (so another input,
   * a census, can be built into loops by the same builder); `count` is the members (or rows) it had.
   */
  carrier: (file: FileFacts) => Promise<{ members: readonly ReadMember834[]; count: number }>;
}

/** A run on any input: our full file for the period now, against the carrier's loops, recorded. */
export async function reconcile(trx: Trx, input: ReconcileInput): Promise<RunResult> {
  const { period, asOf } = input;
  const context = await loadPeriodContext(trx, period.id);
  const file: FileFacts = {
    kind: 'full',
    carrier: context.carrier,
    sponsor: context.sponsor,
    carrierGroupNumber: context.period.carrier_group_number,
    control: { interchange: 1, group: 1, transactionSet: 1 },
    date: asOf,
    time: '0000',
  };
  // The carrier's side first: a census it cannot read is refused before anything of ours is loaded.
  const carrier = await input.carrier(file);
  const subscriberIds = await subscribersOfPeriod(trx, period.id);
  const families = await loadFamilies(trx, input.cipher, context, subscriberIds);
  const lastDeliveries = await lastDeliveriesOf(trx, context.carrier.id, subscriberIds);
  const ours: OurFamily[] = families.map((family) => {
    let members: OurFamily['members'] = [];
    try {
      members = buildFamily(file, family).members;
    } catch {
      // A family the writer cannot carry is compared as what it has not: its members are missing at
      // the carrier only if the carrier lacks them too (its build errors are the transmission's to say).
      members = [];
    }
    return { subscriberId: family.subscriberId, lastFileDeliveries: lastDeliveries, members };
  });
  const findings = compareFullFile({ asOf, ours, carrier: carrier.members });
  const id = newId();
  const { opened, resolved } = await recordRun(trx, {
    id,
    organizationId: period.organization_id,
    groupId: period.group_id,
    coveragePeriodId: period.id,
    carrierId: context.carrier.id,
    apiKeyId: input.apiKeyId,
    source: input.source,
    asOf,
    fileReference: input.fileReference,
    membersInFile: carrier.count,
    counts: countByType(findings),
    findings,
  });
  await recordEvents(trx, [...opened.map((row) => discrepancyEvent(row, 'discrepancy.created', id)), ...resolved.map((row) => discrepancyEvent(row, 'discrepancy.resolved', id))]);
  const reconciliation = (await findReachableReconciliation(trx, period.organization_id, id))!;
  return { reconciliation, opened, resolved };
}

/** A discrepancy's webhook event: ids and statuses only, never the values (they may be personal data). */
export function discrepancyEvent(row: DiscrepancyRow, type: 'discrepancy.created' | 'discrepancy.resolved', reconciliationId: string | null): NewEvent {
  return {
    organizationId: row.organization_id,
    groupId: row.group_id,
    type,
    data: {
      object: 'discrepancy',
      id: row.id,
      status: row.status,
      previous_status: type === 'discrepancy.created' ? null : 'open',
      discrepancy_type: row.type,
      resolution: row.resolution,
      coverage_period_id: row.coverage_period_id,
      member_id: row.member_id,
      reconciliation_id: reconciliationId,
    },
  };
}
