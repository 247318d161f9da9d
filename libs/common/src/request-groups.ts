/** What one request of a group came to: its answer, or the error to give it. */
export type Outcome<A> = { ok: true; value: A } | { ok: false; error: unknown };

interface Waiting<R, A> {
  request: R;
  resolve: (value: A) => void;
  reject: (error: unknown) => void;
}

/**
 * Requests for one key that arrive while that key's previous group runs wait, and then run together as
 * the next group: a group commit for writes, one query for many lookups. A lone request starts at once,
 * so a quiet key adds no latency; a busy key pays one run per group instead of one per request. The
 * groups of one key run one after another, never side by side.
 *
 * `run` answers one outcome per request, in order; if it throws, every request of the group gets that
 * error.
 */
export class RequestGroups<R, A> {
  private readonly queues = new Map<string, Waiting<R, A>[]>();

  constructor(
    private readonly run: (key: string, requests: R[]) => Promise<Outcome<A>[]>,
    private readonly maxGroup: number,
  ) {}

  submit(key: string, request: R): Promise<A> {
    return new Promise<A>((resolve, reject) => {
      const queue = this.queues.get(key);
      const waiting = { request, resolve, reject };
      if (queue) {
        queue.push(waiting);
        return;
      }
      this.queues.set(key, [waiting]);
      void this.drain(key);
    });
  }

  /** Runs the key's waiting requests a group at a time until none are left. */
  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key) ?? [];
    while (queue.length > 0) {
      const group = queue.splice(0, this.maxGroup);
      let outcomes: Outcome<A>[];
      try {
        outcomes = await this.run(
          key,
          group.map((waiting) => waiting.request),
        );
      } catch (error) {
        outcomes = group.map(() => ({ ok: false, error }));
      }
      group.forEach((waiting, index) => {
        const outcome = outcomes[index];
        if (outcome.ok) waiting.resolve(outcome.value);
        else waiting.reject(outcome.error);
      });
    }
    this.queues.delete(key);
  }
}

/** The outcome of one piece of work, caught. */
export async function settle<A>(work: () => Promise<A>): Promise<Outcome<A>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}
