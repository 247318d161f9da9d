// The load thread of bench/lib.ts `load`: runs one closed loop and posts its result back.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { LoadPlan, LoadResult, meets, percentile, send } from './lib.js';

async function run(plan: LoadPlan): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const connection = async () => {
    while (next < plan.requests.length) {
      const request = plan.requests[next++];
      const sent = performance.now();
      const response = await send(agent, plan.port, request);
      latencies.push(performance.now() - sent);
      if (!meets(response, plan.expect)) {
        failures += 1;
        firstFailure ??= `${response.status} ${response.body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, connection));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    seconds,
    rps: plan.requests.length / seconds,
    p99Ms: percentile(latencies, 0.99),
    failures,
    firstFailure,
  };
}

parentPort?.postMessage(await run(workerData as LoadPlan));
