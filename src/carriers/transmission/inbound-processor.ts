// Reading the carrier's answers. Every inbound file is recorded once by name; applying it and marking
// it processed happen in one transaction, so a crash re-reads the file but never applies it twice.
// Each kind is read by its own rules and applied only to the file it names: a TA1 by ISA13; a 999 or
// 997 by GS06 (AK102) of a benefit-enrollment group (AK101 BE) and, where it answers transaction sets,
// by the 834's ST02 (AK201 834, AK202); a result file by ISA13.
//
// What counts as acceptance is the carrier's setting (file_settings.acceptance): an acknowledgement
// that accepts the transaction set accepts every family in it (most carriers send nothing else), or
// the families wait for a result file. A rejection, by TA1, acknowledgement or result, always counts.
//
// A carrier's own 834 (a full file: its whole population) is never applied: it records a
// reconciliation of the coverage period it names (reconciliation/inbound-reconciliation.ts), as the
// carrier's owner with row-level security; the inbound file keeps the run's id or why none was run.
import { type Db, type Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { readAcknowledgments } from '../x12/ack-999.ts';
import type { CarrierConnector, InboundFile } from '../connectors/connector.ts';
import { parseCarrierResultFile, type CarrierResultFile } from '../sandbox/carrier-result-file.ts';
import { announceDeliveryAnswered, recordFamilyResults, rejectDelivery } from './status-updates.ts';
import { fileSettingsOf, type Acceptance, type CarrierRow } from '../registry/store.ts';
import { familiesOfResults, recordCarrierMemberIds } from './carrier-member-ids.ts';
import { inTenant } from '../../db/tenant.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { reconcileInboundFile } from '../../reconciliation/inbound-reconciliation.ts';

type Kind = '999' | '997' | 'ta1' | 'results' | '834' | 'unknown';

function kindOf(file: InboundFile): Kind {
  const text = file.content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return 'results';
  if (!text.startsWith('ISA')) return 'unknown';
  // ISA04's separator follows "ISA": ST<separator>999 or 997 marks an acknowledgement.
  const separator = text[3] ?? '*';
  const st = new RegExp(`(^|[^A-Za-z0-9])ST\\${separator}(999|997|834)\\${separator}`).exec(text);
  return st ? (st[2] as '999' | '997' | '834') : 'ta1';
}

async function deliveryBy(trx: Trx, carrierId: string, column: 'interchange_control_number' | 'group_control_number', value: string | number) {
  const number = Number(value);
  if (!/^\d{1,9}$/.test(String(value).trim()) || !Number.isSafeInteger(number)) return undefined;
  return trx
    .selectFrom('file_deliveries')
    .select(['id', 'status', 'organization_id', 'group_id', 'transaction_set_control_number'])
    .where('carrier_id', '=', carrierId)
    .where(column, '=', number)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The 834's functional identifier (GS01), which an acknowledgement of it names in AK101. */
const ENROLLMENT_GROUP = 'BE';

async function acceptanceOf(trx: Trx, carrierId: string): Promise<Acceptance> {
  const row = await trx.selectFrom('carriers').select(['interchange', 'connection']).where('id', '=', carrierId).executeTakeFirstOrThrow();
  return fileSettingsOf(row as unknown as Pick<CarrierRow, 'interchange' | 'connection'>).acceptance;
}

/** Every family of a file accepted at once: the acknowledgement is the carrier's acceptance. */
async function acceptDelivery(trx: Trx, delivery: { id: string; status: string; organization_id: string; group_id: string }): Promise<void> {
  const families = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', delivery.id).where('result', 'is', null).execute();
  await recordFamilyResults(trx, delivery.id, families.map((family) => ({ subscriberId: family.subscriber_id, accepted: true, errors: [] })));
  await trx.updateTable('file_deliveries').set({ status: 'completed', acknowledged_at: new Date() }).where('id', '=', delivery.id).execute();
  await announceDeliveryAnswered(trx, delivery, 'completed'); // webhooks
}

/** Applies one file; answers the delivery it concerned and a problem when it could not be applied. */
async function apply(trx: Trx, carrierId: string, kind: Kind, content: string): Promise<{ deliveryId: string | null; problem: string | null }> {
  if (kind === 'results') {
    let results: CarrierResultFile;
    try {
      results = parseCarrierResultFile(content);
    } catch (error) {
      return { deliveryId: null, problem: `Not a carrier result file: ${(error as Error).message}` };
    }
    const delivery = await deliveryBy(trx, carrierId, 'interchange_control_number', results.interchange_control_number);
    if (!delivery) return { deliveryId: null, problem: `No file sent to this carrier has interchange control number ${results.interchange_control_number}` };
    const families = new Map<string, ErrorItem[]>();
    // REF*0F is the id the carrier knows (not ours): each result finds its family in what the file carried.
    const familyOf = await familiesOfResults(trx, delivery.id, results.results);
    for (const [i, result] of results.results.entries()) {
      const errors = families.get(familyOf[i]!) ?? [];
      if (result.status === 'rejected') errors.push(...result.errors.map((e) => ({ error_type: e.error_type, message: e.message, parameter: e.parameter ?? null })));
      families.set(familyOf[i]!, errors);
    }
    await recordCarrierMemberIds(trx, carrierId, results.results.flatMap((r) => (r.member_reference && r.carrier_member_id ? [{ member_id: r.member_reference, carrier_member_id: r.carrier_member_id }] : [])));
    await recordFamilyResults(trx, delivery.id, [...families].map(([subscriberId, errors]) => ({ subscriberId, accepted: errors.length === 0, errors })));
    const open = await trx.selectFrom('file_delivery_subscribers').select('subscriber_id').where('delivery_id', '=', delivery.id).where('result', 'is', null).limit(1).executeTakeFirst();
    if (!open && delivery.status !== 'rejected') {
      await trx.updateTable('file_deliveries').set({ status: 'completed' }).where('id', '=', delivery.id).execute();
      await announceDeliveryAnswered(trx, delivery, 'completed'); // webhooks
    }
    return { deliveryId: delivery.id, problem: null };
  }

  const read = readAcknowledgments(content);
  let deliveryId: string | null = null;
  const unmatched: string[] = [];
  for (const ta1 of read.ta1s) {
    const delivery = await deliveryBy(trx, carrierId, 'interchange_control_number', ta1.interchangeControlNumber);
    if (!delivery) {
      unmatched.push(`TA1 for interchange ${ta1.interchangeControlNumber}: no file sent to this carrier has that control number`);
      continue;
    }
    deliveryId = delivery.id;
    if (!ta1.accepted) {
      await rejectDelivery(trx, delivery.id, [{ error_type: 'carrier.interchange_rejected', message: `The carrier rejected the file's envelope (TA1 ${ta1.acknowledgmentCode}): ${ta1.noteDescription ?? ta1.noteCode}`, parameter: 'ISA' }]);
    }
  }
  const acceptance = read.acknowledgments.length ? await acceptanceOf(trx, carrierId) : 'acknowledgement';
  for (const ack of read.acknowledgments) {
    const group = ack.acknowledgedGroup;
    if (group.functionalIdentifierCode !== ENROLLMENT_GROUP) {
      unmatched.push(`${ack.kind} ${ack.controlNumber} acknowledges a functional group of kind ${JSON.stringify(group.functionalIdentifierCode)} (AK101), not an 834 (BE)`);
      continue;
    }
    const delivery = await deliveryBy(trx, carrierId, 'group_control_number', group.controlNumber);
    if (!delivery) {
      unmatched.push(`${ack.kind} ${ack.controlNumber} answers group ${group.controlNumber}: no file sent to this carrier has that group control number`);
      continue;
    }
    // The answer for our transaction set: the AK2 naming the 834's ST02. An acknowledgement without
    // AK2 loops answers the whole group (AK9); one whose AK2s name other sets is not about this file.
    const ours = ack.transactionSets.filter((set) => set.transactionSetId === '834' && Number(set.controlNumber) === Number(delivery.transaction_set_control_number));
    if (ack.transactionSets.length && !ours.length) {
      const named = ack.transactionSets.map((set) => `${set.transactionSetId} ${set.controlNumber}`).join(', ');
      unmatched.push(`${ack.kind} ${ack.controlNumber} answers transaction sets ${named} of group ${group.controlNumber}, not the 834 ${delivery.transaction_set_control_number} sent in it`);
      continue;
    }
    deliveryId = delivery.id;
    const accepted = ours.length ? ours.every((set) => set.accepted) : ack.accepted;
    if (!accepted) {
      const rejectedSets = ours.filter((set) => !set.accepted);
      const errors: ErrorItem[] = rejectedSets.flatMap((set) =>
        set.errors.length
          ? set.errors.map((e) => ({ error_type: 'carrier.syntax_error', message: `Segment ${e.segmentId} at position ${e.position}${e.loopId ? ` in loop ${e.loopId}` : ''}: ${e.description ?? e.code ?? 'error'}`, parameter: e.segmentId }))
          : [{ error_type: 'carrier.transaction_rejected', message: `The carrier rejected transaction set ${set.controlNumber} (${ack.kind} ${set.acknowledgmentCode}): ${set.acknowledgmentDescription ?? 'rejected'}`, parameter: 'ST' }],
      );
      await rejectDelivery(trx, delivery.id, errors.length ? errors : [{ error_type: 'carrier.group_rejected', message: `The carrier rejected the file (${ack.kind} ${ack.acknowledgmentCode}: ${ack.acknowledgmentDescription ?? 'rejected'})`, parameter: 'GS' }]);
    } else if (acceptance === 'acknowledgement') {
      if (delivery.status === 'sent' || delivery.status === 'acknowledged') await acceptDelivery(trx, delivery);
    } else if (delivery.status === 'sent') {
      await trx.updateTable('file_deliveries').set({ status: 'acknowledged', acknowledged_at: new Date() }).where('id', '=', delivery.id).execute();
      await announceDeliveryAnswered(trx, delivery, 'acknowledged'); // webhooks
    }
  }
  if (!deliveryId) return { deliveryId: null, problem: unmatched.length ? unmatched.join('; ').slice(0, 1000) : 'No TA1, 999 or 997 in the file' };
  return { deliveryId, problem: unmatched.length ? unmatched.join('; ').slice(0, 1000) : null };
}

interface Outcome {
  deliveryId: string | null;
  problem: string | null;
  reconciliationId?: string | null;
}

export async function receiveOnce(db: Db, carrier: { id: string; organization_id: string }, connector: CarrierConnector, cipher: PersonalDataCipher): Promise<number> {
  const files = await connector.receive();
  let moveFailure: unknown;
  for (const file of files) {
    const kind = kindOf(file);
    // A carrier's 834 reads the families of a period: as the carrier's owner, under row-level security.
    const transaction = <T>(work: (trx: Trx) => Promise<T>) => (kind === '834' ? inTenant(db, carrier.organization_id, work) : db.transaction().execute(work));
    const record = async (work: (trx: Trx) => Promise<Outcome>) =>
      transaction(async (trx) => {
        const recorded = await trx
          .insertInto('inbound_files')
          .values({ id: newId(), carrier_id: carrier.id, organization_id: carrier.organization_id, name: file.name, kind, delivery_id: null, processed_at: null, problem: null })
          .onConflict((oc) => oc.columns(['carrier_id', 'name']).doNothing())
          .returning('id')
          .executeTakeFirst();
        const row = recorded ?? (await trx.selectFrom('inbound_files').select(['id', 'processed_at']).where('carrier_id', '=', carrier.id).where('name', '=', file.name).forUpdate().executeTakeFirstOrThrow());
        if ('processed_at' in row && row.processed_at) return; // applied before a crash; only the move was left
        const outcome = await work(trx);
        await trx.updateTable('inbound_files').set({ delivery_id: outcome.deliveryId, processed_at: new Date(), problem: outcome.problem, reconciliation_id: outcome.reconciliationId ?? null }).where('id', '=', row.id).execute();
      });
    try {
      await record(async (trx) => {
        if (kind !== '834') return apply(trx, carrier.id, kind, file.content);
        const run = await reconcileInboundFile(trx, cipher, carrier, file.content);
        return { deliveryId: null, problem: run.problem, reconciliationId: run.reconciliationId };
      });
    } catch (error) {
      // A file we cannot apply must not be read again on every pass, holding back the answers after
      // it: it is kept as processed with the reason (no content, which may hold personal data).
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await record(async () => ({ deliveryId: null, problem: `Could not be applied: ${reason.slice(0, 500)}` }));
    }
    // A file that cannot be moved is read again next time, found processed, and moved then; the
    // files after it are applied meanwhile.
    await connector.markProcessed(file.name).catch((error: unknown) => {
      moveFailure ??= error;
    });
  }
  if (moveFailure) throw moveFailure;
  return files.length;
}
