// `enroll serve|start` with several processes (PostgreSQL only), on node:cluster. The primary applies
// the migrations, then forks the API processes, which share one listening port (the primary accepts
// and hands connections out round-robin), and — for `start` — one process of its own for the
// transmission worker. It restarts a process that dies and, on SIGTERM/SIGINT, stops them all and
// waits for each to finish what it was doing. The primary itself serves nothing and runs no worker,
// so nothing slow ever stands between a connection and the process that answers it.
import cluster, { type Worker as Child } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { configuredCipher, openConfiguredDatabase, poolSizePerProcess, startServer, startWorker, workerSettings } from './server.ts';

export type ProcessRole = 'api' | 'worker';

// How the primary tells a forked process what it is (cluster.fork's environment; not settings for users).
const ROLE = 'ENROLL_PROCESS_ROLE';
const POOL_SIZE = 'ENROLL_PROCESS_POOL_SIZE';

interface Ready {
  enroll: 'ready';
  url?: string;
}

/** What this process is in a cluster: undefined when it is not one of the primary's forks. */
export function processRole(): ProcessRole | undefined {
  if (!cluster.isWorker) return undefined;
  return process.env[ROLE] === 'worker' ? 'worker' : 'api';
}

/** A restarted process that dies again within this time waits longer before the next start (a crash loop). */
const SHORT_LIFE_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

export async function runPrimary(config: Config, logger: Logger, print: (line: string) => void, options: { processes: number; worker: boolean }): Promise<{ close(): Promise<void> }> {
  // Once, before any process serves: the migrations, and the checks that would make every fork fail.
  configuredCipher(config);
  const database = await openConfiguredDatabase(config, logger, { poolSize: 1 });
  await database.close();

  const poolSize = poolSizePerProcess(options.processes);
  const roles = new Map<Child, ProcessRole>();
  const startedAt = new Map<Child, number>();
  const timers = new Set<NodeJS.Timeout>();
  let stopping = false;
  let starting = true;
  const wasReady = new WeakSet<Child>();
  let quickExits = 0;

  const fork = (role: ProcessRole): Child => {
    const child = cluster.fork({ [ROLE]: role, ...(role === 'api' ? { [POOL_SIZE]: String(poolSize) } : {}) });
    roles.set(child, role);
    startedAt.set(child, Date.now());
    return child;
  };
  const ready = (child: Child) =>
    new Promise<Ready>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if ((message as Ready | undefined)?.enroll !== 'ready') return;
        child.off('exit', onExit);
        child.off('message', onMessage);
        wasReady.add(child);
        resolve(message as Ready);
      };
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`${roles.get(child) === 'worker' ? 'the worker process' : 'an API process'} stopped while starting (${signal ?? `exit code ${code}`}); its message is above`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });

  cluster.on('exit', (child, code, signal) => {
    const role = roles.get(child) ?? 'api';
    roles.delete(child);
    const lived = Date.now() - (startedAt.get(child) ?? 0);
    startedAt.delete(child);
    // One that fails to start fails the start as a whole (below); it is not started again.
    if (stopping || (starting && !wasReady.has(child))) return;
    const delay = lived < SHORT_LIFE_MS ? Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** quickExits++) : ((quickExits = 0), 0);
    // The process id, role and how it ended: nothing a request carried.
    logger.warn({ role, child_pid: child.process.pid, code, signal, restart_in_ms: delay }, `${role === 'worker' ? 'the worker process' : 'an API process'} exited; starting another`);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopping) fork(role);
    }, delay);
    timers.add(timer);
  });

  const children = [...Array.from({ length: options.processes }, () => fork('api')), ...(options.worker ? [fork('worker')] : [])];
  let started: Ready[];
  try {
    started = await Promise.all(children.map(ready));
  } catch (error) {
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    await Promise.all([...roles.keys()].map((child) => stop(child, 'SIGKILL')));
    throw error;
  }
  starting = false;

  const url = started[0]!.url!;
  print(`Open Enrollment API listening on ${url} (database: PostgreSQL, ${options.processes} API processes)`);
  print(`API reference: ${url}/docs`);
  if (options.worker) print('Transmission worker running in a process of its own.');

  return {
    /** Stops every process gracefully (each finishes its requests or its pass) and waits for them. */
    async close() {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([...roles.keys()].map((child) => stop(child, 'SIGTERM')));
    },
  };
}

function stop(child: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.isDead()) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.process.kill(signal);
  });
}

/** A forked process: the API on the shared port, or the worker; it says when it is ready, and stops on SIGTERM. */
export async function runChild(config: Config, logger: Logger): Promise<void> {
  let close: () => Promise<void>;
  let url: string | undefined;
  if (processRole() === 'worker') {
    const database = await openConfiguredDatabase(config, logger, { migrate: false });
    const running = startWorker(database, configuredCipher(config), logger, workerSettings(config));
    close = async () => {
      await running.stop();
      await database.close();
    };
  } else {
    const running = await startServer(config, logger, () => {}, { worker: false, poolSize: Number(process.env[POOL_SIZE]) || poolSizePerProcess(1), migrate: false });
    url = running.url;
    close = () => running.close();
  }
  // The primary sends SIGTERM. Ctrl-C's SIGINT reaches every process of the group, and the primary
  // answers it, so here it is ignored; a second SIGTERM (a supervisor signalling the whole group as
  // well) does not cut short the close already under way.
  let closing = false;
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {
    if (closing) return;
    closing = true;
    close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
  process.send?.({ enroll: 'ready', ...(url ? { url } : {}) } satisfies Ready);
}
