/**
 * Files in two local folders: we write 834s into `outbound_path` and read answers from `inbound_path`.
 * The folders may be mounts that a carrier's (or a managed file transfer service's) job syncs. Neither
 * folder is created here: a missing folder is a typo or an unmounted share, and must say so.
 */
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSystemError, syncFolder, writeFileAtomically } from './atomic-file.ts';
import {
  assertFileName,
  ConnectorError,
  DEFAULT_PROCESSED_FOLDER,
  oldestFirst,
  type CarrierConnector,
  type ConnectorOptions,
  type DirectoryConnectionConfig,
  type InboundFile,
  type OutboundFile,
} from './connector.ts';

export class DirectoryConnector implements CarrierConnector {
  readonly #outbound: string;
  readonly #inbound: string;
  readonly #processed: string;

  constructor(config: DirectoryConnectionConfig, options: ConnectorOptions = {}) {
    if (!config.outbound_path || !config.inbound_path) {
      throw new ConnectorError('invalid_config', 'A directory connection needs outbound_path and inbound_path');
    }
    this.#outbound = config.outbound_path;
    this.#inbound = config.inbound_path;
    this.#processed = join(config.inbound_path, options.processedFolder ?? DEFAULT_PROCESSED_FOLDER);
  }

  async send(file: OutboundFile): Promise<void> {
    assertFileName(file.name);
    await writeFileAtomically(this.#outbound, file.name, file.content, 'outbound folder');
  }

  async receive(): Promise<InboundFile[]> {
    const entries = await readdir(this.#inbound, { withFileTypes: true }).catch((error: unknown) => {
      throw fileSystemError(error, `inbound folder ${this.#inbound}`);
    });
    const files: InboundFile[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const path = join(this.#inbound, entry.name);
      try {
        const [content, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
        files.push({ name: entry.name, content, receivedAt: info.mtime });
      } catch (error) {
        // Taken away between listing and reading (another worker's markProcessed): not ours any more.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw fileSystemError(error, `inbound file ${path}`);
      }
    }
    return files.sort(oldestFirst);
  }

  async markProcessed(name: string): Promise<void> {
    assertFileName(name);
    const source = join(this.#inbound, name);
    await mkdir(this.#processed, { recursive: true }).catch((error: unknown) => {
      throw fileSystemError(error, `processed folder ${this.#processed}`);
    });
    const target = await freeNameIn(this.#processed, name);
    try {
      await rename(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        // Already moved (a retry after a crash) is success; never there at all is the caller's mistake.
        if (await exists(join(this.#processed, name))) return;
        throw new ConnectorError('not_found', `${name} is not in the inbound folder ${this.#inbound}`);
      }
      throw fileSystemError(error, `inbound file ${source}`);
    }
    await syncFolder(this.#processed);
  }

  async close(): Promise<void> {}
}

/** `name`, or `name.<n>` when a carrier reused a name we already processed (history is kept). */
async function freeNameIn(folder: string, name: string): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = join(folder, n === 0 ? name : `${name}.${n}`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
