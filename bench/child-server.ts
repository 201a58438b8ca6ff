// A server under test in processes of its own, apart from the load generator: spawned, awaited until
// it prints "listening on URL", stopped with SIGTERM (which it passes on to its own processes).
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface ChildServer {
  url: string;
  stop(): Promise<void>;
}

export async function startChildServer(args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<ChildServer> {
  // BENCH_PROFILE=dir: each server process writes a CPU profile there (node --cpu-prof) when it stops.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, ...args], { cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not say where it listens in time:\n${output}`)), timeoutMs);
    const look = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', look);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`${args.join(' ')} stopped with exit code ${code}:\n${output.slice(-2000)}`);
    },
  };
}
