/**
 * Files over HTTPS, for carriers (or exchanges) with an upload API. The contract, ours to define:
 *
 *   POST {url}                   body: the file; Content-Type: application/edi-x12
 *                                Idempotency-Key: <file name>; X-File-Name: <file name>
 *     2xx  received (the same key with the same body again must also answer 2xx)
 *     409  the name was already used for a different file
 *   GET  {url}?since=<instant>   Accept: application/json
 *     200  {"files": [{"name": "…", "content": "…", "received_at": "2026-04-01T09:00:00Z"?}]}
 *          the files for us (TA1, 999, result files) not yet acknowledged, received after `since`
 *          when given; `received_at` is when the server got the file (optional, defaults to now)
 *   DELETE {url}/{encoded name}  acknowledges (processes) one inbound file
 *     2xx or 404 (already gone)  done
 *
 * `since` is the newest `received_at` up to which every file this connector has seen is processed, so
 * a server may skip what we have already taken; servers that ignore it still work (the DELETE is what
 * stops a file from coming back). Authentication is `auth_header` (see HttpConnectionConfig), or
 * user:password in the URL, sent as Basic authentication.
 */
import {
  assertFileName,
  ConnectorError,
  DEFAULT_TIMEOUT_MS,
  oldestFirst,
  type CarrierConnector,
  type ConnectorOptions,
  type HttpConnectionConfig,
  type InboundFile,
  type OutboundFile,
} from './connector.ts';

export const EDI_CONTENT_TYPE = 'application/edi-x12';

export class HttpConnector implements CarrierConnector {
  readonly #url: URL;
  /** The URL as it may appear in messages: no user, password or query (they can hold secrets). */
  readonly #where: string;
  #headers: Record<string, string>;
  readonly #timeoutMs: number;
  /** Files seen by receive() and not yet processed, with their received_at. */
  readonly #pending = new Map<string, Date>();
  readonly #processed = new Set<string>();
  #since: Date | undefined;

  constructor(config: HttpConnectionConfig, options: ConnectorOptions = {}) {
    let url: URL;
    try {
      url = new URL(config.url);
    } catch {
      throw new ConnectorError('invalid_config', 'The http connection url is not a URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConnectorError('invalid_config', 'The http connection url must be http(s)');
    this.#headers = authenticationHeaders(config.auth_header);
    // fetch refuses a URL with credentials in it: they become Basic authentication (unless auth_header).
    if (url.username || url.password) {
      const basic = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
      this.#headers = { authorization: `Basic ${basic}`, ...this.#headers };
      url.username = '';
      url.password = '';
    }
    this.#url = url;
    this.#where = `${url.origin}${url.pathname}`;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async send(file: OutboundFile): Promise<void> {
    assertFileName(file.name);
    const response = await this.#fetch('upload of ' + file.name, this.#url, {
      method: 'POST',
      headers: { 'content-type': EDI_CONTENT_TYPE, 'idempotency-key': file.name, 'x-file-name': file.name },
      body: file.content,
    });
    if (response.status === 409) {
      throw new ConnectorError('conflict', `${this.#where} already has a different file named ${file.name}`);
    }
    this.#expectSuccess(response, `upload of ${file.name}`);
  }

  async receive(): Promise<InboundFile[]> {
    const url = new URL(this.#url);
    if (this.#since) url.searchParams.set('since', this.#since.toISOString());
    const response = await this.#fetch('listing of inbound files', url, { method: 'GET', headers: { accept: 'application/json' } });
    this.#expectSuccess(response, 'listing of inbound files');
    const files = parseListing(response.body, this.#where).filter((file) => !this.#processed.has(file.name));
    for (const file of files) this.#pending.set(file.name, file.receivedAt);
    return files.sort(oldestFirst);
  }

  async markProcessed(name: string): Promise<void> {
    assertFileName(name);
    const url = new URL(this.#url);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
    url.search = '';
    const response = await this.#fetch(`acknowledging ${name}`, url, { method: 'DELETE' });
    if (response.status !== 404) this.#expectSuccess(response, `acknowledging ${name}`);
    this.#processed.add(name);
    const receivedAt = this.#pending.get(name);
    this.#pending.delete(name);
    // The watermark moves only past files that are all processed.
    if (receivedAt) {
      const oldestPending = [...this.#pending.values()].reduce<Date | undefined>((oldest, at) => (!oldest || at < oldest ? at : oldest), undefined);
      if ((!oldestPending || receivedAt < oldestPending) && (!this.#since || receivedAt > this.#since)) this.#since = receivedAt;
    }
  }

  async close(): Promise<void> {}

  async #fetch(what: string, url: URL, init: RequestInit): Promise<{ status: number; body: string }> {
    try {
      const response = await fetch(url, {
        ...init,
        headers: { ...this.#headers, ...(init.headers as Record<string, string>) },
        redirect: 'error', // a redirect could carry our credentials elsewhere
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new ConnectorError('timeout', `The ${what} at ${this.#where} timed out after ${this.#timeoutMs} ms`);
      }
      const cause = (error as { cause?: { code?: string } }).cause;
      const reason = cause?.code ?? (error as Error).message;
      throw new ConnectorError('unreachable', `Cannot reach ${this.#where} for the ${what}: ${reason}`);
    }
  }

  #expectSuccess(response: { status: number }, what: string): void {
    if (response.status >= 200 && response.status < 300) return;
    if (response.status === 401 || response.status === 403) {
      throw new ConnectorError('auth_failed', `${this.#where} refused our credentials for the ${what} (HTTP ${response.status})`);
    }
    if (response.status === 404) throw new ConnectorError('path_missing', `${this.#where} does not exist (HTTP 404 for the ${what})`);
    const code = response.status >= 500 || response.status === 429 || response.status === 408 ? 'unreachable' : 'protocol';
    throw new ConnectorError(code, `The ${what} at ${this.#where} failed with HTTP ${response.status}`);
  }
}

function authenticationHeaders(authHeader: string | null | undefined): Record<string, string> {
  if (!authHeader) return {};
  const line = /^([A-Za-z0-9-]+):\s*(.+)$/.exec(authHeader);
  return line ? { [line[1]!.toLowerCase()]: line[2]! } : { authorization: authHeader };
}

function parseListing(body: string, where: string): InboundFile[] {
  const bad = (why: string) => new ConnectorError('protocol', `${where} answered a listing that is not {"files": [{name, content}]}: ${why}`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw bad('not JSON');
  }
  const files = (value as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) throw bad('no files array');
  const now = new Date();
  return files.map((file: unknown, i): InboundFile => {
    const { name, content, received_at } = (file ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof content !== 'string') throw bad(`files[${i}] needs a string name and content`);
    try {
      assertFileName(name);
    } catch {
      throw bad(`files[${i}].name ${JSON.stringify(name)} is not a plain file name`);
    }
    const receivedAt = typeof received_at === 'string' ? new Date(received_at) : now;
    if (Number.isNaN(receivedAt.getTime())) throw bad(`files[${i}].received_at is not an instant`);
    return { name, content, receivedAt };
  });
}
