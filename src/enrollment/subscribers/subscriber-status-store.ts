// The one place a change to families is recorded as bound for the carrier, in the same transaction
// as the change: each subscriber's status becomes pending again, and the change is queued in the
// outbox once for every carrier and coverage period the family has coverage in. The API records one
// family at a time (markChanged, which also announces the status change); an import records a chunk
// of families at once (markFamiliesChanged) and announces itself when it completes.
import { sql, type Trx } from '../../db/database.ts';
import { recordStatusChange } from '../../webhooks/emit-event.ts';

export interface ChangedFamily {
  subscriberId: string;
  organizationId: string;
  groupId: string;
  qualifyingLifeEventId?: string;
}

export interface FamiliesPlacement {
  organizationId: string;
  groupId: string;
}

export async function markFamiliesChanged(trx: Trx, placement: FamiliesPlacement, subscriberIds: readonly string[], qualifyingLifeEventId: string | null = null): Promise<void> {
  if (!subscriberIds.length) return;
  const ids = [...subscriberIds];
  await sql`
    INSERT INTO subscriber_statuses (subscriber_id, organization_id, group_id, status, errors)
    SELECT id, ${placement.organizationId}::uuid, ${placement.groupId}::uuid, 'pending', '[]'::jsonb FROM unnest(${ids}::uuid[]) AS t(id)
    ON CONFLICT (subscriber_id) DO UPDATE SET status = 'pending', status_at = now(), errors = '[]'::jsonb`.execute(trx);
  await sql`
    INSERT INTO carrier_outbox (organization_id, group_id, subscriber_id, carrier_id, coverage_period_id, qualifying_life_event_id)
    SELECT DISTINCT ${placement.organizationId}::uuid, ${placement.groupId}::uuid, c.subscriber_id, p.carrier_id, p.id, ${qualifyingLifeEventId}::uuid
    FROM coverages c JOIN coverage_periods p ON p.id = c.coverage_period_id
    WHERE c.subscriber_id = ANY(${ids}::uuid[]) AND c.superseded_at IS NULL`.execute(trx);
}

export async function markChanged(trx: Trx, family: ChangedFamily): Promise<void> {
  // Webhooks: the status before, so subscriber.status_changed is announced only on a real change.
  const previous = await trx.selectFrom('subscriber_statuses').select('status').where('subscriber_id', '=', family.subscriberId).forUpdate().executeTakeFirst();
  await markFamiliesChanged(trx, family, [family.subscriberId], family.qualifyingLifeEventId ?? null);
  await recordStatusChange(trx, { organizationId: family.organizationId, groupId: family.groupId, object: 'subscriber', id: family.subscriberId, status: 'pending', previousStatus: previous?.status ?? null });
}
