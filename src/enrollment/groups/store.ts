// Groups and access grants in SQL. Every read names who may reach the row (reachableBy: the owner or a
// live grantee); row-level security says it again underneath.
import type { Db, Trx } from '../../db/database.ts';
import { json } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { OrganizationKind } from '../../db/tables.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { reachableBy } from '../group-access.ts';
import type { Employer, GroupStatus, Location, LocationInput } from './schema.ts';

export interface GroupRow {
  id: string;
  organization_id: string;
  external_identifier: string;
  name: string;
  employer: Employer;
  primary_location: Location;
  secondary_locations: Location[];
  status: GroupStatus;
  created_at: Date;
  updated_at: Date;
}

export interface AccessGrantRow {
  id: string;
  organization_id: string;
  group_id: string;
  grantee_organization_id: string;
  created_at: Date;
  revoked_at: Date | null;
}

export interface GroupValues {
  external_identifier: string;
  name: string;
  employer: Employer;
  primary_location: Location;
  secondary_locations: Location[];
  status: GroupStatus;
}

const UNIQUE_VIOLATION = '23505';
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === UNIQUE_VIOLATION;

/**
 * Gives every location an id: one sent back keeps it (it must be a location of this group — members
 * point at locations by id), one without gets a new id. Returns the parameter at fault otherwise.
 */
export function assignLocationIds(
  primary: LocationInput,
  secondary: LocationInput[],
  existingIds: ReadonlySet<string>,
): { primary: Location; secondary: Location[] } | { invalid: ErrorItem } {
  const used = new Set<string>();
  const inputs: Array<[string, LocationInput]> = [['group.primary_location', primary], ...secondary.map((l, i): [string, LocationInput] => [`group.secondary_locations[${i}]`, l])];
  const located: Location[] = [];
  for (const [parameter, input] of inputs) {
    const { id, ...fields } = input;
    if (id !== undefined && !existingIds.has(id)) {
      const message = `${id} is not the id of a location of this group; leave id out for a new location`;
      return { invalid: { error_type: 'unprocessable.location_not_found', message, parameter: `${parameter}.id` } };
    }
    if (id !== undefined && used.has(id)) {
      const message = `Location ${id} appears twice; list each location once`;
      return { invalid: { error_type: 'unprocessable.duplicate_location', message, parameter: `${parameter}.id` } };
    }
    const locationId = id ?? newId();
    used.add(locationId);
    located.push({ id: locationId, ...fields });
  }
  const [first, ...rest] = located;
  return { primary: first!, secondary: rest };
}

export const locationIdsOf = (group: Pick<GroupRow, 'primary_location' | 'secondary_locations'>): Set<string> =>
  new Set([group.primary_location.id, ...group.secondary_locations.map((location) => location.id)]);

export async function insertGroup(trx: Trx, ownerId: string, values: GroupValues): Promise<GroupRow> {
  const row = await trx
    .insertInto('groups')
    .values({
      id: newId(),
      organization_id: ownerId,
      external_identifier: values.external_identifier,
      name: values.name,
      employer: json(values.employer),
      primary_location: json(values.primary_location),
      secondary_locations: json(values.secondary_locations),
      status: values.status,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as GroupRow;
}

export async function updateGroup(trx: Trx, id: string, values: GroupValues): Promise<GroupRow> {
  const row = await trx
    .updateTable('groups')
    .set((eb) => ({
      external_identifier: values.external_identifier,
      name: values.name,
      employer: json(values.employer),
      primary_location: json(values.primary_location),
      secondary_locations: json(values.secondary_locations),
      status: values.status,
      updated_at: eb.fn<Date>('now'),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as GroupRow;
}

/** Whether the owner already has another group with this external_identifier. */
export async function externalIdentifierTaken(trx: Trx, ownerId: string, externalIdentifier: string, exceptGroupId?: string): Promise<boolean> {
  let query = trx.selectFrom('groups').select('id').where('organization_id', '=', ownerId).where('external_identifier', '=', externalIdentifier);
  if (exceptGroupId) query = query.where('id', '<>', exceptGroupId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** The group, when the organization owns it or holds a live grant for it. */
export async function findReachableGroup(trx: Trx, organizationId: string, id: string): Promise<GroupRow | undefined> {
  const row = await trx.selectFrom('groups').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'groups', 'id')).executeTakeFirst();
  return row as GroupRow | undefined;
}

export async function listReachableGroups(trx: Trx, organizationId: string, limit: number, after?: string): Promise<GroupRow[]> {
  let query = trx.selectFrom('groups').selectAll().where(reachableBy(organizationId, 'groups', 'id'));
  if (after) query = query.where('id', '>', after);
  return (await query.orderBy('id').limit(limit).execute()) as GroupRow[];
}

/**
 * The organization's kind, looked up outside any tenant: row-level security hides every other
 * organization inside one. Takes the app's Db, never a tenant transaction — and must not be called
 * while one is open, since embedded PGlite has a single connection.
 */
export async function findOrganizationKind(db: Db, id: string): Promise<OrganizationKind | undefined> {
  const row = await db.selectFrom('organizations').select('kind').where('id', '=', id).executeTakeFirst();
  return row?.kind;
}

export async function insertAccessGrant(trx: Trx, group: Pick<GroupRow, 'id' | 'organization_id'>, granteeId: string): Promise<AccessGrantRow> {
  return trx
    .insertInto('access_grants')
    .values({ id: newId(), organization_id: group.organization_id, group_id: group.id, grantee_organization_id: granteeId, revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findLiveAccessGrant(trx: Trx, groupId: string, granteeId: string): Promise<AccessGrantRow | undefined> {
  return trx
    .selectFrom('access_grants')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('grantee_organization_id', '=', granteeId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** The group's grants the organization may see: all of them for the owner, its own for a grantee. */
export async function listAccessGrants(trx: Trx, organizationId: string, groupId: string, limit: number, after?: string): Promise<AccessGrantRow[]> {
  let query = trx
    .selectFrom('access_grants')
    .selectAll()
    .where('group_id', '=', groupId)
    .where((eb) => eb.or([eb('organization_id', '=', organizationId), eb('grantee_organization_id', '=', organizationId)]));
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

export async function findAccessGrant(trx: Trx, ownerId: string, groupId: string, id: string): Promise<AccessGrantRow | undefined> {
  return trx.selectFrom('access_grants').selectAll().where('organization_id', '=', ownerId).where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
}

/** Revoking twice keeps the first revocation time. */
export async function revokeAccessGrant(trx: Trx, id: string): Promise<AccessGrantRow> {
  return trx
    .updateTable('access_grants')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.fn<Date>('now')) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The group and its owner, looked up outside any tenant: the operator's `enroll import 834` works on the
 * database directly. Takes the app's Db, never a tenant transaction.
 */
export async function findGroupForOperator(db: Db, id: string): Promise<{ id: string; organization_id: string } | undefined> {
  return db.selectFrom('groups').select(['id', 'organization_id']).where('id', '=', id).executeTakeFirst();
}
