/**
 * Files on a carrier's SFTP server, through `ssh2` (the SSH library under every Node SFTP client).
 * We use its SFTP channel directly rather than a wrapper: we need eight calls, precise errors (an
 * authentication failure is not a network failure) and no listeners printing to the console.
 *
 * One connection per connector, opened on first use and reopened after a drop; operations run one at
 * a time on it. Uploads go to a dot-named `.part` file that is renamed into place (SFTP's rename fails
 * rather than overwrite, which is what we want: the name is taken only when the upload is whole).
 */
import { createHash, randomUUID } from 'node:crypto';
import { posix } from 'node:path';
// ssh2 is CommonJS whose exports Node cannot list for ESM: its classes come from the default export.
import ssh2 from 'ssh2';
import type { Client as SshClient, ConnectConfig, FileEntryWithStats, SFTPWrapper, Stats } from 'ssh2';
import {
  assertFileName,
  ConnectorError,
  DEFAULT_PROCESSED_FOLDER,
  DEFAULT_TIMEOUT_MS,
  oldestFirst,
  temporaryNameFor,
  withTimeout,
  type CarrierConnector,
  type ConnectorOptions,
  type InboundFile,
  type OutboundFile,
  type SftpConnectionConfig,
} from './connector.ts';

/** SFTP status codes (draft-ietf-secsh-filexfer-02) that the server answers with. */
const NO_SUCH_FILE = 2;
const PERMISSION_DENIED = 3;

export class SftpConnector implements CarrierConnector {
  readonly #config: SftpConnectionConfig;
  readonly #timeoutMs: number;
  readonly #processedFolder: string;
  #connection: { client: SshClient; sftp: SFTPWrapper } | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  /** SHA256:… of the host key seen on the last connection, for pinning it later. */
  hostKeyFingerprint: string | undefined;

  constructor(config: SftpConnectionConfig, options: ConnectorOptions = {}) {
    if (!config.host || !config.username || !config.outbound_path || !config.inbound_path) {
      throw new ConnectorError('invalid_config', 'An sftp connection needs host, username, outbound_path and inbound_path');
    }
    if (!config.password && !config.private_key) {
      throw new ConnectorError('invalid_config', `The sftp connection to ${config.host} has neither a password nor a private key`);
    }
    if (config.host_key_sha256) normalizeFingerprint(config.host_key_sha256); // fails early on a malformed pin
    this.#config = config;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#processedFolder = posix.join(config.inbound_path, options.processedFolder ?? DEFAULT_PROCESSED_FOLDER);
  }

