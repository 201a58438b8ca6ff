// Groups and access grants over HTTP. The creating organization owns a group; brokers,
// administrators, partners and platforms reach it through a live access grant from the owner.
import type { App } from '../../http/app.ts';
import { retryQueuesNow } from '../../carriers/transmission/outbox-batcher.ts';
import { IdParams } from '../../http/common-schemas.ts';
import { conflict, forbidden, notFound, unprocessable, type ApiError } from '../../http/errors.ts';
import { decodeCursor, page, PageQuery } from '../../http/pagination.ts';
import { readAs, writeOnce } from '../../http/tenant-transaction.ts';
import {
  AccessGrantAnswer,
  AccessGrantList,
  AccessGrantParams,
  CreateAccessGrantBody,
  CreateGroupBody,
  GRANTEE_KINDS,
  GroupAnswer,
  GroupList,
  UpdateGroupBody,
  type AccessGrant,
  type Group,
} from './schema.ts';
import {
  assignLocationIds,
  externalIdentifierTaken,
  findAccessGrant,
  findLiveAccessGrant,
  findOrganizationKind,
  findReachableGroup,
  insertAccessGrant,
  insertGroup,
  isUniqueViolation,
  listAccessGrants,
  listReachableGroups,
  locationIdsOf,
  revokeAccessGrant,
  updateGroup,
  type AccessGrantRow,
  type GroupRow,
} from './store.ts';

