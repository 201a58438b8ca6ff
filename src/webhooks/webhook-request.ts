// One webhook attempt over HTTP(S): POST the signed body, with a short timeout for the whole attempt,
// no redirects followed (a 3xx is a failure like any non-2xx), and the SSRF guard in the lookup. A
// fresh connection per attempt (agent: false): a pooled socket would skip the lookup and its check.
import http from 'node:http';
import https from 'node:https';
import { guardedLookup, literalAddressRefusal, WebhookUrlRefused, type ResolveHost } from './url-safety.ts';

export interface AttemptOutcome {
  /** The HTTP status, when an answer came. */
  httpStatus: number | null;
  latencyMs: number;
  /** Why the attempt did not succeed; null on a 2xx. */
  error: string | null;
}

export interface RequestOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  resolve?: ResolveHost;
}

const ERROR_BODY_CHARS = 200;

export function postWebhook(urlText: string, body: string, headers: Record<string, string>, options: RequestOptions): Promise<AttemptOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (httpStatus: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ httpStatus, latencyMs: latency(), error });
    };
    const url = new URL(urlText);
    const refused = literalAddressRefusal(url, options.allowPrivate);
    const timer = setTimeout(() => {
      request?.destroy(new Error(`No answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    if (refused) {
      finish(null, `Refused: ${refused.message}`);
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)), 'User-Agent': 'OpenEnrollment-Webhooks/1' },
      lookup: guardedLookup({ allowPrivate: options.allowPrivate, ...(options.resolve ? { resolve: options.resolve } : {}) }),
    });
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (text.length < ERROR_BODY_CHARS) text += chunk;
      });
      const done = () => finish(status, ok ? null : `HTTP ${status}${text.trim() ? `: ${text.trim().slice(0, ERROR_BODY_CHARS)}` : ''}`);
      response.on('end', done);
      response.on('error', done);
      response.on('close', done);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish(null, error instanceof WebhookUrlRefused ? `Refused: ${error.message}` : error.message || error.code || 'The request failed');
    });
    request.end(body);
  });
}
