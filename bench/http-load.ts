// A small closed-loop HTTP load generator: `concurrency` clients on keep-alive connections, each
// sending its next request as soon as the last one answered, for a fixed time. Loopback only. It runs
// in the benchmark's own process; the servers it loads run in processes of their own (child-server.ts).
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

function send(agent: http.Agent, base: URL, headers: Record<string, string>, spec: RequestSpec): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const req = http.request(
      { agent, host: base.hostname, port: base.port, method: spec.method, path: spec.path, headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

/** Runs `step` (one unit of work: one or several requests) in a closed loop; latency is per unit. */
export async function load(
  baseUrl: string,
  headers: Record<string, string>,
  concurrency: number,
  seconds: number,
  step: (call: (spec: RequestSpec) => Promise<{ status: number; body: string }>) => Promise<boolean>,
): Promise<LoadResult> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const call = (spec: RequestSpec) => send(agent, base, headers, spec);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const ok = await step(call).catch(() => false);
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds: elapsed, perSecond: latencies.length / elapsed, p50ms: percentile(latencies, 50), p99ms: percentile(latencies, 99) };
}
