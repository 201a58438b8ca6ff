/**
 * The sandbox carrier on folders, as a carrier's SFTP drop works: it polls `outbound_path` (where our
 * directory connector writes) for `.834` files, answers each once into `inbound_path` (where the
 * connector reads), and moves the 834 into `processed_path`. Answers are written atomically, so the
 * worker never reads half a 999. Polling rather than fs.watch: it behaves the same on every platform
 * and on network shares, and a quarter of a second is quick enough for tests and demos.
 */
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../connectors/atomic-file.ts';
import { checkCarrierFolder } from '../connectors/carrier-folder.ts';
import { ConnectorError } from '../connectors/connector.ts';
import { answerFiles, type SandboxCarrier } from './sandbox-carrier.ts';

export interface SandboxDirectoryOptions {
  /**
   * The carrier files root (ENROLL_CARRIER_FILES_DIR). When given, the paths below are relative to it,
   * as a directory carrier's are, and each poll checks they stay inside it. Unset: paths as given.
   */
  carrierFilesDir?: string;
  /** Where 834s arrive (our connector's outbound_path). */
  outbound_path: string;
  /** Where answers go (our connector's inbound_path). */
  inbound_path: string;
  /** Where processed 834s are kept; default `<outbound_path>/processed`. */
  processed_path?: string;
  /** Default 250 ms. */
  pollIntervalMs?: number;
  /** Problems with one file or one poll; polling goes on. Default: ignored. */
  onError?: (error: Error, fileName?: string) => void;
}

export interface AttachedSandbox {
  /** Processes what is waiting now (tests call it instead of waiting); answers the names processed. */
  poll(): Promise<string[]>;
  /** Stops polling, after the poll in progress. */
  stop(): Promise<void>;
}

export function attachSandboxToDirectory(sandbox: SandboxCarrier, given: SandboxDirectoryOptions): AttachedSandbox {
  const interval = given.pollIntervalMs ?? 250;
  const onError = given.onError ?? (() => undefined);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> = Promise.resolve([]);

  const pollOnce = async (): Promise<string[]> => {
    const options = await placed(given);
    const processedPath = options.processed_path ?? join(options.outbound_path, 'processed');
    const waiting = await waitingFiles(options.outbound_path);
    const done: string[] = [];
    for (const name of waiting) {
      try {
        if (await processFile(sandbox, name, options, processedPath, onError)) done.push(name);
      } catch (error) {
        onError(error as Error, name);
      }
    }
    return done;
  };
  // Polls never overlap: each waits for the one before.
  const poll = (): Promise<string[]> => (running = running.catch(() => []).then(pollOnce));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      poll()
        .catch((error: unknown) => onError(error as Error))
        .finally(schedule);
    }, interval);
  };
  schedule();

  return {
    poll,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running.catch(() => undefined);
    },
  };
}

/** The options with every folder resolved under the carrier files root and checked, when there is one. */
async function placed(options: SandboxDirectoryOptions): Promise<SandboxDirectoryOptions> {
  const root = options.carrierFilesDir;
  if (!root) return options;
  const place = async (label: string, configured: string) => {
    const folder = await checkCarrierFolder(root, configured);
    if ('problem' in folder) throw new ConnectorError('invalid_config', `The ${label} ${configured} ${folder.problem}`);
    return folder.absolute;
  };
  return {
    ...options,
    outbound_path: await place('outbound folder', options.outbound_path),
    inbound_path: await place('inbound folder', options.inbound_path),
    processed_path: await place('processed folder', options.processed_path ?? join(options.outbound_path, 'processed')),
  };
}

async function waitingFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: { name: string; mtime: number }[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.') || !/\.834$/i.test(entry.name)) continue;
    const info = await stat(join(folder, entry.name)).catch(() => undefined);
    if (info) files.push({ name: entry.name, mtime: info.mtimeMs });
  }
  return files.sort((a, b) => a.mtime - b.mtime || (a.name < b.name ? -1 : 1)).map((file) => file.name);
}

/** True when the file was answered; false when it was a resend of one already answered. */
async function processFile(
  sandbox: SandboxCarrier,
  name: string,
  options: SandboxDirectoryOptions,
  processedPath: string,
  onError: (error: Error, fileName?: string) => void,
): Promise<boolean> {
  const source = join(options.outbound_path, name);
  const content = await readFile(source, 'utf8');
  await mkdir(processedPath, { recursive: true });
  const archived = await readFile(join(processedPath, name), 'utf8').catch(() => undefined);
  if (archived === content) {
    // Our connector resent a file this carrier already has (a retry after a crash): nothing new to say.
    await unlink(source);
    return false;
  }
  if (archived !== undefined) {
    onError(new Error(`${name} was already used for a different file; it is set aside unanswered`), name);
    await rename(source, await freeName(processedPath, name));
    return false;
  }

  const answer = sandbox.receive834(content, name);
  for (const problem of answer.problems) onError(new Error(`${name}: ${problem}`), name);
  for (const file of answerFiles(answer)) {
    try {
      await writeFileAtomically(options.inbound_path, file.name, file.content, 'inbound folder');
    } catch (error) {
      // An answer already written before a crash stands: the first answer is the carrier's answer.
      if (!(error instanceof ConnectorError && error.code === 'conflict')) throw error;
    }
  }
  await rename(source, join(processedPath, name));
  return true;
}

async function freeName(folder: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${name}.${n}`);
    if (!(await stat(candidate).catch(() => undefined))) return candidate;
  }
}
