// The Dockerfile and compose.yaml, checked with what this machine has (no container engine): the
// image's start command, user, health check and environment; the compose services and what they
// are given; and that the image's own start command, run here, serves /health as the HEALTHCHECK asks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
// Instructions with their continuation lines joined, comments dropped.
const instructions = dockerfile.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
const last = (keyword: string) => instructions.filter((line) => line.startsWith(`${keyword} `)).pop()?.slice(keyword.length + 1).trim();
const json = (text: string | undefined) => JSON.parse(text ?? 'null') as string[];
const env = Object.fromEntries(instructions.filter((l) => l.startsWith('ENV ')).flatMap((l) => [...l.slice(4).matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])));
const startCommand = [...json(last('ENTRYPOINT')), ...json(last('CMD'))];
const healthCheck = json(last('HEALTHCHECK')?.replace(/^.*?CMD\s+/, ''));
const compose = parse(fs.readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8'));

describe('Dockerfile', () => {
  it('builds in stages and runs `enroll serve` as a non-root user, with a health check on /health', () => {
    expect(instructions.filter((l) => l.startsWith('FROM ')).length).toBeGreaterThanOrEqual(2);
    expect(instructions.filter((l) => l.startsWith('FROM ')).every((l) => /^FROM node:20\b/.test(l))).toBe(true);
    expect(instructions).toContain('RUN npm ci --omit=dev --no-audit --no-fund');
    expect(last('USER')).toBe('node');
    expect(startCommand).toEqual(['node', 'bin/enroll.js', 'serve']);
    expect(healthCheck.slice(0, 2)).toEqual(['node', '-e']);
    expect(healthCheck[2]).toContain('/health');
    expect(env).toMatchObject({ HOST: '0.0.0.0', PORT: '3000', ENROLL_DATA_DIR: '/data' });
    // Everything the start command loads is copied into the image.
    for (const copied of ['bin', 'src', 'package.json']) expect(dockerfile).toMatch(new RegExp(`^COPY .*\\b${copied}\\b`, 'm'));
  });
});

describe('compose.yaml', () => {
  it('runs PostgreSQL, the API (enroll serve) and a worker (enroll worker) on one database and key', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'postgres', 'worker']);
    const { api, worker, postgres } = compose.services;
    expect(postgres.image).toMatch(/^postgres:\d+/);
    expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(api.command).toEqual(['serve']);
    expect(worker.command).toEqual(['worker']);
    for (const service of [api, worker]) {
      expect(service.build).toBe('.');
      expect(service.environment.DATABASE_URL).toMatch(/^postgres:\/\/enroll:.*@postgres:5432\/enroll$/);
      // The key must be given: compose refuses to start without it rather than invent one.
      expect(service.environment.ENROLL_ENCRYPTION_KEY).toMatch(/^\$\{ENROLL_ENCRYPTION_KEY:\?/);
      expect(service.depends_on.postgres.condition).toBe('service_healthy');
    }
    expect(api.ports).toEqual(['3000:3000']);
    expect(worker.ports).toBeUndefined();
  });
});

describe("the image's start command, here", () => {
  it('serves the API, and the HEALTHCHECK command passes against it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-image-'));
    // The image's environment, but on a free port of this machine's loopback and a temporary data folder.
    const childEnv = { ...process.env, ...env, HOST: '127.0.0.1', PORT: '0', ENROLL_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
    const [command, ...args] = startCommand;
    const child = spawn(command === 'node' ? process.execPath : command!, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    try {
      const deadline = Date.now() + 60_000;
      let port: string | undefined;
      while (!port && Date.now() < deadline) {
        port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
        if (!port) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(port, output).toBeDefined();
      expect(output).not.toContain('Transmission worker'); // serve is the API alone; the worker is its own service
      const check = spawn(process.execPath, healthCheck.slice(1), { env: { ...childEnv, PORT: port! }, stdio: 'ignore' });
      expect(await new Promise((resolve) => check.on('exit', resolve))).toBe(0);
      // And it fails when nothing answers, so the check means something.
      const dead = spawn(process.execPath, healthCheck.slice(1), { env: { ...childEnv, PORT: '9' }, stdio: 'ignore' });
      expect(await new Promise((resolve) => dead.on('exit', resolve))).toBe(1);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
