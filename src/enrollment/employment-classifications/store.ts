// Benefit classes and subscribers' class history in SQL. Both carry their group's owner and group_id,
// so they are reached like the group (reachableBy), as row-level security does.
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { EmploymentClassificationsTable, SubscriberClassificationsTable } from '../../db/tables.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { compareDates } from '../dates.ts';
import { reachableBy } from '../group-access.ts';
import type { ClassAssignment, Classification, ClassificationInput, ClassificationUpdate } from './schema.ts';

export interface ClassificationRow extends Omit<EmploymentClassificationsTable, 'created_at' | 'updated_at'> {
  created_at: Date;
  updated_at: Date;
}
export interface AssignmentRow extends Omit<SubscriberClassificationsTable, 'created_at'> {
  created_at: Date;
}

export const toClassification = (row: ClassificationRow): Classification => ({
  id: row.id,
  group_id: row.group_id,
  external_identifier: row.external_identifier,
  carrier_identifier: row.carrier_identifier,
  description: row.description,
  type: row.type,
  start_date: row.start_date,
  end_date: row.end_date,
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

export const toAssignment = (row: AssignmentRow): ClassAssignment => ({
  id: row.id,
  subscriber_id: row.subscriber_id,
  employment_classification_id: row.employment_classification_id,
  effective_date: row.effective_date,
  created_at: row.created_at.toISOString(),
});

export function classificationDateViolations(fields: { start_date?: string | null; end_date?: string | null }): ErrorItem[] {
  if (fields.start_date && fields.end_date && compareDates(fields.end_date, fields.start_date) < 0) {
    return [{ error_type: 'unprocessable.end_date_before_start_date', message: `end_date ${fields.end_date} is before start_date ${fields.start_date}`, parameter: 'employment_classification.end_date' }];
  }
  return [];
}

export async function insertClassification(trx: Trx, group: { id: string; organization_id: string }, input: ClassificationInput): Promise<ClassificationRow> {
  return trx
    .insertInto('employment_classifications')
    .values({
      id: newId(),
      organization_id: group.organization_id,
      group_id: group.id,
      external_identifier: input.external_identifier,
      carrier_identifier: input.carrier_identifier ?? null,
      description: input.description ?? null,
      type: input.type ?? null,
      start_date: input.start_date ?? null,
      end_date: input.end_date ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateClassification(trx: Trx, id: string, changes: ClassificationUpdate): Promise<ClassificationRow> {
  return trx.updateTable('employment_classifications').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function findReachableClassification(trx: Trx, organizationId: string, id: string): Promise<ClassificationRow | undefined> {
  return trx.selectFrom('employment_classifications').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'employment_classifications')).executeTakeFirst();
}

export async function listClassificationsOfGroup(trx: Trx, organizationId: string, groupId: string, limit: number, after?: string): Promise<ClassificationRow[]> {
  let query = trx.selectFrom('employment_classifications').selectAll().where('group_id', '=', groupId).where(reachableBy(organizationId, 'employment_classifications'));
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

/** The subscriber (not a dependent) the caller reaches, with the class asked for if it is of the same group. */
export async function findSubscriberAndClass(trx: Trx, organizationId: string, subscriberId: string, classificationId: string) {
  return trx
    .selectFrom('members as m')
    .leftJoin('employment_classifications as c', (join) => join.on('c.id', '=', classificationId).onRef('c.group_id', '=', 'm.group_id'))
    .select(['m.id', 'm.organization_id', 'm.group_id', 'c.id as class_id', 'c.start_date as class_start_date', 'c.end_date as class_end_date'])
    .where('m.id', '=', subscriberId)
    .where('m.subscriber_id', 'is', null)
    .where(reachableBy(organizationId, 'm'))
    .executeTakeFirst();
}

export async function insertAssignment(trx: Trx, subscriber: { id: string; organization_id: string; group_id: string }, classificationId: string, effectiveDate: string): Promise<AssignmentRow> {
  return trx
    .insertInto('subscriber_classifications')
    .values({ id: newId(), organization_id: subscriber.organization_id, group_id: subscriber.group_id, subscriber_id: subscriber.id, employment_classification_id: classificationId, effective_date: effectiveDate })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The subscriber's class history, earliest first; undefined when the caller reaches no such subscriber. */
export async function listAssignments(trx: Trx, organizationId: string, subscriberId: string): Promise<AssignmentRow[] | undefined> {
  const subscriber = await trx.selectFrom('members').select('id').where('id', '=', subscriberId).where('subscriber_id', 'is', null).where(reachableBy(organizationId, 'members')).executeTakeFirst();
  if (!subscriber) return undefined;
  return trx.selectFrom('subscriber_classifications').selectAll().where('subscriber_id', '=', subscriberId).orderBy('effective_date').execute();
}
