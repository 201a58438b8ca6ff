// Fixed-window hit counters behind the abuse limits: in memory for one process (PGlite, which is one
// process anyway), in PostgreSQL when several API processes must share one count.
import { AsyncResource } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { sql } from '../../db/database.ts';

export interface WindowCount {
  count: number;
  /** Milliseconds until the window closes and the count starts again. */
  resetInMs: number;
}

export interface HitCounter {
  /**
   * Adds one hit to `key`'s window (opening one of `windowMs` if none is open); answers the count.
   * `max`, the limit the count is held to, lets a shared counter batch the hits far below it.
   */
  hit(key: string, windowMs: number, max?: number): Promise<WindowCount>;
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
export function postgresHitCounter(db: Db): SharedCounter {
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
    /** Adds each key's hits in one statement; answers every key's total. */
    async add(deltas) {
      if (++hitsSinceSweep >= SWEEP_EVERY_HITS) {
        hitsSinceSweep = 0;
        await sql`DELETE FROM rate_limit_windows WHERE resets_at <= now()`.execute(db);
      }
      const keys = deltas.map((d) => hashed(d.key));
      const { rows } = await sql<{ key: string; hits: number; reset_in_ms: number }>`
        INSERT INTO rate_limit_windows AS w (key, hits, resets_at)
        SELECT t.key, t.hits, clock_timestamp() + t.window_ms * interval '1 millisecond'
        FROM unnest(${keys}::text[], ${deltas.map((d) => d.hits)}::int[], ${deltas.map((d) => d.windowMs)}::int[]) AS t(key, hits, window_ms)
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN w.resets_at <= clock_timestamp() THEN excluded.hits ELSE w.hits + excluded.hits END,
          resets_at = CASE WHEN w.resets_at <= clock_timestamp() THEN excluded.resets_at ELSE w.resets_at END
        RETURNING w.key, w.hits, extract(epoch FROM w.resets_at - clock_timestamp()) * 1000 AS reset_in_ms`.execute(db);
      const byHash = new Map(rows.map((row) => [row.key, toCount(row)]));
      return new Map(deltas.map((d, i) => [d.key, byHash.get(keys[i]!)!]));
    },
    async peekMany(keys) {
      const hashes = keys.map(hashed);
      const { rows } = await sql<{ key: string; hits: number; reset_in_ms: number }>`
        SELECT key, hits, extract(epoch FROM resets_at - clock_timestamp()) * 1000 AS reset_in_ms
        FROM rate_limit_windows WHERE key = ANY(${hashes}::text[]) AND resets_at > clock_timestamp()`.execute(db);
      const byHash = new Map(rows.map((row) => [row.key, toCount(row)]));
      return new Map(keys.flatMap((key, i) => (byHash.has(hashes[i]!) ? [[key, byHash.get(hashes[i]!)!] as const] : [])));
    },
    async peek(key) {
      const { rows } = await sql<{ hits: number; reset_in_ms: number }>`
        SELECT hits, extract(epoch FROM resets_at - clock_timestamp()) * 1000 AS reset_in_ms
        FROM rate_limit_windows WHERE key = ${hashed(key)} AND resets_at > clock_timestamp()`.execute(db);
      return rows[0] && toCount(rows[0]);
    },
  };
}

const FLUSH_MS = 250;
const PEEK_FRESH_MS = 1000;

type SharedCounter = HitCounter & {
  add(deltas: Array<{ key: string; hits: number; windowMs: number }>): Promise<Map<string, WindowCount>>;
  peekMany(keys: string[]): Promise<Map<string, WindowCount>>;
};

/**
 * The PostgreSQL count without a statement on the request path: hits are counted here and added to the
 * shared rows in one statement every FLUSH_MS, which also brings back every process's total (and the
 * counts peeked at). Once a key's count reaches half its limit, each hit goes to the database at once,
 * so the limit itself is exact across processes; below it a count is at most FLUSH_MS behind, and a
 * peek (the bad-key check on every request) answers from the last count read, refreshed in the
 * background once it is PEEK_FRESH_MS old.
 */
export function batchedHitCounter(shared: SharedCounter, now: () => number = Date.now): HitCounter & { flush(): Promise<void> } {
  const local = new Map<string, { known: number; unsynced: number; resetsAt: number; windowMs: number; readAt: number }>();
  const toRead = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // The flush is the counter's, not the request's that happened to schedule it: bound to the context
  // the counter was made in.
  const later = AsyncResource.bind((work: () => void) => setTimeout(work, FLUSH_MS).unref());
  const schedule = () => (timer ??= later(() => void flush().catch(() => {})));
  const remember = (key: string, windowMs: number, count: WindowCount) => {
    const entry = { known: count.count, unsynced: 0, resetsAt: now() + count.resetInMs, windowMs, readAt: now() };
    if (local.size >= MEMORY_KEYS) local.delete(local.keys().next().value!);
    local.set(key, entry);
    return entry;
  };
  const open = (key: string) => {
    const entry = local.get(key);
    if (entry && entry.resetsAt <= now()) {
      local.delete(key);
      return undefined;
    }
    return entry;
  };
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const deltas = [...local].filter(([, entry]) => entry.unsynced > 0).map(([key, entry]) => ({ key, hits: entry.unsynced, windowMs: entry.windowMs }));
    for (const { key } of deltas) {
      local.get(key)!.unsynced = 0;
      toRead.delete(key);
    }
    const reads = [...toRead];
    toRead.clear();
    if (deltas.length) {
      const totals = await shared.add(deltas);
      for (const { key, windowMs } of deltas) remember(key, windowMs, totals.get(key)!);
    }
    if (reads.length) {
      const counts = await shared.peekMany(reads);
      for (const key of reads) {
        const count = counts.get(key);
        // No window is news too: kept as a count of nothing.
        remember(key, local.get(key)?.windowMs ?? PEEK_FRESH_MS, count ?? { count: 0, resetInMs: PEEK_FRESH_MS });
      }
    }
  }
  return {
    flush,
    async hit(key, windowMs, max) {
      const entry = open(key);
      const estimate = (entry?.known ?? 0) + (entry?.unsynced ?? 0) + 1;
      if (max === undefined || estimate * 2 >= max) {
        const totals = await shared.add([{ key, hits: (entry?.unsynced ?? 0) + 1, windowMs }]);
        const count = totals.get(key)!;
        remember(key, windowMs, count);
        return count;
      }
      const counted = entry ?? { known: 0, unsynced: 0, resetsAt: now() + windowMs, windowMs, readAt: now() };
      counted.unsynced++;
      local.set(key, counted);
      schedule();
      return { count: estimate, resetInMs: Math.max(0, counted.resetsAt - now()) };
    },
    async peek(key) {
      const entry = open(key);
      if (!entry || now() - entry.readAt >= PEEK_FRESH_MS) {
        toRead.add(key);
        schedule();
      }
      return entry && { count: entry.known + entry.unsynced, resetInMs: entry.resetsAt - now() };
    },
  };
}

/** The counter as a store of @fastify/rate-limit (its `incr(key, callback, timeWindow, max)` protocol). */
export function rateLimitStoreOf(counter: HitCounter, defaultWindowMs: number) {
  return class HitCounterStore {
    // The plugin passes each limiter's window and limit; its types leave the arguments out.
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number = defaultWindowMs, max?: number): void {
      counter.hit(key, timeWindow, max).then(
        (window) => callback(null, { current: window.count, ttl: window.resetInMs }),
        (error: Error) => callback(error),
      );
    }
    child(): HitCounterStore {
      return this;
    }
  };
}
