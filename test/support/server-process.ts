// The real program in a child process, as `npm start` runs it: for the tests that a user's two
// commands must pass, and for crashes (kill -9) that no in-process test can show.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/enroll.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** The API key printed on a line of its own at the first start, if any. */
  devKey(): string | undefined;
  exited: Promise<number | null>;
}

export function runEnroll(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let text = '';
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** `enroll start` (or `args`), once it printed its URL and, for start, that its worker runs. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000, args = ['start']): Promise<ServerProcess> {
  const run = runEnroll(args, { PORT: '0', ...env });
  const worker = args[0] === 'start' && env.ENROLL_WORKER !== 'off';
  const deadline = Date.now() + timeoutMs;
  let exitedEarly = false;
  run.exited.then(() => (exitedEarly = true));
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/\S+)/.exec(run.output());
    if (match && (run.output().includes('Transmission worker') || !worker)) {
      return { ...run, url: match[1]!, devKey: () => /^(enr_[0-9a-f]{12}_[0-9a-f]{64})$/m.exec(run.output())?.[1] };
    }
    if (exitedEarly) throw new Error(`enroll ${args[0]} exited early:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  run.child.kill('SIGKILL');
  throw new Error(`enroll ${args[0]} did not report its URL in time:\n${run.output()}`);
}
