// What `npm start` does around the api and the worker, apart from building and setting the database up:
// a check that PostgreSQL and Redis answer at all, and a supervisor that keeps both processes running.
// Plain Node without the build, so a test can drive it with stand-in scripts.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { clearTimeout, setTimeout } from 'node:timers';
import { URL } from 'node:url';

/** How to start each service locally, as the README says (docker-compose.yml names them). */
const services = {
  postgres: { name: 'PostgreSQL', defaultPort: 5432, start: '`docker compose up -d postgres`' },
  redis: { name: 'Redis', defaultPort: 6379, start: '`docker compose up -d redis` or `redis-server`' },
};

/** Answers whether anything accepts a TCP connection at host:port within the timeout. */
function accepts(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/**
 * One sentence per service that cannot be reached: the service, its address, the variables that name it
 * and how to start it. Empty when everything answers. `targets` are `{ service, variable, url }`; two
 * variables naming one address make one sentence; a URL without a host (a Unix socket) is left to the
 * driver.
 */
export async function unreachableServices(targets, timeoutMs = 2000) {
  const byAddress = new Map();
  for (const { service, variable, url } of targets) {
    const parsed = new URL(url);
    if (!parsed.hostname) continue;
    const address = `${parsed.hostname}:${parsed.port || services[service].defaultPort}`;
    const seen = byAddress.get(`${service} ${address}`);
    if (seen) seen.variables.push(variable);
    else
      byAddress.set(`${service} ${address}`, {
        service,
        address,
        host: parsed.hostname,
        variables: [variable],
      });
  }
  const sentences = [];
  for (const { service, address, host, variables } of byAddress.values()) {
    const port = Number(address.slice(address.lastIndexOf(':') + 1));
    if (await accepts(host.replace(/^\[|\]$/g, ''), port, timeoutMs)) continue;
    const { name, start } = services[service];
    const named = variables.join(' and ');
    sentences.push(
      `${name} cannot be reached at ${address} (${named}): start it, e.g. ${start}, or point ${named} at one that runs.`,
    );
  }
  return sentences;
}

/** Restart delays: 1 s doubling to 30 s, by the number of recent exits of the process. */
export function backoffMs(recentExits, firstMs = 1000, maxMs = 30_000) {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, recentExits - 1));
}

/**
 * Runs each `{ name, script }` as a Node child process and keeps it running: a child that exits when
 * nobody asked it to is started again after a backoff, and the log says so. SIGINT or SIGTERM stops
 * every child (SIGTERM, then SIGKILL after `stopGraceMs`) and answers 0. A child that exits `crashLoop.exits`
 * times within `crashLoop.windowMs` is a crash loop: everything stops and the answer is 1, naming it.
 */
export function supervise({
  children,
  env = process.env,
  log = (line) => console.error(line),
  firstBackoffMs = 1000,
  crashLoop = { exits: 5, windowMs: 60_000 },
  stopGraceMs = 10_000,
}) {
  return new Promise((resolve) => {
    const running = new Map();
    const exits = new Map(children.map(({ name }) => [name, []]));
    const timers = new Set();
    let outcome;

    function start({ name, script }) {
      const child = spawn(process.execPath, [script], { env, stdio: 'inherit' });
      running.set(name, child);
      child.on('exit', (code, signal) => exited({ name, script }, code, signal));
    }

    function exited(target, code, signal) {
      running.delete(target.name);
      if (outcome !== undefined) {
        if (running.size === 0) finish();
        return;
      }
      // Ctrl-C reaches the children too (they share the terminal's process group), possibly before it
      // reaches this process: a child ended by SIGINT means the person is stopping everything.
      if (signal === 'SIGINT') return stop(0);
      const now = Date.now();
      const recent = exits.get(target.name).filter((at) => now - at < crashLoop.windowMs);
      recent.push(now);
      exits.set(target.name, recent);
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (recent.length >= crashLoop.exits) {
        log(
          `The ${target.name} ${how}, ${recent.length} exits within ${crashLoop.windowMs / 1000} s: a crash loop, so everything stops (its log above says why).`,
        );
        stop(1);
        return;
      }
      const delay = backoffMs(recent.length, firstBackoffMs);
      log(`The ${target.name} ${how}: restarting it in ${delay / 1000} s.`);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (outcome === undefined) start(target);
      }, delay);
      timers.add(timer);
    }

    function stop(code) {
      if (outcome !== undefined) return;
      outcome = code;
      for (const timer of timers) clearTimeout(timer);
      if (running.size === 0) return finish();
      for (const child of running.values()) child.kill('SIGTERM');
      // A child that ignores SIGTERM must not keep `npm start` from ending.
      const kill = setTimeout(() => {
        for (const child of running.values()) child.kill('SIGKILL');
      }, stopGraceMs);
      kill.unref();
    }

    function finish() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(outcome);
    }

    const onSignal = () => stop(0);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    for (const target of children) start(target);
  });
}