export const toGroup = (row: GroupRow): Group => ({
  id: row.id,
  external_identifier: row.external_identifier,
  name: row.name,
  employer: row.employer,
  primary_location: row.primary_location,
  secondary_locations: row.secondary_locations,
  status: row.status,
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

export const toAccessGrant = (row: AccessGrantRow): AccessGrant => ({
  id: row.id,
  group_id: row.group_id,
  organization_id: row.grantee_organization_id,
  created_at: row.created_at.toISOString(),
  revoked_at: row.revoked_at ? row.revoked_at.toISOString() : null,
});

const externalIdentifierConflict = (): ApiError =>
  conflict('external_identifier_taken', 'Another group of this organization has this external_identifier', 'group.external_identifier');
const grantExists = (): ApiError =>
  conflict('access_grant_exists', 'This organization already holds a live grant for this group', 'access_grant.organization_id');
const onlyOwner = (what: string): ApiError => forbidden(`Only the organization that owns this group may ${what}`);

export function registerGroupRoutes(app: App): void {
  app.post('/groups', {
    config: { scope: 'write' },
    schema: { tags: ['groups'], summary: 'Create a group; the calling organization owns it', body: CreateGroupBody, response: { 201: GroupAnswer } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const input = request.body.group;
      const located = assignLocationIds(input.primary_location, input.secondary_locations ?? [], new Set());
      if ('invalid' in located) throw unprocessable([located.invalid]);
      if (await externalIdentifierTaken(trx, caller.organizationId, input.external_identifier)) throw externalIdentifierConflict();
      const values = { ...input, name: input.name ?? input.employer.organization_name, primary_location: located.primary, secondary_locations: located.secondary, status: input.status ?? 'active' };
      // The check above misses a concurrent create with the same identifier; the unique index does not.
      const row = await insertGroup(trx, caller.organizationId, values).catch((error: unknown) => {
        throw isUniqueViolation(error) ? externalIdentifierConflict() : error;
      });
      const group = toGroup(row);
      await audit({ resource_type: 'group', resource_id: row.id, action: 'create', after: group });
      return { status: 201, body: { group } };
    }),
  );

  app.get('/groups', {
    config: { scope: 'read' },
    schema: { tags: ['groups'], summary: 'List the groups this organization owns or has been granted', querystring: PageQuery, response: { 200: GroupList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, (trx) => listReachableGroups(trx, request.caller.organizationId, limit + 1, decodeCursor(request.query.cursor)));
    const { items, next_cursor } = page(rows, limit);
    return { groups: items.map(toGroup), next_cursor };
  });

  app.get('/groups/:id', {
    config: { scope: 'read' },
    schema: { tags: ['groups'], summary: 'One group', params: IdParams, response: { 200: GroupAnswer } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findReachableGroup(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('group');
    return { group: toGroup(row) };
  });

  app.put('/groups/:id', {
    config: { scope: 'write' },
    schema: { tags: ['groups'], summary: 'Update a group: only the fields given change', params: IdParams, body: UpdateGroupBody, response: { 200: GroupAnswer } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const before = await findReachableGroup(trx, caller.organizationId, request.params.id);
      if (!before) throw notFound('group');
      const changes = request.body.group;
      const located = assignLocationIds(
        changes.primary_location ?? before.primary_location,
        changes.secondary_locations ?? before.secondary_locations,
        locationIdsOf(before),
      );
      if ('invalid' in located) throw unprocessable([located.invalid]);
      const externalIdentifier = changes.external_identifier ?? before.external_identifier;
      // Unique per owner: a grantee renaming a group is checked against the owner's groups.
      if (externalIdentifier !== before.external_identifier && (await externalIdentifierTaken(trx, before.organization_id, externalIdentifier, before.id))) {
        throw externalIdentifierConflict();
      }
      const row = await updateGroup(trx, before.id, {
        external_identifier: externalIdentifier,
        name: changes.name ?? before.name,
        employer: changes.employer ?? before.employer,
        primary_location: located.primary,
        secondary_locations: located.secondary,
        status: changes.status ?? before.status,
      }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? externalIdentifierConflict() : error;
      });
      const group = toGroup(row);
      // The group is the file's sponsor: files that could not be built before are tried again at once.
      await retryQueuesNow(trx, { groupId: row.id });
      await audit({ resource_type: 'group', resource_id: row.id, action: 'update', before: toGroup(before), after: group });
      return { status: 200, body: { group } };
    }),
  );

  app.post('/groups/:id/access_grants', {
    config: { scope: 'write' },
    schema: {
      tags: ['groups'],
      summary: 'Grant a broker, administrator, partner or platform access to a group (owner only)',
      params: IdParams,
      body: CreateAccessGrantBody,
      response: { 201: AccessGrantAnswer },
    },
  }, async (request, reply) => {
    const granteeId = request.body.access_grant.organization_id;
    // Row-level security hides other organizations inside a tenant transaction, so the grantee's
    // existence and kind are read with the app's own connection — before the transaction opens, since
    // embedded PGlite has one connection. Nothing about it is revealed until the caller is known to own the group.
    const granteeKind = await findOrganizationKind(request.server.services.db, granteeId);
    return writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const group = await findReachableGroup(trx, caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      if (group.organization_id !== caller.organizationId) throw onlyOwner('grant access to it');
      const parameter = 'access_grant.organization_id';
      if (!granteeKind) throw unprocessable([{ error_type: 'unprocessable.organization_not_found', message: 'No organization has this id', parameter }]);
      if (granteeId === caller.organizationId) {
        throw unprocessable([{ error_type: 'unprocessable.organization_owns_group', message: 'This organization owns the group and reaches it already', parameter }]);
      }
      if (!(GRANTEE_KINDS as readonly string[]).includes(granteeKind)) {
        const message = `A group may be granted to a ${GRANTEE_KINDS.join(', ')} organization; this one is a ${granteeKind}`;
        throw unprocessable([{ error_type: 'unprocessable.organization_kind_not_grantable', message, parameter }]);
      }
      if (await findLiveAccessGrant(trx, group.id, granteeId)) throw grantExists();
      const row = await insertAccessGrant(trx, group, granteeId).catch((error: unknown) => {
        throw isUniqueViolation(error) ? grantExists() : error;
      });
      const accessGrant = toAccessGrant(row);
      await audit({ resource_type: 'access_grant', resource_id: row.id, action: 'create', after: accessGrant });
      return { status: 201, body: { access_grant: accessGrant } };
    });
  });

  app.get('/groups/:id/access_grants', {
    config: { scope: 'read' },
    schema: {
      tags: ['groups'],
      summary: "A group's access grants, revoked ones included (a grantee sees only its own)",
      params: IdParams,
      querystring: PageQuery,
      response: { 200: AccessGrantList },
    },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, async (trx) => {
      const group = await findReachableGroup(trx, request.caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      return listAccessGrants(trx, request.caller.organizationId, group.id, limit + 1, decodeCursor(request.query.cursor));
    });
    const { items, next_cursor } = page(rows, limit);
    return { access_grants: items.map(toAccessGrant), next_cursor };
  });

  app.post('/groups/:id/access_grants/:grant_id/revoke', {
    config: { scope: 'write' },
    schema: {
      tags: ['groups'],
      summary: 'Revoke an access grant (owner only); the grantee stops reaching the group at once',
      params: AccessGrantParams,
      response: { 200: AccessGrantAnswer },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const group = await findReachableGroup(trx, caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      if (group.organization_id !== caller.organizationId) throw onlyOwner('revoke its access grants');
      const before = await findAccessGrant(trx, caller.organizationId, group.id, request.params.grant_id);
      if (!before) throw notFound('access grant', 'grant_id');
      const row = await revokeAccessGrant(trx, before.id);
      await audit({ resource_type: 'access_grant', resource_id: row.id, action: 'revoke', before: toAccessGrant(before), after: toAccessGrant(row) });
      return { status: 200, body: { access_grant: toAccessGrant(row) } };
    }),
  );
}
