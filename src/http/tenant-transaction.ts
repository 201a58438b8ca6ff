// Every route touches the database through one of these two helpers. Both run inside a tenant
// transaction (row-level security on, see db/tenant.ts). A write also records its audit events and,
// with an Idempotency-Key, its answer — in the same transaction as the change itself, so a replay
// after a crash finds either nothing (the change did not commit) or the whole answer. The answer is
// serialized before the commit: a change whose answer cannot be sent is not made.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { json, type Trx } from '../db/database.ts';
import type { RawBuilder } from 'kysely';
import { inTenant, KeyNotLiveError, readInOneTrip, type TenantOptions } from '../db/tenant.ts';
import { conflict, invalid, unauthenticated } from './errors.ts';
import type { Caller } from './auth.ts';
import type { AuditRow } from '../enrollment/families/family-change.ts';

export interface AuditEntry {
  resource_type: string;
  resource_id: string;
  action: string;
  /** API-shaped views with personal data masked: the audit log never holds a full SSN. */
  before?: unknown;
  after?: unknown;
}

export interface WriteContext {
  trx: Trx;
  caller: Caller;
  /** Adds an audit event; they are written together, after the work, in one statement. */
  audit(entry: AuditEntry): Promise<void>;
  /** Takes the audit events added so far, for a writer that writes them in its own statement. */
  takeAudit(): AuditRow[];
}

/** Which family the request changes (locked with the tenant settings, in one statement). */
export type FamilyLock = Pick<TenantOptions, 'lockSubscriberId' | 'lockFamilyOfDependentId'>;

/** A revoked key is refused like any bad key. */
async function asCaller<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof KeyNotLiveError) throw unauthenticated('The API key is not valid');
    throw error;
  }
}

export interface WriteResult<T> {
  status: number;
  body: T;
}

export function readAs<T>(request: FastifyRequest, work: (trx: Trx) => Promise<T>): Promise<T> {
  return asCaller(() => inTenant(request.server.services.db, request.caller.organizationId, work, { apiKeyId: request.caller.apiKeyId }));
}

/** A read of one statement with only ids for parameters, in one round trip with its transaction. */
export function readOnce<R>(request: FastifyRequest, query: RawBuilder<R>): Promise<R[]> {
  return asCaller(() => readInOneTrip(request.server.services.db, request.caller.organizationId, request.caller.apiKeyId, query));
}

/**
 * A read that shows personal data in full (a sent file's content): the audit event it records commits
 * with the read, so a read that is answered is a read that is recorded. Not idempotent-stored: the
 * answer holds personal data.
 */
export function readAudited<T>(request: FastifyRequest, work: (trx: Trx, audit: (entry: AuditEntry) => void) => Promise<T>): Promise<T> {
  const caller = request.caller;
  return asCaller(() =>
    inTenant(request.server.services.db, caller.organizationId, async (trx) => {
      const pending: AuditRow[] = [];
      const result = await work(trx, (entry) => {
        pending.push(auditRow(caller, entry));
      });
      await insertAudit(trx, pending);
      return result;
    }, { apiKeyId: caller.apiKeyId }),
  );
}