  get #where(): string {
    return `sftp://${this.#config.username}@${this.#config.host}:${this.#config.port ?? 22}`;
  }

  send(file: OutboundFile): Promise<void> {
    assertFileName(file.name);
    return this.#run(`upload of ${file.name}`, async (sftp) => {
      const folder = this.#config.outbound_path;
      const target = posix.join(folder, file.name);
      if (await this.#sameContentAt(sftp, target, file)) return;
      const temporary = posix.join(folder, temporaryNameFor(file.name, randomUUID()));
      try {
        await writeNewFile(sftp, temporary, Buffer.from(file.content, 'utf8')).catch((error: unknown) => {
          throw this.#pathError(error, `outbound folder ${folder}`);
        });
        try {
          await call<void>((cb) => sftp.rename(temporary, target, cb));
        } catch (error) {
          // Another upload of the same name finished first: fine if it is the same file.
          if (await this.#sameContentAt(sftp, target, file)) return;
          throw this.#pathError(error, `file ${target}`);
        }
      } finally {
        await call<void>((cb) => sftp.unlink(temporary, cb)).catch(() => undefined);
      }
    });
  }

  receive(): Promise<InboundFile[]> {
    return this.#run('listing of the inbound folder', async (sftp) => {
      const folder = this.#config.inbound_path;
      const entries = await call<FileEntryWithStats[]>((cb) => sftp.readdir(folder, cb)).catch((error: unknown) => {
        throw this.#pathError(error, `inbound folder ${folder}`);
      });
      const files: InboundFile[] = [];
      for (const entry of entries) {
        if (!entry.attrs.isFile() || entry.filename.startsWith('.')) continue;
        const path = posix.join(folder, entry.filename);
        try {
          const content = await call<Buffer>((cb) => sftp.readFile(path, cb));
          files.push({ name: entry.filename, content: content.toString('utf8'), receivedAt: new Date(entry.attrs.mtime * 1000) });
        } catch (error) {
          if (statusOf(error) === NO_SUCH_FILE) continue; // taken by another worker meanwhile
          throw this.#pathError(error, `inbound file ${path}`);
        }
      }
      return files.sort(oldestFirst);
    });
  }

  markProcessed(name: string): Promise<void> {
    assertFileName(name);
    return this.#run(`moving ${name} to processed`, async (sftp) => {
      const source = posix.join(this.#config.inbound_path, name);
      const processed = this.#processedFolder;
      if (!(await statOrUndefined(sftp, processed))) {
        await call<void>((cb) => sftp.mkdir(processed, cb)).catch(async (error: unknown) => {
          if (!(await statOrUndefined(sftp, processed))) throw this.#pathError(error, `processed folder ${processed}`);
        });
      }
      let target = posix.join(processed, name);
      for (let n = 1; await statOrUndefined(sftp, target); n++) target = posix.join(processed, `${name}.${n}`);
      try {
        await call<void>((cb) => sftp.rename(source, target, cb));
      } catch (error) {
        if (statusOf(error) === NO_SUCH_FILE) {
          if (await statOrUndefined(sftp, posix.join(processed, name))) return; // moved by an earlier try
          throw new ConnectorError('not_found', `${name} is not in the inbound folder ${this.#config.inbound_path} on ${this.#where}`);
        }
        throw this.#pathError(error, `inbound file ${source}`);
      }
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue.catch(() => undefined);
    this.#drop();
  }

  /** One operation at a time, each within the timeout; a timed-out connection is dropped, not reused. */
  #run<T>(what: string, work: (sftp: SFTPWrapper) => Promise<T>): Promise<T> {
    const next = this.#queue.catch(() => undefined).then(async () => {
      if (this.#closed) throw new ConnectorError('invalid_config', `The sftp connector for ${this.#where} is closed`);
      const sftp = await this.#open();
      return withTimeout(work(sftp), this.#timeoutMs, `The ${what} on ${this.#where}`, () => this.#drop());
    });
    this.#queue = next;
    return next;
  }

  #open(): Promise<SFTPWrapper> {
    if (this.#connection) return Promise.resolve(this.#connection.sftp);
    const config = this.#config;
    const client = new ssh2.Client();
    let presented: string | undefined;
    const settings: ConnectConfig = {
      host: config.host,
      port: config.port ?? 22,
      username: config.username,
      readyTimeout: this.#timeoutMs,
      // The client never asks for input: keyboard-interactive and agents are not for unattended jobs.
      tryKeyboard: false,
      hostVerifier: (key: Buffer) => {
        presented = fingerprintOf(key);
        this.hostKeyFingerprint = presented;
        return !config.host_key_sha256 || normalizeFingerprint(config.host_key_sha256) === presented;
      },
    };
    if (config.password) settings.password = config.password;
    if (config.private_key) settings.privateKey = config.private_key;

    const opening = new Promise<SFTPWrapper>((resolve, reject) => {
      let settled = false;
      const fail = (error: ConnectorError) => {
        if (settled) return;
        settled = true;
        client.end();
        reject(error);
      };
      // ssh2 may emit more than one error (and a close) for one failure: every one needs a listener.
      client.on('error', (error: Error & { level?: string; code?: string }) => {
        if (settled) this.#forget(client);
        else fail(this.#connectError(error, presented));
      });
      client.on('close', () => {
        this.#forget(client);
        fail(new ConnectorError('unreachable', `The connection to ${this.#where} closed before it was ready`));
      });
      client.once('ready', () => {
        client.sftp((error, sftp) => {
          if (error) return fail(new ConnectorError('protocol', `${this.#where} refused to start SFTP: ${error.message}`));
          settled = true;
          this.#connection = { client, sftp };
          resolve(sftp);
        });
      });
      try {
        client.connect(settings);
      } catch (error) {
        // ssh2 throws synchronously on an unreadable private key: say which part is wrong, not the key.
        fail(new ConnectorError('invalid_config', `The private key for ${this.#where} cannot be read: ${(error as Error).message}`));
      }
    });
    return withTimeout(opening, this.#timeoutMs + 1_000, `Connecting to ${this.#where}`, () => client.end());
  }

  #forget(client: SshClient): void {
    if (this.#connection?.client === client) this.#connection = undefined;
  }

  #drop(): void {
    const connection = this.#connection;
    this.#connection = undefined;
    connection?.client.end();
  }

  #connectError(error: Error & { level?: string; code?: string }, presented: string | undefined): ConnectorError {
    const where = this.#where;
    if (this.#config.host_key_sha256 && presented && normalizeFingerprint(this.#config.host_key_sha256) !== presented) {
      return new ConnectorError(
        'host_key_mismatch',
        `The host key of ${where} is ${presented}, not the pinned ${normalizeFingerprint(this.#config.host_key_sha256)}; the server may have been replaced`,
      );
    }
    if (error.level === 'client-authentication') {
      return new ConnectorError('auth_failed', `Authentication failed for user ${this.#config.username} on ${where}`);
    }
    if (error.level === 'client-timeout') return new ConnectorError('timeout', `Connecting to ${where} timed out after ${this.#timeoutMs} ms`);
    const reasons: Record<string, string> = {
      ECONNREFUSED: 'connection refused',
      ENOTFOUND: 'unknown host',
      EAI_AGAIN: 'host name lookup failed',
      EHOSTUNREACH: 'host unreachable',
      ENETUNREACH: 'network unreachable',
      ETIMEDOUT: 'connection timed out',
      ECONNRESET: 'connection reset',
    };
    const reason = (error.code && reasons[error.code]) ?? error.message;
    return new ConnectorError('unreachable', `Cannot reach ${where}: ${reason}`);
  }

  #pathError(error: unknown, what: string): ConnectorError {
    if (error instanceof ConnectorError) return error;
    const status = statusOf(error);
    if (status === NO_SUCH_FILE) return new ConnectorError('path_missing', `The ${what} does not exist on ${this.#where}`);
    if (status === PERMISSION_DENIED) return new ConnectorError('permission_denied', `No permission to use the ${what} on ${this.#where}`);
    return new ConnectorError('protocol', `The ${what} on ${this.#where} failed: ${(error as Error).message}`);
  }

  /** True when `path` holds exactly the file; false when absent; conflict when it holds something else. */
  async #sameContentAt(sftp: SFTPWrapper, path: string, file: OutboundFile): Promise<boolean> {
    const attributes = await statOrUndefined(sftp, path);
    if (!attributes) return false;
    const existing = await call<Buffer>((cb) => sftp.readFile(path, cb)).catch((error: unknown) => {
      throw this.#pathError(error, `file ${path}`);
    });
    if (existing.toString('utf8') === file.content) return true;
    throw new ConnectorError('conflict', `A different file named ${file.name} is already in ${this.#config.outbound_path} on ${this.#where}`);
  }
}

