// Qualifying life events in SQL (reads; an event is written with its family's changes, record-event.ts).
// An event's row belongs to the group's owner and carries its group_id, so a grantee reaches it through
// the group (reachableBy), as row-level security does.
import type { Selectable } from 'kysely';
import type { Trx } from '../../db/database.ts';
import type { QualifyingLifeEventsTable } from '../../db/tables.ts';
import { reachableBy } from '../group-access.ts';

/** The event, when the organization owns its group or holds a live grant for it. */
export async function findReachableQualifyingLifeEvent(trx: Trx, organizationId: string, id: string): Promise<Selectable<QualifyingLifeEventsTable> | undefined> {
  return trx.selectFrom('qualifying_life_events').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'qualifying_life_events')).executeTakeFirst();
}
