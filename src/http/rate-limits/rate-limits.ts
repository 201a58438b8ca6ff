// Abuse limits (@fastify/rate-limit): requests per source address, requests per API key, and — much
// fewer — requests with a bad key per address, so keys cannot be guessed or the database flooded with
// look-ups. Over a limit: 429 with Retry-After and our error body. /health is never limited: load
// balancers poll it.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { ApiError } from '../errors.ts';
import { rateLimitStoreOf, type HitCounter } from './hit-counter.ts';

export type RateLimits = NonNullable<Config['rateLimits']>;

export interface KeyLimitHooks {
  /** Before the key is checked: refuses an address that sent too many bad keys, without looking the key up. */
  beforeAuthentication(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** After a 401: counts the bad key against the address. */
  afterBadKey(request: FastifyRequest): Promise<void>;
  /** After a good key: counts the request against the key. */
  afterAuthentication(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

const UNLIMITED_ROUTES = new Set(['/health']);

export function rateLimited(reply: FastifyReply, resetInMs: number, message: string): ApiError {
  const seconds = Math.max(1, Math.ceil(resetInMs / 1000));
  reply.header('retry-after', String(seconds));
  return new ApiError(429, [{ error_type: 'rate_limited', message: `${message}; try again in ${seconds} s`, parameter: null }]);
}

/**
 * Registers the per-address limit (an onRequest hook: add it before authentication) and answers the
 * hooks authentication calls for the key limits. No limits configured: nothing is registered.
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits | undefined, counter: HitCounter): Promise<KeyLimitHooks | undefined> {
  if (!limits) return undefined;
  await app.register(rateLimit, { global: false, store: rateLimitStoreOf(counter, limits.windowMs) });
  const window = { timeWindow: limits.windowMs };
  const perAddress = limits.perAddress ? app.createRateLimit({ ...window, max: limits.perAddress, keyGenerator: (request) => `address:${request.ip}` }) : undefined;
  const perKey = limits.perKey ? app.createRateLimit({ ...window, max: limits.perKey, keyGenerator: (request) => `key:${request.caller.apiKeyId}` }) : undefined;
  const badKeyCounter = (request: FastifyRequest) => `bad-key:${request.ip}`;

  app.addHook('onRequest', async (request, reply) => {
    if (!perAddress || UNLIMITED_ROUTES.has(request.routeOptions.url ?? '')) return;
    const count = await perAddress(request);
    if (!count.isAllowed && count.isExceeded) throw rateLimited(reply, count.ttl, 'Too many requests from this address');
  });

  return {
    async beforeAuthentication(request, reply) {
      if (!limits.badKeysPerAddress) return;
      const bad = await counter.peek(badKeyCounter(request));
      if (bad && bad.count >= limits.badKeysPerAddress) throw rateLimited(reply, bad.resetInMs, 'Too many requests with a missing or invalid API key from this address');
    },
    async afterBadKey(request) {
      if (limits.badKeysPerAddress) await counter.hit(badKeyCounter(request), limits.windowMs);
    },
    async afterAuthentication(request, reply) {
      if (!perKey) return;
      const count = await perKey(request);
      if (count.isAllowed) return;
      reply.header('x-ratelimit-limit', String(count.max));
      reply.header('x-ratelimit-remaining', String(count.remaining));
      if (count.isExceeded) throw rateLimited(reply, count.ttl, 'Too many requests with this API key');
    },
  };
}