const auditRow = (caller: Caller, entry: AuditEntry): AuditRow => ({
  organization_id: caller.organizationId,
  api_key_id: caller.apiKeyId,
  resource_type: entry.resource_type,
  resource_id: entry.resource_id,
  action: entry.action,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

async function insertAudit(trx: Trx, rows: AuditRow[]): Promise<void> {
  if (!rows.length) return;
  await trx
    .insertInto('audit_events')
    .values(rows.map((row) => ({ ...row, before: row.before === null ? null : json(row.before), after: row.after === null ? null : json(row.after) })))
    .execute();
}

const IDEMPOTENCY_HEADER = 'idempotency-key';
const UNIQUE_VIOLATION = '23505';

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n`)
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
}

function idempotencyKey(request: FastifyRequest): string | undefined {
  const value = request.headers[IDEMPOTENCY_HEADER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length < 1 || value.length > 255 || value.includes('\u0000')) {
    throw invalid('Idempotency-Key', 'Idempotency-Key must be 1 to 255 characters');
  }
  return value;
}

/**
 * Serializes the answer with the route's own serializer for its status — the one Fastify will send it
 * with — while the transaction is still open. An answer that cannot be produced (it breaks the route's
 * response schema) then rolls the change back, so the 500 that follows ("the change was not made") is true.
 */
function assertAnswerCanBeSent(request: FastifyRequest, reply: FastifyReply, result: WriteResult<unknown>): void {
  reply.code(result.status);
  try {
    reply.serialize(result.body);
  } catch (error) {
    throw new Error(`The ${result.status} answer of ${request.method} ${request.routeOptions.url} does not fit its response schema; the change is rolled back`, { cause: error });
  }
}

/** Carries a dry run's answer out of its transaction, which rolls back on the way. */
class DryRunRollback<T> extends Error {
  constructor(readonly outcome: WriteResult<T> & { replayed: boolean }) {
    super('dry run: rolled back');
  }
}

export interface WriteOptions {
  /**
   * Do all of the work — every statement, the audit events, the answer's check — then roll it all back:
   * the answer is what the real request would answer, and nothing of it persists. An Idempotency-Key
   * is checked for form but neither looked up nor stored (a dry run changes nothing to repeat).
   */
  dryRun?: boolean;
}

export async function writeOnce<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (context: WriteContext) => Promise<WriteResult<T>>,
  lock: FamilyLock = {},
  options: WriteOptions = {},
): Promise<T> {
  const { db } = request.server.services;
  const caller = request.caller;
  const checkedKey = idempotencyKey(request);
  const key = options.dryRun ? undefined : checkedKey;
  const hash = key ? requestHash(request) : '';

  const attempt = () =>
    asCaller(() => inTenant(db, caller.organizationId, async (trx) => {
      if (key) {
        const earlier = await trx
          .selectFrom('idempotency_keys')
          .select(['request_hash', 'response_status', 'response_body'])
          .where('organization_id', '=', caller.organizationId)
          .where('key', '=', key)
          .executeTakeFirst();
        if (earlier) {
          if (earlier.request_hash !== hash) {
            throw conflict('idempotency_key_reused', 'This Idempotency-Key was used with a different request; use a new key for a new request', 'Idempotency-Key');
          }
          return { status: earlier.response_status, body: earlier.response_body as T, replayed: true };
        }
      }
      let pending: AuditRow[] = [];
      const context: WriteContext = {
        trx,
        caller,
        async audit(entry) {
          pending.push(auditRow(caller, entry));
        },
        takeAudit() {
          const taken = pending;
          pending = [];
          return taken;
        },
      };
      const result = await work(context);
      await insertAudit(trx, pending);
      assertAnswerCanBeSent(request, reply, result);
      if (options.dryRun) throw new DryRunRollback<T>({ ...result, replayed: false });
      if (key) {
        await trx
          .insertInto('idempotency_keys')
          .values({
            organization_id: caller.organizationId,
            key,
            method: request.method,
            path: request.url,
            request_hash: hash,
            response_status: result.status,
            response_body: json(result.body),
          })
          .execute();
      }
      return { ...result, replayed: false };
    }, { apiKeyId: caller.apiKeyId, genericPlans: true, ...lock }));

  let outcome;
  try {
    outcome = await attempt();
  } catch (error) {
    if (error instanceof DryRunRollback) return finish(error.outcome as WriteResult<T> & { replayed: boolean });
    // The same key sent twice at once: the second waited for the first to commit; replay its answer.
    if (key && (error as { code?: string }).code === UNIQUE_VIOLATION && String((error as Error).message).includes('idempotency_keys')) {
      outcome = await attempt();
    } else {
      throw error;
    }
  }
  return finish(outcome);

  function finish(done: WriteResult<T> & { replayed: boolean }): T {
    if (done.replayed) reply.header('Idempotent-Replayed', 'true');
    reply.code(done.status);
    return done.body;
  }
}
