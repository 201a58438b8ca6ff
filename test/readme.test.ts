// The README, followed by a newcomer: its ```sh blocks run in order, in one bash, against the real
// server started as the quick start says; any failing command fails the test, naming its block.
// Not run: the quick start's `npm install && npm start` (this test starts that server itself) and the
// `npm test` blocks (the suite this test is part of). ```console blocks are shown, not run (commands that
// need the server stopped).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const startsServer = (block: string) => block.trim() === 'npm install && npm start';
const runsSuite = (block: string) => /(^|\s)npm test\s*$/m.test(block);

let server: ServerProcess | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  server?.child.kill('SIGTERM');
  if (server) await server.exited;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('README', () => {
  it('has the quick start, and skips only it and the test-suite blocks', () => {
    expect(blocks.filter(startsServer)).toHaveLength(1);
    expect(blocks.filter((b) => !startsServer(b) && runsSuite(b)).every((b) => b.trim().split('\n').every((line) => /npm test$/.test(line)))).toBe(true);
    expect(blocks.filter((b) => !startsServer(b) && !runsSuite(b)).length).toBeGreaterThanOrEqual(6);
  });

  it('runs every shell example in order after the quick start', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-readme-'));
    // The webhook section asks for ENROLL_WEBHOOKS_ALLOW_PRIVATE=true, for its receiver on 127.0.0.1.
    server = await startServerProcess({ DATABASE_URL: '', ENROLL_DATA_DIR: dataDir, ENROLL_WEBHOOKS_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'warn' });
    const key = server.devKey();
    expect(key, server.output()).toBeDefined();
    const runnable = blocks.filter((b) => !startsServer(b) && !runsSuite(b));
    // The two placeholders a reader fills in: the printed key, and the URL (here on a free port).
    const first = runnable[0]!;
    expect(first).toMatch(/^KEY=enr_\.\.\. /m);
    expect(first).toMatch(/^BASE=http:\/\/127\.0\.0\.1:3000$/m);
    runnable[0] = first.replace(/^KEY=enr_\.\.\. /m, `KEY=${key} `).replace(/^BASE=http:\/\/127\.0\.0\.1:3000$/m, `BASE=${server.url}`);
    const script = ['set -eo pipefail', ...runnable.flatMap((block, i) => [`echo "::block ${i + 1}::"`, block])].join('\n');

    const child = spawn('bash', ['-c', script], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const failedBlock = [...output.matchAll(/::block (\d+)::/g)].pop()?.[1];
    expect(code, `README block ${failedBlock} failed:\n${runnable[Number(failedBlock) - 1]}\n--- output ---\n${output.slice(-4000)}`).toBe(0);
    expect(Number(failedBlock)).toBe(runnable.length);

    // What the README's comments promise, seen in what the commands printed.
    expect(output).toMatch(/"status":"synced"/);
    expect(output).toMatch(/"first_name":"Ada"/); // the search finds her
    expect(output).toMatch(/webhook: \{"id":"[^"]+","type":"test\.ping"/);
    expect(output).toMatch(/"state":"validated"/);
    expect(output).toMatch(/"state":"completed"/);
    expect(output).not.toMatch(/plan_not_found/);
    expect(output).toMatch(/^Usage: enroll <command>/m);
  }, 300_000);
});
