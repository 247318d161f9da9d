import http from 'node:http';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export interface Request {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Response {
  status: number;
  body: string;
}

export function send(agent: http.Agent, port: number, request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(request.body);
    }
    const outgoing = http.request(
      { agent, host: '127.0.0.1', port, method: request.method, path: request.path, headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

export interface LoadOptions {
  port: number;
  concurrency: number;
  total: number;
  request: (index: number) => Request;
  /** a wrong answer is a failure: the run then does not count */
  accept: (response: Response) => boolean;
}

export interface LoadResult {
  seconds: number;
  rps: number;
  p99Ms: number;
  failures: number;
  firstFailure?: string;
}

/** A closed loop over loopback: `concurrency` keep-alive connections, `total` requests in all. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const connection = async () => {
    while (next < options.total) {
      const index = next++;
      const request = options.request(index);
      const sent = performance.now();
      const response = await send(agent, options.port, request);
      latencies.push(performance.now() - sent);
      if (!options.accept(response)) {
        failures += 1;
        firstFailure ??= `${response.status} ${response.body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, connection));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    seconds,
    rps: options.total / seconds,
    p99Ms: percentile(latencies, 0.99),
    failures,
    firstFailure,
  };
}

/** Runs `load` `runs` times and fails loudly if any answer was wrong. */
export async function loadRuns(options: LoadOptions, runs: number): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await load(options);
    if (result.failures > 0)
      throw new Error(`${result.failures} of ${options.total} answers wrong; first: ${result.firstFailure}`);
    results.push(result);
  }
  return results;
}
