// SQL for members (subscribers and dependents), their carrier status, coverages and events.
// Every query names the caller's organization through reachableBy (the first line of tenancy).
import { sql, type Db } from '../../db/database.ts';
import type { MembersTable, SubscriberStatus, Tables } from '../../db/tables.ts';
import type { ExpressionBuilder, Insertable, Selectable, Updateable } from 'kysely';
import { reachableBy } from '../group-access.ts';

export type MemberRow = Selectable<MembersTable>;
export type NewMember = Insertable<MembersTable>;
export type MemberPatch = Updateable<MembersTable>;

/** A subscriber the caller reaches; `forUpdate` locks it so changes to one family run one at a time. */
export async function findSubscriber(trx: Db, organizationId: string, id: string, forUpdate = false): Promise<MemberRow | undefined> {
  let query = trx.selectFrom('members').selectAll().where('id', '=', id).where('subscriber_id', 'is', null).where(reachableBy(organizationId, 'members'));
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
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
  if (filters.covered_on) query = query.where(coveredOn(filters.covered_on));
  return query.orderBy('members.id').limit(limit).execute();
}

/** The family had coverage in force on `day` (its current rows): both lists filter by it. */
function coveredOn(day: string) {
  return ({ exists, selectFrom }: ExpressionBuilder<Tables, 'members'>) =>
    exists(
      selectFrom('coverages')
        .select(sql`1`.as('one'))
        .whereRef('coverages.subscriber_id', '=', 'members.id')
        .where('coverages.superseded_at', 'is', null)
        .where('coverages.start_date', '<=', day)
        .where((eb) => eb.or([eb('coverages.end_date', 'is', null), eb('coverages.end_date', '>=', day)])),
    );
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

export interface SubscriberSearch {
  /** Words that each begin the first or last name; or an external identifier; or the SSN's last four. */
  q?: string | undefined;
  status?: SubscriberStatus | undefined;
  group_id?: string | undefined;
  covered_on?: string | undefined;
}

const likePrefix = (word: string) => `${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Subscribers across every group the caller reaches (its own and those it is granted), newest last,
 * one page at a time. Name words match by prefix, case-insensitively (`lower(...) LIKE 'ada%'`, which
 * the indexes of migration 0011 serve); four digits also match the SSN's last four.
 */
export async function searchSubscribers(trx: Db, organizationId: string, search: SubscriberSearch, limit: number, after?: string) {
  let query = trx
    .selectFrom('members')
    .leftJoin('subscriber_statuses', 'subscriber_statuses.subscriber_id', 'members.id')
    .selectAll('members')
    .select(['subscriber_statuses.status', 'subscriber_statuses.status_at'])
    .where('members.subscriber_id', 'is', null)
    .where(reachableBy(organizationId, 'members'));
  if (after) query = query.where('members.id', '>', after);
  if (search.group_id) query = query.where('members.group_id', '=', search.group_id);
  if (search.status) query = query.where('subscriber_statuses.status', '=', search.status);
  const q = search.q?.trim();
  if (q) {
    const words = q.split(/\s+/);
    query = query.where((eb) =>
      eb.or([
        eb.and(words.map((word) => eb.or([eb(sql`lower(members.first_name)`, 'like', likePrefix(word)), eb(sql`lower(members.last_name)`, 'like', likePrefix(word))]))),
        eb('members.external_identifier', '=', q),
        ...(/^[0-9]{4}$/.test(q) ? [eb('members.ssn_last4', '=', q)] : []),
      ]),
    );
  }
  if (search.covered_on) query = query.where(coveredOn(search.covered_on));
  return query.orderBy('members.id').limit(limit).execute();
}
