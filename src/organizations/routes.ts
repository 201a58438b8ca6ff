// The caller's own organization, its API keys and its audit log.
import { Type } from '@sinclair/typebox';
import type { App } from '../http/app.ts';
import { notFound } from '../http/errors.ts';
import { decodeCursor, NextCursor, page, PageQuery } from '../http/pagination.ts';
import { readAs, writeOnce } from '../http/tenant-transaction.ts';
import { IdParams } from '../http/common-schemas.ts';
import { ApiKey, AuditEventList, AuditQuery, CreateApiKeyBody, CreatedApiKey, Organization } from './schema.ts';
import { createApiKey, findApiKey, findOrganization, listApiKeys, listAuditEvents, revokeApiKey, type ApiKeyRow, type OrganizationRow } from './store.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toOrganization = (row: OrganizationRow) => ({ id: row.id, name: row.name, kind: row.kind, created_at: row.created_at.toISOString() });
export const toApiKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes as ApiKey['scopes'],
  created_at: row.created_at.toISOString(),
  last_used_at: iso(row.last_used_at),
  revoked_at: iso(row.revoked_at),
});

export function registerOrganizationRoutes(app: App): void {
  app.get('/organization', {
    config: { scope: 'read' },
    schema: { tags: ['organization'], summary: 'The organization of the calling API key', response: { 200: Type.Object({ organization: Organization }) } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findOrganization(trx, request.caller.organizationId));
    if (!row) throw notFound('organization');
    return { organization: toOrganization(row) };
  });

  app.get('/api_keys', {
    config: { scope: 'admin' },
    schema: { tags: ['organization'], summary: 'List the API keys of this organization', querystring: PageQuery, response: { 200: Type.Object({ api_keys: Type.Array(ApiKey), next_cursor: NextCursor }) } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, (trx) => listApiKeys(trx, request.caller.organizationId, limit + 1, decodeCursor(request.query.cursor)));
    const { items, next_cursor } = page(rows, limit);
    return { api_keys: items.map(toApiKey), next_cursor };
  });

  app.post('/api_keys', {
    config: { scope: 'admin' },
    schema: { tags: ['organization'], summary: 'Create an API key; the key is shown once', body: CreateApiKeyBody, response: { 201: CreatedApiKey } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const { row, key } = await createApiKey(trx, caller.organizationId, request.body.api_key.name, request.body.api_key.scopes);
      await audit({ resource_type: 'api_key', resource_id: row.id, action: 'create', after: toApiKey(row) });
      return { status: 201, body: { api_key: { ...toApiKey(row), key } } };
    }),
  );

  app.get('/api_keys/:id', {
    config: { scope: 'admin' },
    schema: { tags: ['organization'], summary: 'One API key (never its secret)', params: IdParams, response: { 200: Type.Object({ api_key: ApiKey }) } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findApiKey(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('API key');
    return { api_key: toApiKey(row) };
  });

  app.post('/api_keys/:id/revoke', {
    config: { scope: 'admin' },
    schema: { tags: ['organization'], summary: 'Revoke an API key; it stops working at once', params: IdParams, response: { 200: Type.Object({ api_key: ApiKey }) } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const before = await findApiKey(trx, caller.organizationId, request.params.id);
      if (!before) throw notFound('API key');
      const row = (await revokeApiKey(trx, caller.organizationId, request.params.id))!;
      await audit({ resource_type: 'api_key', resource_id: row.id, action: 'revoke', before: toApiKey(before), after: toApiKey(row) });
      return { status: 200, body: { api_key: toApiKey(row) } };
    }),
  );

  app.get('/audit_events', {
    config: { scope: 'admin' },
    schema: { tags: ['organization'], summary: 'The audit log of this organization, oldest first', querystring: AuditQuery, response: { 200: AuditEventList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, (trx) =>
      listAuditEvents(trx, request.caller.organizationId, { after: request.query.cursor ? Number(request.query.cursor) : undefined, resourceId: request.query.resource_id }, limit + 1),
    );
    const items = rows.slice(0, limit);
    return {
      audit_events: items.map((row) => ({ ...row, occurred_at: row.occurred_at.toISOString() })),
      next_cursor: rows.length > limit ? String(items[items.length - 1]!.id) : null,
    };
  });
}
