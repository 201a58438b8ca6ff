// Fixed-window hit counters behind the abuse limits: in memory for one process (PGlite, which is one
// process anyway), in PostgreSQL when several API processes must share one count.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { sql } from '../../db/database.ts';

export interface WindowCount {
  count: number;
  /** Milliseconds until the window closes and the count starts again. */
  resetInMs: number;
}

export interface HitCounter {
  /** Adds one hit to `key`'s window (opening one of `windowMs` if none is open); answers the count. */
  hit(key: string, windowMs: number): Promise<WindowCount>;
  /** The open window's count without adding to it; undefined when none is open. */
  peek(key: string): Promise<WindowCount | undefined>;
}

const MEMORY_KEYS = 100_000;

export function memoryHitCounter(now: () => number = Date.now): HitCounter {
  const windows = new Map<string, { count: number; resetsAt: number }>();
  const open = (key: string) => {
    const window = windows.get(key);
    if (window && window.resetsAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return window;
  };
  return {
    async hit(key, windowMs) {
      let window = open(key);
      if (!window) {
        // Bounded memory under a flood of addresses: the oldest windows go first (Map keeps insertion order).
        if (windows.size >= MEMORY_KEYS) windows.delete(windows.keys().next().value!);
        window = { count: 0, resetsAt: now() + windowMs };
        windows.set(key, window);
      }
      window.count++;
      return { count: window.count, resetInMs: window.resetsAt - now() };
    },
    async peek(key) {
      const window = open(key);
      return window && { count: window.count, resetInMs: window.resetsAt - now() };
    },
  };
}

const SWEEP_EVERY_HITS = 500;

/**
 * One row per key in `rate_limit_windows`, counted in one upsert, so every process sees the same
 * count. Keys are hashed: the table holds no addresses. Expired rows are swept now and then.
 */
export function postgresHitCounter(db: Db): HitCounter {
  let hitsSinceSweep = 0;
  const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');
  const toCount = (row: { hits: number; reset_in_ms: number | string }): WindowCount => ({ count: Number(row.hits), resetInMs: Math.max(0, Math.ceil(Number(row.reset_in_ms))) });
  return {
    async hit(key, windowMs) {
      if (++hitsSinceSweep >= SWEEP_EVERY_HITS) {
        hitsSinceSweep = 0;
        await sql`DELETE FROM rate_limit_windows WHERE resets_at <= now()`.execute(db);
      }
      const { rows } = await sql<{ hits: number; reset_in_ms: number }>`
        INSERT INTO rate_limit_windows AS w (key, hits, resets_at)
        VALUES (${hashed(key)}, 1, clock_timestamp() + ${windowMs} * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN w.resets_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END,
          resets_at = CASE WHEN w.resets_at <= clock_timestamp() THEN excluded.resets_at ELSE w.resets_at END
        RETURNING hits, extract(epoch FROM resets_at - clock_timestamp()) * 1000 AS reset_in_ms`.execute(db);
      return toCount(rows[0]!);
    },
    async peek(key) {
      const { rows } = await sql<{ hits: number; reset_in_ms: number }>`
        SELECT hits, extract(epoch FROM resets_at - clock_timestamp()) * 1000 AS reset_in_ms
        FROM rate_limit_windows WHERE key = ${hashed(key)} AND resets_at > clock_timestamp()`.execute(db);
      return rows[0] && toCount(rows[0]);
    },
  };
}

/** The counter as a store of @fastify/rate-limit (its `incr(key, callback, timeWindow)` protocol). */
export function rateLimitStoreOf(counter: HitCounter, defaultWindowMs: number) {
  return class HitCounterStore {
    // The plugin passes each limiter's window; its types leave the argument out.
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number = defaultWindowMs): void {
      counter.hit(key, timeWindow).then(
        (window) => callback(null, { current: window.count, ttl: window.resetInMs }),
        (error: Error) => callback(error),
      );
    }
    child(): HitCounterStore {
      return this;
    }
  };
}
