// Authentication and scopes. `Authorization: Bearer <key>`, or `Vericred-Api-Key: <key>` for clients
// written against Ideon. Each route names the scope it needs in its config; routes marked public
// (health, the OpenAPI document, the docs page) need none.
import { AsyncResource } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type Db } from '../db/database.ts';
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

/** How long a key read from the database answers for itself in this process. */
const KEY_CACHE_MS = 30_000;
/** last_used_at is written in the background, at most this late: never an UPDATE on the request path. */
const LAST_USED_FLUSH_MS = 60_000;
const KEY_CACHE_SIZE = 10_000;

interface KeyRow {
  id: string;
  secret_hash: string;
  scopes: string[];
  revoked_at: Date | null;
  organization_id: string;
  kind: OrganizationKind;
}

/**
 * Keys as last read, by prefix, for KEY_CACHE_MS: most requests then authenticate without a statement.
 * Revocation still takes effect at once everywhere: every tenant transaction re-checks, in the
 * statement that sets the tenant, that its key is live (db/tenant.ts).
 */
export class KeyBook {
  readonly #keys = new Map<string, { row: KeyRow | undefined; readAt: number }>();
  readonly #used = new Map<string, Date>();
  #timer: NodeJS.Timeout | undefined;
  // The flush belongs to the book, not to the request that happened to schedule it.
  readonly #later = AsyncResource.bind((work: () => void) => setTimeout(work, LAST_USED_FLUSH_MS).unref());

  constructor(private readonly db: Db) {}

  async find(prefix: string): Promise<KeyRow | undefined> {
    const cached = this.#keys.get(prefix);
    if (cached && Date.now() - cached.readAt < KEY_CACHE_MS) return cached.row;
    const row = await this.db
      .selectFrom('api_keys')
      .innerJoin('organizations', 'organizations.id', 'api_keys.organization_id')
      .select(['api_keys.id', 'api_keys.secret_hash', 'api_keys.scopes', 'api_keys.revoked_at', 'api_keys.organization_id', 'organizations.kind'])
      .where('api_keys.prefix', '=', prefix)
      .executeTakeFirst();
    if (this.#keys.size >= KEY_CACHE_SIZE) this.#keys.delete(this.#keys.keys().next().value!);
    this.#keys.set(prefix, { row, readAt: Date.now() });
    return row;
  }

  used(keyId: string): void {
    this.#used.set(keyId, new Date());
    this.#timer ??= this.#later(() => void this.flush().catch(() => {}));
  }

  /** Writes the keys' last use in one statement (also on shutdown). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#used.size) return;
    const used = [...this.#used];
    this.#used.clear();
    await sql`UPDATE api_keys SET last_used_at = t.at FROM unnest(${used.map(([id]) => id)}::uuid[], ${used.map(([, at]) => at.toISOString())}::timestamptz[]) AS t(id, at)
      WHERE api_keys.id = t.id AND (api_keys.last_used_at IS NULL OR api_keys.last_used_at < t.at)`.execute(this.db);
  }
}

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

export async function authenticate(keys: KeyBook, key: string | undefined): Promise<Caller> {
  if (!key) throw unauthenticated('An API key is required: send "Authorization: Bearer <api key>"');
  const parsed = parseKey(key);
  if (!parsed) throw unauthenticated('The API key is not valid');
  const row = await keys.find(parsed.prefix);
  // One answer for unknown, wrong and revoked keys: nothing to learn by probing.
  if (!row || row.revoked_at || !secretMatches(parsed.secret, row.secret_hash)) throw unauthenticated('The API key is not valid');
  keys.used(row.id);
  return { organizationId: row.organization_id, organizationKind: row.kind, apiKeyId: row.id, scopes: row.scopes as Scope[] };
}

export function registerAuth(app: FastifyInstance, db: Db, limits?: KeyLimitHooks): void {
  const keys = new KeyBook(db);
  app.addHook('onClose', async () => keys.flush().catch(() => {}));
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    const url = request.routeOptions.url;
    // Unknown routes answer 404 without a key; the docs page and its assets (swagger-ui's own
    // routes) are public like the OpenAPI document.
    if (config.public || !url || url.startsWith('/docs')) return;
    await limits?.beforeAuthentication(request, reply);
    try {
      request.caller = await authenticate(keys, presentedKey(request));
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
