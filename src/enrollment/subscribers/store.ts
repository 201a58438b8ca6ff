// SQL for members (subscribers and dependents), their carrier status, coverages and events.
// Every query names the caller's organization through reachableBy (the first line of tenancy).
import { sql, type Db } from '../../db/database.ts';
import type { MembersTable, SubscriberStatus } from '../../db/tables.ts';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { reachableBy } from '../group-access.ts';

export type MemberRow = Selectable<MembersTable>;
export type NewMember = Insertable<MembersTable>;
export type MemberPatch = Updateable<MembersTable>;

export async function insertMembers(trx: Db, rows: NewMember[]): Promise<MemberRow[]> {
  if (!rows.length) return [];
  return trx.insertInto('members').values(rows).returningAll().execute();
}

/** A subscriber the caller reaches; `forUpdate` locks it so changes to one family run one at a time. */
export async function findSubscriber(trx: Db, organizationId: string, id: string, forUpdate = false): Promise<MemberRow | undefined> {
  let query = trx.selectFrom('members').selectAll().where('id', '=', id).where('subscriber_id', 'is', null).where(reachableBy(organizationId, 'members'));
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findDependent(trx: Db, organizationId: string, id: string): Promise<MemberRow | undefined> {
  return trx.selectFrom('members').selectAll().where('id', '=', id).where('subscriber_id', 'is not', null).where(reachableBy(organizationId, 'members')).executeTakeFirst();
}

export async function listDependents(trx: Db, subscriberId: string): Promise<MemberRow[]> {
  return trx.selectFrom('members').selectAll().where('subscriber_id', '=', subscriberId).orderBy('id').execute();
}

export async function updateMember(trx: Db, id: string, patch: MemberPatch): Promise<MemberRow> {
  return trx.updateTable('members').set({ ...patch, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The SSN blind indexes among `indexes` that a member of the group other than `exceptId` already has. */
export async function takenSsnIndexes(trx: Db, groupId: string, indexes: string[], exceptId?: string): Promise<Set<string>> {
  if (!indexes.length) return new Set();
  let query = trx.selectFrom('members').select('ssn_index').where('group_id', '=', groupId).where('ssn_index', 'in', indexes);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return new Set((await query.execute()).map((row) => row.ssn_index!));
}

export interface SubscriberFilters {
  status?: SubscriberStatus | undefined;
  external_identifier?: string | undefined;
  covered_on?: string | undefined;
}

export async function listSubscribers(trx: Db, organizationId: string, groupId: string, filters: SubscriberFilters, limit: number, after?: string) {
  let query = trx
    .selectFrom('members')
    .leftJoin('subscriber_statuses', 'subscriber_statuses.subscriber_id', 'members.id')
    .selectAll('members')
    .select(['subscriber_statuses.status', 'subscriber_statuses.status_at'])
    .where('members.group_id', '=', groupId)
    .where('members.subscriber_id', 'is', null)
    .where(reachableBy(organizationId, 'members'));
  if (after) query = query.where('members.id', '>', after);
  if (filters.status) query = query.where('subscriber_statuses.status', '=', filters.status);
  if (filters.external_identifier) query = query.where('members.external_identifier', '=', filters.external_identifier);
  if (filters.covered_on) {
    const day = filters.covered_on;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('coverages')
          .select(sql`1`.as('one'))
          .whereRef('coverages.subscriber_id', '=', 'members.id')
          .where('coverages.superseded_at', 'is', null)
          .where('coverages.start_date', '<=', day)
          .where((eb) => eb.or([eb('coverages.end_date', 'is', null), eb('coverages.end_date', '>=', day)])),
      ),
    );
  }
  return query.orderBy('members.id').limit(limit).execute();
}

export async function findStatus(trx: Db, subscriberId: string) {
  return trx.selectFrom('subscriber_statuses').selectAll().where('subscriber_id', '=', subscriberId).executeTakeFirst();
}

/** The coverages as now known (superseded versions left out), of one family. */
export async function currentCoverages(trx: Db, subscriberId: string, coveragePeriodId?: string) {
  let query = trx.selectFrom('coverages').selectAll().where('subscriber_id', '=', subscriberId).where('superseded_at', 'is', null);
  if (coveragePeriodId) query = query.where('coverage_period_id', '=', coveragePeriodId);
  return query.orderBy('start_date').orderBy('id').execute();
}

export async function listEvents(trx: Db, subscriberId: string) {
  return trx.selectFrom('qualifying_life_events').selectAll().where('subscriber_id', '=', subscriberId).orderBy('created_at').orderBy('id').execute();
}
