// `enroll serve --processes N`, the real program in a child process: on PostgreSQL several API
// processes answer on one port, one that dies is started again while the others keep answering, and
// SIGTERM stops them all; the embedded database, which one process opens, refuses more than one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEnroll, startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './support/test-database.ts';

let server: ServerProcess | undefined;
let testDb: TestDatabase | undefined;
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited;
  await testDb?.drop();
});

/** GET /health on a connection of its own (no keep-alive), so each request may reach another process. */
function health(url: string): Promise<{ status: number; servedBy: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/health`, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, servedBy: Number(res.headers['x-served-by']) }));
      })
      .on('error', reject);
  });
}

async function servedBy(url: string, requests: number): Promise<{ statuses: number[]; pids: Set<number> }> {
  const answers = await Promise.all(Array.from({ length: requests }, () => health(url)));
  return { statuses: answers.map((a) => a.status), pids: new Set(answers.map((a) => a.servedBy)) };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!onPostgres)('enroll serve --processes 2 on PostgreSQL', () => {
  it('answers from two processes, starts again one that is killed while the other answers, and stops on SIGTERM', async () => {
    testDb = await createTestDatabase();
    server = await startServerProcess({ DATABASE_URL: testDb.url!, ENROLL_ENCRYPTION_KEY: randomBytes(32).toString('hex') }, 60_000, ['serve', '--processes', '2']);
    expect(server.output()).toContain('2 API processes');

    const first = await servedBy(server.url, 40);
    expect(first.statuses.every((s) => s === 200)).toBe(true);
    expect(first.pids.size).toBe(2);
    expect(first.pids.has(server.child.pid!)).toBe(false); // the primary serves nothing itself

    const [victim, survivor] = [...first.pids] as [number, number];
    process.kill(victim, 'SIGKILL');
    const deadline = Date.now() + 30_000;
    while (!server.output().includes('an API process exited; starting another') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(server.output()).toMatch(/"signal":"SIGKILL".*an API process exited; starting another/);

    // Every request is answered while the replacement starts, and then the replacement answers too.
    let pids = new Set<number>();
    while (Date.now() < deadline) {
      const round = await servedBy(server.url, 10);
      expect(round.statuses.every((s) => s === 200)).toBe(true);
      expect(round.pids.has(victim)).toBe(false);
      pids = round.pids;
      if (pids.size === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(pids.has(survivor)).toBe(true);
    expect(pids.size).toBe(2);
    const replacement = [...pids].find((pid) => pid !== survivor)!;

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(alive(survivor) || alive(replacement)).toBe(false);
    expect(server.output()).not.toMatch(/"level":50/);
    server = undefined;
  }, 90_000);

  it('fails as a whole, with the reason and exit code 1, when its processes cannot listen', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as net.AddressInfo).port;
      testDb ??= await createTestDatabase();
      const run = runEnroll(['serve', '--processes', '2'], { DATABASE_URL: testDb.url!, ENROLL_ENCRYPTION_KEY: randomBytes(32).toString('hex'), PORT: String(port) });
      expect(await run.exited, run.output()).toBe(1);
      expect(run.output()).toContain(`EADDRINUSE 127.0.0.1:${port}`);
      expect(run.output()).toContain('enroll: an API process stopped while starting');
    } finally {
      taken.close();
    }
  }, 60_000);
});

describe('more than one process on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-processes-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is refused with a message that says why, before anything is opened', async () => {
    for (const [args, env, setting] of [
      [['serve', '--processes', '2'], {}, '--processes 2'],
      [['start'], { ENROLL_PROCESSES: '3' }, 'ENROLL_PROCESSES=3'],
    ] as const) {
      const run = runEnroll([...args], { DATABASE_URL: '', ENROLL_DATA_DIR: dataDir, PORT: '0', ...env });
      expect(await run.exited, run.output()).toBe(2);
      expect(run.output()).toContain(`enroll: ${setting} needs PostgreSQL (DATABASE_URL)`);
      expect(run.output()).toContain('opened by one process at a time');
      expect(run.output()).not.toMatch(/\n\s+at /);
    }
    expect(fs.readdirSync(dataDir)).toEqual([]);
  }, 60_000);

  it('refuses a number of processes that is not a whole number of at least 1', async () => {
    const run = runEnroll(['serve', '--processes', '0'], { DATABASE_URL: '', ENROLL_DATA_DIR: dataDir, PORT: '0' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('--processes must be a whole number of at least 1, got "0"');
  }, 30_000);
});
