import { setTimeout as sleep } from 'node:timers/promises';

/** Retries `attempt` until it resolves (or the deadline passes, then rethrows its last error). */
export async function eventually<T>(
  attempt: () => Promise<T>,
  { timeoutMs = 15_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(intervalMs);
    }
  }
}
