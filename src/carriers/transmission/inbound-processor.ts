// Reading the carrier's answers. Every inbound file is recorded once by name; applying it and marking
// it processed happen in one transaction, so a crash re-reads the file but never applies it twice.
// Files are matched to what we sent by control numbers: a TA1 by ISA13, a 999 by GS06 (AK102), a
// result file by ISA13.
import { type Db, type Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { readAcknowledgments } from '../x12/ack-999.ts';
import type { CarrierConnector, InboundFile } from '../connectors/connector.ts';
import { parseCarrierResultFile, type CarrierResultFile } from '../sandbox/carrier-result-file.ts';
import { announceDeliveryAnswered, recordFamilyResults, rejectDelivery } from './status-updates.ts';
import { familiesOfResults, recordCarrierMemberIds } from './carrier-member-ids.ts';

type Kind = '999' | 'ta1' | 'results' | 'unknown';

function kindOf(file: InboundFile): Kind {
  const text = file.content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return 'results';
  if (text.startsWith('ISA')) return /(^|[~\n])\s*ST.999/.test(text) ? '999' : 'ta1';
  return 'unknown';
}

async function deliveryBy(trx: Trx, carrierId: string, column: 'interchange_control_number' | 'group_control_number', value: string | number) {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) return undefined;
  return trx.selectFrom('file_deliveries').select(['id', 'status', 'organization_id', 'group_id']).where('carrier_id', '=', carrierId).where(column, '=', number).orderBy('created_at', 'desc').executeTakeFirst();
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
  for (const ta1 of read.ta1s) {
    const delivery = await deliveryBy(trx, carrierId, 'interchange_control_number', ta1.interchangeControlNumber);
    if (!delivery) continue;
    deliveryId = delivery.id;
    if (!ta1.accepted) {
      await rejectDelivery(trx, delivery.id, [{ error_type: 'carrier.interchange_rejected', message: `The carrier rejected the file's envelope (TA1 ${ta1.acknowledgmentCode}): ${ta1.noteDescription ?? ta1.noteCode}`, parameter: 'ISA' }]);
    }
  }
  for (const ack of read.acknowledgments) {
    const delivery = await deliveryBy(trx, carrierId, 'group_control_number', ack.acknowledgedGroup.controlNumber);
    if (!delivery) continue;
    deliveryId = delivery.id;
    const rejectedSets = ack.transactionSets.filter((set) => !set.accepted);
    if (!ack.accepted && (rejectedSets.length || !ack.transactionSets.length)) {
      const errors: ErrorItem[] = rejectedSets.flatMap((set) =>
        set.errors.length
          ? set.errors.map((e) => ({ error_type: 'carrier.syntax_error', message: `Segment ${e.segmentId} at position ${e.position}${e.loopId ? ` in loop ${e.loopId}` : ''}: ${e.description ?? e.code ?? 'error'}`, parameter: e.segmentId }))
          : [{ error_type: 'carrier.transaction_rejected', message: `The carrier rejected transaction set ${set.controlNumber}: ${set.acknowledgmentDescription ?? set.acknowledgmentCode}`, parameter: 'ST' }],
      );
      await rejectDelivery(trx, delivery.id, errors.length ? errors : [{ error_type: 'carrier.group_rejected', message: `The carrier rejected the file (999 ${ack.acknowledgmentCode})`, parameter: 'GS' }]);
    } else if (delivery.status === 'sent') {
      await trx.updateTable('file_deliveries').set({ status: 'acknowledged', acknowledged_at: new Date() }).where('id', '=', delivery.id).execute();
      await announceDeliveryAnswered(trx, delivery, 'acknowledged'); // webhooks
    }
  }
  if (!deliveryId) return { deliveryId: null, problem: 'No TA1 or 999 in the file matched a file sent to this carrier' };
  return { deliveryId, problem: null };
}

export async function receiveOnce(db: Db, carrier: { id: string; organization_id: string }, connector: CarrierConnector): Promise<number> {
  const files = await connector.receive();
  let moveFailure: unknown;
  for (const file of files) {
    const kind = kindOf(file);
    const record = async (work: (trx: Trx) => Promise<{ deliveryId: string | null; problem: string | null }>) =>
      db.transaction().execute(async (trx) => {
        const recorded = await trx
          .insertInto('inbound_files')
          .values({ id: newId(), carrier_id: carrier.id, organization_id: carrier.organization_id, name: file.name, kind, delivery_id: null, processed_at: null, problem: null })
          .onConflict((oc) => oc.columns(['carrier_id', 'name']).doNothing())
          .returning('id')
          .executeTakeFirst();
        const row = recorded ?? (await trx.selectFrom('inbound_files').select(['id', 'processed_at']).where('carrier_id', '=', carrier.id).where('name', '=', file.name).forUpdate().executeTakeFirstOrThrow());
        if ('processed_at' in row && row.processed_at) return; // applied before a crash; only the move was left
        const outcome = await work(trx);
        await trx.updateTable('inbound_files').set({ delivery_id: outcome.deliveryId, processed_at: new Date(), problem: outcome.problem }).where('id', '=', row.id).execute();
      });
    try {
      await record((trx) => apply(trx, carrier.id, kind, file.content));
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
