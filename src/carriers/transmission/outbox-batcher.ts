// Outbox → files. Each pass claims the unclaimed changes of one carrier and coverage period (rows
// locked with SKIP LOCKED, so any number of workers share the work), fixes the file's control numbers,
// writes the 834 and stores it sealed with the families it carries — all in one transaction. From then
// on the file is what gets sent, however often a send is retried.
import { sql, json, type Db, type Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { write834 } from '../x12/write-834.ts';
import { buildFamily, enrollmentFile, type FileFacts } from './build-834.ts';
import { loadFamilies, loadPeriodContext, type PeriodContext } from './family-records.ts';
import { recordEvent } from '../../webhooks/emit-event.ts';

export interface ControlNumbers {
  interchange: number;
  group: number;
  transactionSet: number;
}

/** Persisted per carrier and only increasing; ISA13 and GS06 wrap within their 9 digits. */
export async function nextControlNumbers(trx: Trx, carrierId: string): Promise<ControlNumbers> {
  const row = await sql<{ last_interchange: number; last_group: number; last_transaction_set: number }>`
    INSERT INTO carrier_control_numbers (carrier_id, last_interchange, last_group, last_transaction_set)
    VALUES (${carrierId}, 1, 1, 1)
    ON CONFLICT (carrier_id) DO UPDATE SET
      last_interchange = carrier_control_numbers.last_interchange % 999999999 + 1,
      last_group = carrier_control_numbers.last_group % 999999999 + 1,
      last_transaction_set = carrier_control_numbers.last_transaction_set % 999999999 + 1
    RETURNING last_interchange, last_group, last_transaction_set`.execute(trx);
  const numbers = row.rows[0]!;
  return { interchange: Number(numbers.last_interchange), group: Number(numbers.last_group), transactionSet: Number(numbers.last_transaction_set) };
}

const fileTimestamp = (now: Date) => ({ date: now.toISOString().slice(0, 10), time: now.toISOString().slice(11, 16).replace(':', '') });

export function fileName(context: PeriodContext, interchange: number): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '').slice(0, 15) || 'X';
  return `OE_${safe(context.carrier.interchange.receiver_id)}_${safe(context.period.carrier_group_number)}_${String(interchange).padStart(9, '0')}.834`;
}

export interface BuiltDelivery {
  id: string;
  memberCount: number;
  subscriberIds: string[];
}

/** Builds and stores one file for the given families of a coverage period, in the caller's transaction. */
export async function storeDelivery(trx: Trx, cipher: PersonalDataCipher, coveragePeriodId: string, kind: FileFacts['kind'], subscriberIds: string[], now = new Date()): Promise<BuiltDelivery | undefined> {
  const context = await loadPeriodContext(trx, coveragePeriodId);
  const families = await loadFamilies(trx, cipher, context, subscriberIds);
  const control = await nextControlNumbers(trx, context.carrier.id);
  const file: FileFacts = { kind, carrier: context.carrier, sponsor: context.sponsor, carrierGroupNumber: context.period.carrier_group_number, control, ...fileTimestamp(now) };
  const built = families.map((family) => buildFamily(file, family)).filter((family) => family.members.length > 0);
  if (!built.length) return undefined;
  const content = write834(enrollmentFile(file, built.flatMap((family) => family.members)), { lineBreak: '\n' });
  const id = newId();
  const placement = { organization_id: context.period.organization_id, group_id: context.period.group_id };
  const unmapped = built.flatMap((family) => family.unmapped);
  await trx
    .insertInto('file_deliveries')
    .values({
      id,
      ...placement,
      carrier_id: context.carrier.id,
      coverage_period_id: coveragePeriodId,
      kind,
      status: 'ready',
      file_name: fileName(context, control.interchange),
      content_sealed: cipher.seal(content),
      interchange_control_number: control.interchange,
      group_control_number: control.group,
      transaction_set_control_number: control.transactionSet,
      member_count: built.reduce((sum, family) => sum + family.members.length, 0),
      errors: json(
        unmapped.map((u) => ({
          error_type: 'carrier.line_of_coverage_unmapped',
          message: `The 834 has no line-of-coverage code for ${u.product_line} and the carrier's settings give none (line_of_coverage_codes); coverage ${u.coverage_id} was left out of the file`,
          parameter: 'line_of_coverage_codes',
        })),
      ),
      locked_until: null,
      last_error: null,
      sent_at: null,
      acknowledged_at: null,
    })
    .execute();
  await trx
    .insertInto('file_delivery_subscribers')
    .values(built.map((family) => ({ delivery_id: id, subscriber_id: family.subscriberId, ...placement, record: json(family.record), result: null, result_at: null })))
    .execute();
  await recordEvent(trx, { organizationId: placement.organization_id, groupId: placement.group_id, type: 'file_delivery.created', data: { object: 'file_delivery', id, status: 'ready', previous_status: null } });
  return { id, memberCount: built.reduce((sum, family) => sum + family.members.length, 0), subscriberIds: built.map((family) => family.subscriberId) };
}

/** Claims and builds at most one file; false when the outbox is empty (for this worker). */
export async function batchOnce(db: Db, cipher: PersonalDataCipher, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const head = await trx
      .selectFrom('carrier_outbox')
      .select(['carrier_id', 'coverage_period_id'])
      .where('delivery_id', 'is', null)
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!head) return false;
    const rows = await trx
      .selectFrom('carrier_outbox')
      .select(['id', 'subscriber_id'])
      .where('delivery_id', 'is', null)
      .where('carrier_id', '=', head.carrier_id)
      .where('coverage_period_id', '=', head.coverage_period_id)
      .orderBy('id')
      .forUpdate()
      .skipLocked()
      .execute();
    const subscriberIds = [...new Set(rows.map((row) => row.subscriber_id))];
    const delivery = await storeDelivery(trx, cipher, head.coverage_period_id, 'change', subscriberIds, now);
    const ids = rows.map((row) => row.id);
    if (delivery) {
      await trx.updateTable('carrier_outbox').set({ delivery_id: delivery.id }).where('id', 'in', ids).execute();
    } else {
      // Nothing the carrier's 834 can carry (no coverage in this period any more): nothing to send.
      await trx.deleteFrom('carrier_outbox').where('id', 'in', ids).execute();
    }
    return true;
  });
}
