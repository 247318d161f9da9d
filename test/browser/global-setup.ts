// Starts the app for the browser tests as `npm start` would run it: the built api, worker and web app
// (scripts/build.mjs, under the build lock jest's global setup takes), a fresh database
// `careledger_browser` with demo data, and the api and worker under scripts/start.mjs on the port
// playwright.config.ts chose. The function it returns is the global teardown: it stops them.
import type { FullConfig } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess, type ExecFileSyncOptions } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

// BROWSER_DATABASE names another database (and queue prefix), so two runs on one machine never share one.
const databaseName = process.env.BROWSER_DATABASE ?? 'careledger_browser';
if (!/^[a-z_][a-z0-9_]*$/.test(databaseName))
  throw new Error(`BROWSER_DATABASE=${databaseName}: use a-z, 0-9 and _`);
const queuePrefix = databaseName;
const appLog = 'test-results/app.log';
// A first run builds and seeds the demo (reports rendered inline): minutes on a loaded two-core machine.
const startLimitMs = 8 * 60_000;

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const baseURL = String(config.projects[0].use.baseURL);
  build();
  const env = appEnvironment(baseURL);
  // BROWSER_REUSE_DATABASE=1 keeps the last run's database and demo data: a start in seconds, for a
  // developer running the specs again; CI always starts from nothing.
  if (process.env.BROWSER_REUSE_DATABASE !== '1') await recreateDatabase(env.DATABASE_ADMIN_URL);
  await forgetQueues(env.REDIS_URL);
  const app = startApp(env);
  await untilReady(app, baseURL);
  return () => stop(app);
}

/** A failed build throws with what it wrote to stderr (execFileSync's error carries it). */
function build(): void {
  const build = [process.execPath, 'scripts/build.mjs'];
  const options: ExecFileSyncOptions = { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' };
  if (existsSync('/usr/bin/flock')) execFileSync('/usr/bin/flock', ['.build.lock', ...build], options);
  else execFileSync(build[0], build.slice(1), options);
}

function appEnvironment(baseURL: string) {
  const database = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/careledger');
  database.pathname = `/${databaseName}`;
  return {
    ...process.env,
    DATABASE_URL: database.toString(),
    DATABASE_ADMIN_URL: process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    PORT: new URL(baseURL).port,
    PUBLIC_BASE_URL: baseURL,
    // A secret of this run only, so nothing here signs a token any other instance accepts.
    JWT_SECRET: randomBytes(32).toString('base64url'),
    METRICS_PORT: '0',
    DEMO_DATA: 'true',
    LOG_LEVEL: process.env.BROWSER_APP_LOG_LEVEL ?? 'warn',
    NODE_ENV: 'development',
  };
}

async function recreateDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${databaseName} with (force)`);
  } finally {
    await client.end();
  }
}

/** Drops the queue and rate-limit keys an earlier run left, so jobs and counters start from nothing. */
async function forgetQueues(redisUrl: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    const stream = redis.scanStream({ match: `${queuePrefix}:*`, count: 500 });
    for await (const keys of stream as AsyncIterable<string[]>) if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** scripts/start.mjs runs db:setup, seed:demo (the database is empty) and the api and worker. */
function startApp(env: NodeJS.ProcessEnv): ChildProcess {
  mkdirSync('test-results', { recursive: true });
  const log = createWriteStream(appLog);
  const app = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  app.stdout?.pipe(log);
  app.stderr?.pipe(log);
  return app;
}

async function untilReady(app: ChildProcess, baseURL: string): Promise<void> {
  const deadline = Date.now() + startLimitMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app stopped (exit code ${app.exitCode}):\n${logTail()}`);
    if (await answers(`${baseURL}/health/ready`)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop(app);
  throw new Error(`the app was not ready at ${baseURL} within ${startLimitMs / 1000} s:\n${logTail()}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** SIGTERM lets start.mjs's supervisor stop the api and the worker before it exits. */
async function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || app.signalCode !== null) return;
  const exited = new Promise((resolve) => app.once('exit', resolve));
  app.kill('SIGTERM');
  const killLater = setTimeout(() => app.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killLater);
}

function logTail(): string {
  return readFileSync(appLog, 'utf8').split('\n').slice(-40).join('\n');
}
