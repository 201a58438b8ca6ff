import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConnector, EDI_CONTENT_TYPE, HttpConnector } from './index.ts';

/** A carrier endpoint that keeps to the contract in http-connector.ts, and records what it was asked. */
class FakeCarrierEndpoint {
  readonly received = new Map<string, string>();
  readonly inbound: { name: string; content: string; received_at: string }[] = [];
  readonly requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  status: number | undefined;
  delayMs = 0;
  server!: Server;
  url!: string;

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.#handle(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/carriers/acme/files`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += chunk;
    this.requests.push({ method: request.method!, url: request.url!, headers: request.headers, body });
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const reply = (status: number, json?: unknown) => {
      response.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
      response.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (this.status) return reply(this.status);
    if (request.headers.authorization !== 'Bearer carrier-token') return reply(401);
    const url = new URL(request.url!, 'http://localhost');
    if (request.method === 'POST' && url.pathname === '/carriers/acme/files') {
      const name = request.headers['idempotency-key'] as string;
      const earlier = this.received.get(name);
      if (earlier !== undefined && earlier !== body) return reply(409);
      this.received.set(name, body);
      return reply(earlier === undefined ? 201 : 200);
    }
    if (request.method === 'GET' && url.pathname === '/carriers/acme/files') {
      const since = url.searchParams.get('since');
      return reply(200, { files: this.inbound.filter((file) => !since || file.received_at > since) });
    }
    if (request.method === 'DELETE' && url.pathname.startsWith('/carriers/acme/files/')) {
      const name = decodeURIComponent(url.pathname.slice('/carriers/acme/files/'.length));
      const index = this.inbound.findIndex((file) => file.name === name);
      if (index === -1) return reply(404);
      this.inbound.splice(index, 1);
      return reply(204);
    }
    reply(404);
  }
}

describe('HttpConnector against a real HTTP server', () => {
  let endpoint: FakeCarrierEndpoint;
  beforeEach(async () => {
    endpoint = new FakeCarrierEndpoint();
    await endpoint.start();
  });
  afterEach(() => endpoint.stop());

  const connect = (overrides: { auth_header?: string; timeoutMs?: number } = {}) =>
    createConnector({ type: 'http', url: endpoint.url, auth_header: overrides.auth_header ?? 'Bearer carrier-token' }, { timeoutMs: overrides.timeoutMs ?? 5_000 });

  it('posts the file as application/edi-x12 with its name as the idempotency key', async () => {
    const connector = connect();
    await connector.send({ name: 'OE_acme_000000001.834', content: 'ISA*00~' });
    await connector.send({ name: 'OE_acme_000000001.834', content: 'ISA*00~' });
    expect(endpoint.received).toEqual(new Map([['OE_acme_000000001.834', 'ISA*00~']]));
    expect(endpoint.requests[0]).toMatchObject({
      method: 'POST',
      body: 'ISA*00~',
      headers: { 'content-type': EDI_CONTENT_TYPE, 'idempotency-key': 'OE_acme_000000001.834', authorization: 'Bearer carrier-token' },
    });
    await expect(connector.send({ name: 'OE_acme_000000001.834', content: 'other' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('receives files oldest first, acknowledges them, and asks only for newer ones afterwards', async () => {
    endpoint.inbound.push(
      { name: 'b.999', content: 'B', received_at: '2026-04-01T10:00:00.000Z' },
      { name: 'a.ta1', content: 'A', received_at: '2026-04-01T09:00:00.000Z' },
    );
    const connector = connect();
    expect(await connector.receive()).toEqual([
      { name: 'a.ta1', content: 'A', receivedAt: new Date('2026-04-01T09:00:00Z') },
      { name: 'b.999', content: 'B', receivedAt: new Date('2026-04-01T10:00:00Z') },
    ]);
    await connector.markProcessed('a.ta1');
    await connector.markProcessed('a.ta1'); // the server answers 404 now: already done
    expect((await connector.receive()).map((file) => file.name)).toEqual(['b.999']);
    const lastList = endpoint.requests.filter((request) => request.method === 'GET').at(-1)!;
    expect(new URL(lastList.url, 'http://x').searchParams.get('since')).toBe('2026-04-01T09:00:00.000Z');
  });

  it('sends auth_header as a whole header line when it names one', async () => {
    endpoint.status = 204;
    await createConnector({ type: 'http', url: endpoint.url, auth_header: 'X-Api-Key: k-123' }).send({ name: 'a.834', content: 'x' });
    expect(endpoint.requests[0]!.headers['x-api-key']).toBe('k-123');
    expect(endpoint.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('says authentication failed without echoing the secret', async () => {
    const error = (await connect({ auth_header: 'Bearer wrong-secret-42' }).receive().catch((e: unknown) => e)) as Error & { code: string };
    expect(error).toMatchObject({ code: 'auth_failed', message: expect.stringContaining('HTTP 401') });
    expect(error.message).not.toContain('wrong-secret-42');
  });

  it('keeps credentials in the URL out of messages', async () => {
    endpoint.status = 500;
    const url = endpoint.url.replace('http://', 'http://user:pa55word@') + '?token=t0ken';
    const error = (await new HttpConnector({ type: 'http', url }).send({ name: 'a.834', content: 'x' }).catch((e: unknown) => e)) as Error & { code: string; retryable: boolean };
    expect(error).toMatchObject({ code: 'unreachable', retryable: true, message: expect.stringContaining('HTTP 500') });
    expect(error.message).not.toMatch(/pa55word|t0ken/);
    expect(endpoint.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('user:pa55word').toString('base64')}`);
  });

  it('times out a server that does not answer', async () => {
    endpoint.delayMs = 2_000;
    await expect(connect({ timeoutMs: 100 }).receive()).rejects.toMatchObject({ code: 'timeout', retryable: true });
  });

  it('says when the server is unreachable', async () => {
    const url = endpoint.url;
    await endpoint.stop();
    await expect(new HttpConnector({ type: 'http', url }).receive()).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('ECONNREFUSED') });
    endpoint = new FakeCarrierEndpoint();
    await endpoint.start();
  });

  it('refuses a listing that is not the contract', async () => {
    endpoint.server.removeAllListeners('request');
    endpoint.server.on('request', (_request: IncomingMessage, response: ServerResponse) => response.end('{"files":[{"name":"../x"}]}'));
    await expect(connect().receive()).rejects.toMatchObject({ code: 'protocol', message: expect.stringContaining('files[0]') });
  });
});
