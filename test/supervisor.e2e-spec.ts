import { freePort } from '@careledger/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const standIns = join(__dirname, 'support', 'stand-ins');

/** A Node child process whose output (stdout and stderr together) the test can wait for. */
class Watched {
  output = '';
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static node(args: string[], env: Record<string, string> = {}): Watched {
    return new Watched(
      spawn(process.execPath, args, { cwd: join(__dirname, '..'), env: { ...process.env, ...env } }),
    );
  }

  /** Waits until `text` has appeared `times` times in the output. */
  async waitFor(text: string, times = 1, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.count(text) < times) {
      if (Date.now() > deadline) throw new Error(`no "${text}" in:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  count(text: string): number {
    return this.output.split(text).length - 1;
  }
}

/** issue 15, item 5: `npm start` keeps the api and the worker running and says what is wrong. */
describe('npm start', () => {
  let markers: string;

  beforeAll(() => {
    markers = mkdtempSync(join(tmpdir(), 'careledger-supervisor-'));
    // start.mjs reads the configuration through the built config lib; build once if the tree has none.
    if (!existsSync(join(__dirname, '..', 'dist', 'libs', 'config', 'src', 'index.js')))
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: join(__dirname, '..') });
  });

  afterAll(() => rmSync(markers, { recursive: true, force: true }));

  function supervise(api: string, worker: string): Watched {
    return Watched.node([join(standIns, 'supervise.mjs'), join(standIns, api), join(standIns, worker)], {
      STAND_IN_MARKER: join(markers, `${Date.now()}-${Math.random()}`),
    });
  }

  it('restarts a process that died, says so, and stops both with exit code 0 on Ctrl-C', async () => {
    const started = supervise('steady.mjs', 'crashes-once.mjs');
    await started.waitFor('The worker exited with code 1: restarting it in 0.1 s.');
    await started.waitFor('crashes-once started', 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started.count('steady started')).toBe(1);
    expect(started.count('crashes-once started')).toBe(2);

    started.child.kill('SIGINT');

    expect(await started.exited).toBe(0);
    expect(started.output).toContain('steady stopping');
    expect(started.output).toContain('crashes-once stopping');
    expect(started.output).not.toContain('restarting it in 0.2 s');
  });

  it('stops everything with exit code 0 when Ctrl-C reaches a child first', async () => {
    const started = supervise('steady.mjs', 'crashes-once.mjs');
    await started.waitFor('crashes-once started', 2);
    const pid = Number(/steady started as pid (\d+)/.exec(started.output)?.[1]);

    process.kill(pid, 'SIGINT');

    expect(await started.exited).toBe(0);
    expect(started.output).toContain('crashes-once stopping');
    expect(started.output).not.toContain('The api was killed by SIGINT');
  });

  it('gives up on a crash loop with a non-zero exit code that names the process', async () => {
    const started = supervise('steady.mjs', 'crashes.mjs');

    expect(await started.exited).toBe(1);
    expect(started.output).toContain(
      'The worker exited with code 1, 5 exits within 60 s: a crash loop, so everything stops',
    );
    expect(started.count('crashes started')).toBe(5);
    expect(started.output).toContain('steady stopping');
  });

  it('names PostgreSQL, its address and variable, and how to start it, when nothing answers there', async () => {
    const port = await freePort();
    const started = Watched.node(['scripts/start.mjs'], {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/careledger`,
      DATABASE_ADMIN_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
    });

    expect(await started.exited).toBe(1);
    expect(started.output).toContain(
      `PostgreSQL cannot be reached at 127.0.0.1:${port} (DATABASE_URL and DATABASE_ADMIN_URL): start it, e.g. \`docker compose up -d postgres\`, or point DATABASE_URL and DATABASE_ADMIN_URL at one that runs.\n`,
    );
    expect(started.output).not.toMatch(/ECONNREFUSED|\n\s+at /);
  });

  it('names Redis, its address and variable, and how to start it, instead of starting unready', async () => {
    const port = await freePort();
    const started = Watched.node(['scripts/start.mjs'], { REDIS_URL: `redis://127.0.0.1:${port}` });

    expect(await started.exited).toBe(1);
    expect(started.output).toContain(
      `Redis cannot be reached at 127.0.0.1:${port} (REDIS_URL): start it, e.g. \`docker compose up -d redis\` or \`redis-server\`, or point REDIS_URL at one that runs.\n`,
    );
    expect(started.output).not.toContain('PostgreSQL');
  });
});
