// Authentication and scopes. `Authorization: Bearer <key>`, or `Vericred-Api-Key: <key>` for clients
// written against Ideon. Each route names the scope it needs in its config; routes marked public
// (health, the OpenAPI document, the docs page) need none.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import type { OrganizationKind } from '../db/tables.ts';
import { parseKey, secretMatches, type Scope } from '../security/api-key-secret.ts';
import { ApiError, scopeMissing, unauthenticated } from './errors.ts';
import type { KeyLimitHooks } from './rate-limits/rate-limits.ts';

export interface Caller {
  organizationId: string;
  organizationKind: OrganizationKind;
  apiKeyId: string;
  scopes: Scope[];
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
  interface FastifyContextConfig {
    /** The scope this route needs; omitted only with `public: true`. */
    scope?: Scope;
    public?: boolean;
  }
}

const LAST_USED_RESOLUTION_MS = 60_000;

function presentedKey(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <api key>"');
    return match[1];
  }
  const ideon = request.headers['vericred-api-key'];
  return typeof ideon === 'string' ? ideon.trim() : undefined;
}

export async function authenticate(db: Db, key: string | undefined): Promise<Caller> {
  if (!key) throw unauthenticated('An API key is required: send "Authorization: Bearer <api key>"');
  const parsed = parseKey(key);
  if (!parsed) throw unauthenticated('The API key is not valid');
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('organizations', 'organizations.id', 'api_keys.organization_id')
    .select(['api_keys.id', 'api_keys.secret_hash', 'api_keys.scopes', 'api_keys.revoked_at', 'api_keys.last_used_at', 'api_keys.organization_id', 'organizations.kind'])
    .where('api_keys.prefix', '=', parsed.prefix)
    .executeTakeFirst();
  // One answer for unknown, wrong and revoked keys: nothing to learn by probing.
  if (!row || row.revoked_at || !secretMatches(parsed.secret, row.secret_hash)) throw unauthenticated('The API key is not valid');
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.updateTable('api_keys').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  }
  return { organizationId: row.organization_id, organizationKind: row.kind, apiKeyId: row.id, scopes: row.scopes as Scope[] };
}

export function registerAuth(app: FastifyInstance, db: Db, limits?: KeyLimitHooks): void {
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    const url = request.routeOptions.url;
    // Unknown routes answer 404 without a key; the docs page and its assets (swagger-ui's own
    // routes) are public like the OpenAPI document.
    if (config.public || !url || url.startsWith('/docs')) return;
    await limits?.beforeAuthentication(request, reply);
    try {
      request.caller = await authenticate(db, presentedKey(request));
    } catch (error) {
      if (error instanceof ApiError && error.statusCode === 401) await limits?.afterBadKey(request);
      throw error;
    }
    await limits?.afterAuthentication(request, reply);
    const scope = config.scope;
    if (!scope) throw new Error(`Route ${request.routeOptions.url} declares no scope`);
    if (!request.caller.scopes.includes(scope)) throw scopeMissing(scope);
  });
}

export function hasScope(request: FastifyRequest, scope: Scope): boolean {
  return request.caller.scopes.includes(scope);
}
