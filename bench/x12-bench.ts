// (d) An 834 of 100,000 members: time and peak memory to write it (our streaming writer) and to parse
// it (our streaming reader), beside an independent parser (node-x12) reading the same file, all in
// this run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodeX12 from 'node-x12';
import { generate834, stream834, type Member834 } from '../src/carriers/x12/index.ts';
import { x12Enrollment, x12Families } from '../src/imports/x12/testing/generate-834.ts';

export interface PhaseFigure {
  seconds: number;
  peakMb: number;
  members: number;
}

/** Runs `work` while sampling resident memory; the peak is above the level just before it started. */
async function measure(work: () => Promise<number>): Promise<PhaseFigure> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const members = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, peakMb: Math.round((peak - before) / 1e6), members };
}

/** Members made a thousand families at a time, so the writer's memory is the writer's. */
function* members(target: number): Generator<Member834> {
  let made = 0;
  for (let chunk = 0; made < target; chunk++) {
    for (const family of x12Families({ families: 1000, seed: chunk + 1, prefix: `C${chunk}-`, coverageStartDate: '2026-01-01' })) {
      for (const member of family) {
        if (made++ >= target) return;
        yield member;
      }
    }
  }
}

export async function benchX12(memberCount: number) {
  const file = path.join(os.tmpdir(), `oe-bench-${memberCount}.834`);
  const write = await measure(async () => {
    const out = fs.createWriteStream(file);
    let count = 0;
    const enrollment = { ...x12Enrollment({ families: 0, coverageStartDate: '2026-01-01' }, []), members: (function* () { for (const m of members(memberCount)) { count++; yield m; } })() };
    for (const segment of generate834(enrollment, { lineBreak: '\n' })) {
      if (!out.write(segment)) await new Promise<void>((resolve) => { out.once('drain', () => resolve()); });
    }
    await new Promise<void>((resolve) => { out.end(() => resolve()); });
    return count;
  });
  const ours = await measure(async () => {
    let count = 0;
    for await (const event of stream834(fs.createReadStream(file))) if (event.type === 'member') count++;
    return count;
  });
  const independent = await measure(async () => {
    const interchange = new nodeX12.X12Parser(true).parse(fs.readFileSync(file, 'utf8')) as { functionalGroups: Array<{ transactions: Array<{ segments: Array<{ tag: string }> }> }> };
    return interchange.functionalGroups[0]!.transactions[0]!.segments.filter((segment) => segment.tag === 'INS').length;
  });
  const bytes = fs.statSync(file).size;
  fs.rmSync(file, { force: true });
  return { write, ours, independent, bytes };
}
