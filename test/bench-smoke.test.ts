// The benchmark itself runs and prints its table of figures and ratios (tiny sizes, embedded database
// only: the real run is `npm run bench`, outside the test suite).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

it('runs, prints each measure beside its baseline with a ratio, and writes JSON', async () => {
  const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oe-bench-')), 'bench.json');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/run.ts', '--db', 'pglite', '--census', '200', '--x12-members', '2000', '--send', '60', '--seconds', '1', '--json', json], { cwd: path.resolve(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  expect(code, output).toBe(0);
  expect(output).toMatch(/ours \/ baseline/);
  for (const measure of ['enrollments/s', 'GET /subscribers/:id', 'census import', 'write an 834', 'parse the same 834', 'families imported → all synced']) expect(output).toContain(measure);
  const written = JSON.parse(fs.readFileSync(json, 'utf8'));
  expect(written.results).toHaveLength(6);
  const sent = written.results.find((row: { measure: string }) => row.measure.includes('all synced'));
  expect(sent.detail.families).toBe(60);
  expect(sent.detail.sending.requests).toBeGreaterThan(0);
  for (const row of written.results) expect(Number(row.ratio)).toBeGreaterThan(0);
}, 120_000);
