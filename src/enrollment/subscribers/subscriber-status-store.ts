// The one place a change to a family is recorded as bound for the carrier, in the same transaction
// as the change: the subscriber's status becomes pending again, and the change is queued in the
// outbox once for every carrier and coverage period the family has coverage in.
import { sql, type Trx } from '../../db/database.ts';
import { recordStatusChange } from '../../webhooks/emit-event.ts';

export interface ChangedFamily {
  subscriberId: string;
  organizationId: string;
  groupId: string;
  qualifyingLifeEventId?: string;
}

export async function markChanged(trx: Trx, family: ChangedFamily): Promise<{ status: 'pending'; status_at: Date }> {
  // Webhooks: the status before, so subscriber.status_changed is announced only on a real change.
  const previous = await trx.selectFrom('subscriber_statuses').select('status').where('subscriber_id', '=', family.subscriberId).forUpdate().executeTakeFirst();
  const row = await trx
    .insertInto('subscriber_statuses')
    .values({ subscriber_id: family.subscriberId, organization_id: family.organizationId, group_id: family.groupId, status: 'pending', errors: '[]', synced_record: null })
    .onConflict((oc) => oc.column('subscriber_id').doUpdateSet({ status: 'pending', status_at: new Date(), errors: '[]' }))
    .returning(['status', 'status_at'])
    .executeTakeFirstOrThrow();
  await sql`
    INSERT INTO carrier_outbox (organization_id, group_id, subscriber_id, carrier_id, coverage_period_id, qualifying_life_event_id)
    SELECT DISTINCT ${family.organizationId}::uuid, ${family.groupId}::uuid, ${family.subscriberId}::uuid, p.carrier_id, p.id, ${family.qualifyingLifeEventId ?? null}::uuid
    FROM coverages c JOIN coverage_periods p ON p.id = c.coverage_period_id
    WHERE c.subscriber_id = ${family.subscriberId} AND c.superseded_at IS NULL`.execute(trx);
  await recordStatusChange(trx, { organizationId: family.organizationId, groupId: family.groupId, object: 'subscriber', id: family.subscriberId, status: 'pending', previousStatus: previous?.status ?? null });
  return { status: 'pending', status_at: row.status_at };
}
