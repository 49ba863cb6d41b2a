/** One autocannon run against one page, with the percentiles the issue asks for. */
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  /** Mean bytes per response, headers included. */
  bytes: number;
  /** CPU per request, ms, of the server and of PostgreSQL's backends: steadier than latency on a busy machine. */
  cpuPerRequest: { server: number; database: number };
}

export interface LoadOptions {
  /** The server, e.g. http://127.0.0.1:3000. */
  url: string;
  /** Pages each connection asks for in turn. */
  paths: string[];
  cookie: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** CPU time used so far, ms. */
  cpuMillis: () => Promise<{ server: number; database: number }>;
}

/** Drives the page for `duration` seconds; throws if any answer is not a 200. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  const cpuBefore = await options.cpuMillis();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: options.url, requests: options.paths.map((path) => ({ method: 'GET' as const, path })),
      connections: options.connections, duration: options.duration,
      headers: { cookie: options.cookie }, timeout: 30,
    }, (error, done) => (error ? reject(error) : resolve(done)));
    // autocannon's own histogram has no p95; keep every response time instead.
    instance.on('response', (_client, _status, responseBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += responseBytes;
    });
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${options.paths.join(', ')}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  const cpuAfter = await options.cpuMillis();
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99),
    bytes: latencies.length ? bytes / latencies.length : 0,
    cpuPerRequest: {
      server: (cpuAfter.server - cpuBefore.server) / latencies.length,
      database: (cpuAfter.database - cpuBefore.database) / latencies.length,
    },
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
