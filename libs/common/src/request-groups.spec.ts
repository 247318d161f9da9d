import { Outcome, RequestGroups } from './request-groups.js';

/** A run that records the groups it was given and finishes when the test lets it. */
function recordingRun() {
  const groups: { key: string; requests: number[] }[] = [];
  const pending: (() => void)[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const run = async (key: string, requests: number[]): Promise<Outcome<string>[]> => {
    groups.push({ key, requests });
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise<void>((resolve) => pending.push(resolve));
    running -= 1;
    return requests.map((request) =>
      request < 0
        ? { ok: false, error: new Error(`bad ${request}`) }
        : { ok: true, value: `${key}:${request}` },
    );
  };
  const finishAll = async () => {
    while (pending.length > 0) {
      pending.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { run, groups, pending, finishAll, mostAtOnce: () => mostAtOnce };
}

describe('RequestGroups', () => {
  it('starts a lone request at once', () => {
    const recording = recordingRun();
    const groups = new RequestGroups(recording.run, 10);
    void groups.submit('a', 1);
    expect(recording.groups).toEqual([{ key: 'a', requests: [1] }]);
  });

  it('runs the requests that arrive during a run together, next, each with its own answer', async () => {
    const recording = recordingRun();
    const groups = new RequestGroups(recording.run, 10);
    const answers = [1, 2, 3, 4].map((request) => groups.submit('a', request));
    await recording.finishAll();
    expect(await Promise.all(answers)).toEqual(['a:1', 'a:2', 'a:3', 'a:4']);
    expect(recording.groups).toEqual([
      { key: 'a', requests: [1] },
      { key: 'a', requests: [2, 3, 4] },
    ]);
  });

  it('never runs more than the largest group at once, nor two groups of one key side by side', async () => {
    const recording = recordingRun();
    const groups = new RequestGroups(recording.run, 2);
    const answers = [1, 2, 3, 4, 5, 6].map((request) => groups.submit('a', request));
    await recording.finishAll();
    await Promise.all(answers);
    expect(recording.groups.map((group) => group.requests)).toEqual([[1], [2, 3], [4, 5], [6]]);
    expect(recording.mostAtOnce()).toBe(1);
  });

  it('runs groups of different keys side by side', async () => {
    const recording = recordingRun();
    const groups = new RequestGroups(recording.run, 10);
    const answers = [groups.submit('a', 1), groups.submit('b', 1)];
    expect(recording.mostAtOnce()).toBe(2);
    await recording.finishAll();
    expect(await Promise.all(answers)).toEqual(['a:1', 'b:1']);
  });

  it('fails only the requests whose outcome failed, and all of a group whose run threw', async () => {
    const recording = recordingRun();
    const groups = new RequestGroups(recording.run, 10);
    const answers = Promise.allSettled([1, -2, 3].map((request) => groups.submit('a', request)));
    await recording.finishAll();
    expect((await answers).map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const throwing = new RequestGroups<number, string>(() => Promise.reject(new Error('down')), 10);
    await expect(Promise.all([throwing.submit('a', 1), throwing.submit('a', 2)])).rejects.toThrow('down');
    await expect(throwing.submit('a', 3)).rejects.toThrow('down');
  });
});
