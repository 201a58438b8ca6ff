/**
 * One way to move files to and from a carrier, whatever the transport. The worker sends each 834 with
 * `send`, and later collects the carrier's answers (TA1, 999, result files) with `receive` and
 * `markProcessed`. Every implementation keeps the same promises:
 * - `send` is idempotent by name: the same name with the same content again is a quiet success (the
 *   worker may crash after the upload and before it records it); the same name with other content is a
 *   `conflict`, because two different files under one name would make the carrier's answers ambiguous.
 * - A carrier never sees half a file: files are written under a temporary name and renamed.
 * - Errors are `ConnectorError`s that say what failed and never carry a secret.
 */

export interface OutboundFile {
  /** A plain file name, e.g. `OE_<carrier>_<ISA13>.834`: no folders, no leading dot. */
  name: string;
  content: string;
}

export interface InboundFile {
  name: string;
  content: string;
  /** When the file arrived (its modification time on a file system; the server's time over HTTP). */
  receivedAt: Date;
}

export interface CarrierConnector {
  /** Idempotent: resending the same name and content succeeds without a second copy. */
  send(file: OutboundFile): Promise<void>;
  /** Inbound files not yet marked processed, oldest first. */
  receive(): Promise<InboundFile[]>;
  /** Moves a received file out of the way (into `processed/`) so `receive` does not return it again. */
  markProcessed(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The connection settings stored in carriers.connection, with secrets already opened (plain text). */
export type ConnectionConfig = SandboxConnectionConfig | DirectoryConnectionConfig | SftpConnectionConfig | HttpConnectionConfig | NoConnectionConfig;

export interface SandboxConnectionConfig {
  type: 'sandbox';
}

export interface DirectoryConnectionConfig {
  type: 'directory';
  outbound_path: string;
  inbound_path: string;
}

export interface SftpConnectionConfig {
  type: 'sftp';
  host: string;
  /** Default 22. */
  port?: number;
  username: string;
  password?: string | null;
  /** An OpenSSH or PEM private key (unencrypted). */
  private_key?: string | null;
  outbound_path: string;
  inbound_path: string;
  /**
   * Pins the server's host key: its SHA-256 fingerprint as OpenSSH prints it (`SHA256:base64`), or the
   * bare base64 (padded or not), or hex. Without it any host key is accepted (and the connector says so
   * in `hostKeyFingerprint`, so it can be pinned later).
   */
  host_key_sha256?: string | null;
}

export interface HttpConnectionConfig {
  type: 'http';
  url: string;
  /** The `Authorization` header's value (`Bearer …`), or a whole header line such as `X-Api-Key: …`. */
  auth_header?: string | null;
}

/** Files are built but not sent: there is nothing to connect to. */
export interface NoConnectionConfig {
  type: 'none';
}

export interface ConnectorOptions {
  /** Limit for each network operation (connect, one request, one transfer). Default 15 000 ms. */
  timeoutMs?: number;
  /** Sub-folder of the inbound folder that processed files are moved into. Default `processed`. */
  processedFolder?: string;
  /**
   * The carrier files root (ENROLL_CARRIER_FILES_DIR) a directory connection's folders are relative
   * to and must stay inside. Required for `directory`: without it there is no folder to write to.
   */
  carrierFilesDir?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_PROCESSED_FOLDER = 'processed';

export type ConnectorErrorCode =
  /** The host or folder could not be reached (refused, unknown host, reset). Retry later. */
  | 'unreachable'
  /** An operation took longer than the timeout. Retry later. */
  | 'timeout'
  /** The carrier refused our credentials. A person must fix the connection. */
  | 'auth_failed'
  /** The server's host key is not the pinned one. A person must check the server. */
  | 'host_key_mismatch'
  /** A configured folder does not exist. */
  | 'path_missing'
  /** Not allowed to read or write where the configuration points. */
  | 'permission_denied'
  /** A file of the same name but other content is already there. */
  | 'conflict'
  /** markProcessed for a file that is not in the inbound folder. */
  | 'not_found'
  /** A file name with a folder, a leading dot or `..` in it. */
  | 'invalid_name'
  /** The configuration cannot work (no password or key, a bad URL, an unknown type). */
  | 'invalid_config'
  /** The other side answered something we cannot use (an HTTP 500, malformed JSON). */
  | 'protocol';

const RETRYABLE: ReadonlySet<ConnectorErrorCode> = new Set(['unreachable', 'timeout', 'protocol']);

export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  /** True when trying again later may succeed without anyone changing anything. */
  readonly retryable: boolean;
  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.retryable = RETRYABLE.has(code);
  }
}

/**
 * File names are joined to folders on our disk and on carrier servers, so a name must stay a name: no
 * separators, no `..`, and no leading dot (temporary uploads start with a dot and are never listed).
 */
export function assertFileName(name: string): void {
  if (
    typeof name !== 'string' ||
    name === '' ||
    name.length > 255 ||
    name.startsWith('.') ||
    /[/\\\u0000-\u001f\u007f]/.test(name)
  ) {
    throw new ConnectorError('invalid_name', `${JSON.stringify(name)} is not a plain file name (no folders, no leading dot, no control characters)`);
  }
}

/** A temporary sibling for an upload: dot-prefixed and `.part`, which carriers' pickup jobs skip. */
export function temporaryNameFor(name: string, unique: string): string {
  return `.${name}.${unique}.part`;
}

/** Oldest first; files of the same instant by name, so the order is stable. */
export function oldestFirst(a: InboundFile, b: InboundFile): number {
  return a.receivedAt.getTime() - b.receivedAt.getTime() || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Rejects with a `timeout` ConnectorError after `ms`, calling `onTimeout` (to drop a stuck connection). */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new ConnectorError('timeout', `${what} timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
