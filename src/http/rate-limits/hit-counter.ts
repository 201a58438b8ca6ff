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
  /** Writes what is counted but not yet shared (a counter that batches; called on shutdown). */
  flush?(): Promise<void>;
}

const MEMORY_KEYS = 100_000;

/** The entry of `key` if its window is still open; a closed one is dropped. */
function openEntry<T extends { resetsAt: number }>(entries: Map<string, T>, key: string, now: number): T | undefined {
  const entry = entries.get(key);
  if (entry && entry.resetsAt <= now) {
    entries.delete(key);
    return undefined;
  }
  return entry;
}

/** Bounded memory under a flood of addresses: the oldest entries go first (Map keeps insertion order). */
function setBounded<T>(entries: Map<string, T>, key: string, entry: T): void {
  if (!entries.has(key) && entries.size >= MEMORY_KEYS) entries.delete(entries.keys().next().value!);
  entries.set(key, entry);
}


export function memoryHitCounter(now: () => number = Date.now): HitCounter {
  const windows = new Map<string, { count: number; resetsAt: number }>();
  return {
    async hit(key, windowMs) {
      let window = openEntry(windows, key, now());
      if (!window) {
        window = { count: 0, resetsAt: now() + windowMs };
        setBounded(windows, key, window);
      }
      window.count++;
      return { count: window.count, resetInMs: window.resetsAt - now() };
    },
    async peek(key) {
      const window = openEntry(windows, key, now());
      return window && { count: window.count, resetInMs: window.resetsAt - now() };
    },
  };
}

const SWEEP_EVERY_HITS = 500;

/**
 * One row per key in `rate_limit_windows`, so every process sees the same count; keys' hits are added
 * in one upsert. Keys are hashed: the table holds no addresses. Expired rows are swept now and then.
 */
export function postgresHitCounter(db: Db): SharedCounter {
  let hitsSinceSweep = 0;
  const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');
  const toCount = (row: { hits: number; reset_in_ms: number | string }): WindowCount => ({ count: Number(row.hits), resetInMs: Math.max(0, Math.ceil(Number(row.reset_in_ms))) });
  return {
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
  };
}

const FLUSH_MS = 250;
const PEEK_FRESH_MS = 1000;

interface SharedCounter {
  add(deltas: Array<{ key: string; hits: number; windowMs: number }>): Promise<Map<string, WindowCount>>;
  peekMany(keys: string[]): Promise<Map<string, WindowCount>>;
}

/**
 * The PostgreSQL count without a statement on the request path: hits are counted here and added to the
 * shared rows in one statement every FLUSH_MS, which also brings back every process's total (and the
 * counts peeked at). Once a key's count reaches half its limit, each hit goes to the database at once,
 * so the limit itself is exact across processes; below it a count is at most FLUSH_MS behind, and a
 * peek (the bad-key check on every request) answers from the last count read, refreshed in the
 * background once it is PEEK_FRESH_MS old.
 */
export function batchedHitCounter(shared: SharedCounter, now: () => number = Date.now): HitCounter {
  const local = new Map<string, { known: number; unsynced: number; resetsAt: number; windowMs: number; readAt: number }>();
  const toRead = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // The flush is the counter's, not the request's that happened to schedule it: bound to the context
  // the counter was made in.
  const later = AsyncResource.bind((work: () => void) => setTimeout(work, FLUSH_MS).unref());
  const schedule = () => (timer ??= later(() => void flush().catch(() => {})));
  /** A shared total as now known; hits counted here meanwhile (while it was on its way) stay unsynced. */
  const remember = (key: string, windowMs: number, count: WindowCount) => {
    const unsynced = local.get(key)?.unsynced ?? 0;
    setBounded(local, key, { known: count.count, unsynced, resetsAt: now() + count.resetInMs, windowMs, readAt: now() });
    return { count: count.count + unsynced, resetInMs: count.resetInMs };
  };
  /** The hits counted here and not yet shared, taken for sharing. */
  const take = (key: string) => {
    const entry = local.get(key);
    const hits = entry?.unsynced ?? 0;
    if (entry) entry.unsynced = 0;
    return hits;
  };
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const deltas = [...local].filter(([, entry]) => entry.unsynced > 0).map(([key, entry]) => ({ key, hits: take(key), windowMs: entry.windowMs }));
    for (const { key } of deltas) toRead.delete(key);
    const reads = [...toRead];
    toRead.clear();
    if (deltas.length) {
      const totals = await shared.add(deltas);
      for (const { key, windowMs } of deltas) remember(key, windowMs, totals.get(key)!);
    }
    if (reads.length) {
      const counts = await shared.peekMany(reads);
      // No window is news too: kept as a count of nothing.
      for (const key of reads) remember(key, local.get(key)?.windowMs ?? PEEK_FRESH_MS, counts.get(key) ?? { count: 0, resetInMs: PEEK_FRESH_MS });
    }
  }
  return {
    flush,
    async hit(key, windowMs, max) {
      const entry = openEntry(local, key, now());
      const estimate = (entry?.known ?? 0) + (entry?.unsynced ?? 0) + 1;
      if (max === undefined || estimate * 2 >= max) {
        const totals = await shared.add([{ key, hits: take(key) + 1, windowMs }]);
        return remember(key, windowMs, totals.get(key)!);
      }
      const counted = entry ?? { known: 0, unsynced: 0, resetsAt: now() + windowMs, windowMs, readAt: now() };
      counted.unsynced++;
      setBounded(local, key, counted);
      schedule();
      return { count: estimate, resetInMs: Math.max(0, counted.resetsAt - now()) };
    },
    async peek(key) {
      const entry = openEntry(local, key, now());
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
