import http from 'node:http';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

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

/** What a right answer looks like; the check runs in the load thread, so it is data, not a function. */
export interface Expectation {
  /** the status, or the statuses a mixed load may answer */
  status: number | number[];
  bodyStartsWith?: string;
  bodyEquals?: string;
}

export function meets(response: Response, expected: Expectation): boolean {
  return (
    (Array.isArray(expected.status)
      ? expected.status.includes(response.status)
      : response.status === expected.status) &&
    (expected.bodyStartsWith === undefined || response.body.startsWith(expected.bodyStartsWith)) &&
    (expected.bodyEquals === undefined || response.body === expected.bodyEquals)
  );
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
  /** evaluated for every index before the run starts, so building bodies costs the servers nothing */
  request: (index: number) => Request;
  /** a wrong answer is a failure: the run then does not count */
  expect: Expectation;
}

/** What the load thread receives: the requests themselves instead of the function that makes them. */
export interface LoadPlan {
  port: number;
  concurrency: number;
  requests: Request[];
  expect: Expectation;
}

export interface LoadResult {
  seconds: number;
  rps: number;
  p99Ms: number;
  failures: number;
  firstFailure?: string;
}

/**
 * A closed loop over loopback: `concurrency` keep-alive connections, `total` requests in all. The
 * client runs in a worker thread of its own, so its work never stalls the event loop of the servers
 * it measures (they share this process); it still shares the machine's cores with them.
 */
export function load(options: LoadOptions): Promise<LoadResult> {
  const plan: LoadPlan = {
    port: options.port,
    concurrency: options.concurrency,
    requests: Array.from({ length: options.total }, (_, index) => options.request(index)),
    expect: options.expect,
  };
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(resolve('dist/bench/load-worker.js'), { workerData: plan });
    worker.once('message', resolvePromise);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load thread exited with code ${code}`));
    });
  });
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
