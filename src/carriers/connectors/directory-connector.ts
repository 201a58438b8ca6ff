/**
 * Files in two local folders: we write 834s into `outbound_path` and read answers from `inbound_path`.
 * The folders may be mounts that a carrier's (or a managed file transfer service's) job syncs. Neither
 * folder is created here: a missing folder is a typo or an unmounted share, and must say so. Both are
 * relative to the carrier files root and are checked to stay inside it before every use, so a link
 * made after the carrier was registered cannot lead our writes (or reads) elsewhere.
 */
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkCarrierFolder, realCarrierFolder } from './carrier-folder.ts';
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
  readonly #root: string;
  readonly #config: DirectoryConnectionConfig;
  readonly #processedFolder: string;

  constructor(config: DirectoryConnectionConfig, options: ConnectorOptions = {}) {
    if (!config.outbound_path || !config.inbound_path) {
      throw new ConnectorError('invalid_config', 'A directory connection needs outbound_path and inbound_path');
    }
    if (!options.carrierFilesDir) throw new ConnectorError('invalid_config', 'A directory connection needs the carrier files folder (ENROLL_CARRIER_FILES_DIR)');
    this.#root = options.carrierFilesDir;
    this.#config = config;
    this.#processedFolder = options.processedFolder ?? DEFAULT_PROCESSED_FOLDER;
  }

  /** The folder's path, checked now to be inside the carrier files root. */
  async #folder(which: 'outbound' | 'inbound'): Promise<string> {
    const configured = which === 'outbound' ? this.#config.outbound_path : this.#config.inbound_path;
    const folder = await checkCarrierFolder(this.#root, configured);
    if ('problem' in folder) throw new ConnectorError('invalid_config', `The ${which} folder ${configured} ${folder.problem}`);
    return folder.absolute;
  }

  async send(file: OutboundFile): Promise<void> {
    assertFileName(file.name);
    await writeFileAtomically(await this.#folder('outbound'), file.name, file.content, 'outbound folder');
  }

  async receive(): Promise<InboundFile[]> {
    const inbound = await this.#folder('inbound');
    const entries = await readdir(inbound, { withFileTypes: true }).catch((error: unknown) => {
      throw fileSystemError(error, `inbound folder ${inbound}`);
    });
    const files: InboundFile[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const path = join(inbound, entry.name);
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
    const inbound = await this.#folder('inbound');
    const processed = join(inbound, this.#processedFolder);
    const source = join(inbound, name);
    await mkdir(processed, { recursive: true }).catch((error: unknown) => {
      throw fileSystemError(error, `processed folder ${processed}`);
    });
    // `processed` may itself have been replaced by a link since.
    const inside = await realCarrierFolder(this.#root, processed);
    if ('problem' in inside) throw new ConnectorError('invalid_config', `The processed folder ${processed} ${inside.problem}`);
    const target = await freeNameIn(processed, name);
    try {
      await rename(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        // Already moved (a retry after a crash) is success; never there at all is the caller's mistake.
        if (await exists(join(processed, name))) return;
        throw new ConnectorError('not_found', `${name} is not in the inbound folder ${inbound}`);
      }
      throw fileSystemError(error, `inbound file ${source}`);
    }
    await syncFolder(processed);
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
