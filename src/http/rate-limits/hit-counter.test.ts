// The batched counter in front of PostgreSQL's shared count: hits below half the limit are counted here
// and shared later, none is lost while a write of them is on its way, and near the limit every hit is
// shared at once. The shared side here is an in-memory table with the same add/peekMany answers.
import { describe, expect, it } from 'vitest';
import { batchedHitCounter, type WindowCount } from './hit-counter.ts';

function sharedTable() {
  const hits = new Map<string, number>();
  return {
    hits,
    /** While held, an add has counted but not yet answered, as on a slow database; `pending` releases it. */
    held: false,
    pending: [] as Array<() => void>,
    async add(deltas: Array<{ key: string; hits: number; windowMs: number }>) {
      for (const d of deltas) hits.set(d.key, (hits.get(d.key) ?? 0) + d.hits);
      const answer = new Map<string, WindowCount>(deltas.map((d) => [d.key, { count: hits.get(d.key)!, resetInMs: 60_000 }]));
      if (this.held) await new Promise<void>((resolve) => this.pending.push(resolve));
      return answer;
    },
    async peekMany(keys: string[]) {
      return new Map<string, WindowCount>(keys.filter((k) => hits.has(k)).map((k) => [k, { count: hits.get(k)!, resetInMs: 60_000 }]));
    },
  };
}

describe('the batched hit counter', () => {
  it('shares every hit, including those counted while a flush was on its way', async () => {
    const shared = sharedTable();
    const counter = batchedHitCounter(shared);
    for (let i = 0; i < 5; i++) await counter.hit('key:a', 60_000, 1000);
    expect(shared.hits.get('key:a') ?? 0).toBe(0); // counted here, not yet shared
    shared.held = true;
    const flushing = counter.flush!();
    for (let i = 0; i < 3; i++) await counter.hit('key:a', 60_000, 1000); // while the write is held
    shared.pending.splice(0).forEach((resolve) => resolve());
    await flushing;
    shared.held = false;
    expect(shared.hits.get('key:a')).toBe(5);
    expect((await counter.hit('key:a', 60_000, 1000)).count).toBe(9);
    await counter.flush!();
    expect(shared.hits.get('key:a')).toBe(9);
  });

  it('shares each hit at once from half the limit on, so the limit holds across processes', async () => {
    const shared = sharedTable();
    const [one, two] = [batchedHitCounter(shared), batchedHitCounter(shared)];
    expect((await one.hit('key:b', 60_000, 2)).count).toBe(1);
    expect((await two.hit('key:b', 60_000, 2)).count).toBe(2);
    expect((await one.hit('key:b', 60_000, 2)).count).toBe(3);
    expect(shared.hits.get('key:b')).toBe(3);
  });
});