/** `SHA256:` + unpadded base64, as `ssh-keygen -l` prints it. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** Accepts `SHA256:b64`, bare base64 (padded or not) or 64 hex digits; answers `SHA256:b64`. */
export function normalizeFingerprint(pin: string): string {
  const text = pin.trim().replace(/^SHA256:/i, '');
  if (/^[0-9a-f]{64}$/i.test(text.replaceAll(':', ''))) {
    return `SHA256:${Buffer.from(text.replaceAll(':', ''), 'hex').toString('base64').replace(/=+$/, '')}`;
  }
  if (/^[A-Za-z0-9+/]{43}=?$/.test(text)) return `SHA256:${text.replace(/=+$/, '')}`;
  throw new ConnectorError('invalid_config', 'host_key_sha256 is not a SHA-256 fingerprint (SHA256:<base64>, base64 or hex)');
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

function call<T>(start: (callback: (error: Error | null | undefined, value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

async function statOrUndefined(sftp: SFTPWrapper, path: string): Promise<Stats | undefined> {
  try {
    return await call<Stats>((cb) => sftp.stat(path, cb));
  } catch (error) {
    if (statusOf(error) === NO_SUCH_FILE) return undefined;
    throw error;
  }
}

/** Creates `path` (failing if it exists), writes all of `data`, asks the server to fsync if it can. */
async function writeNewFile(sftp: SFTPWrapper, path: string, data: Buffer): Promise<void> {
  const handle = await call<Buffer>((cb) => sftp.open(path, 'wx', cb));
  try {
    for (let offset = 0; offset < data.length; ) {
      const length = Math.min(32 * 1024, data.length - offset);
      await call<void>((cb) => sftp.write(handle, data, offset, length, offset, cb));
      offset += length;
    }
    // fsync@openssh.com where the server offers it (OpenSSH does); others flush on close.
    await call<void>((cb) => sftp.ext_openssh_fsync(handle, cb)).catch(() => undefined);
  } finally {
    await call<void>((cb) => sftp.close(handle, cb)).catch(() => undefined);
  }
}
