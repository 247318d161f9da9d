// `npm start`: check that PostgreSQL and Redis answer, set the database up, load demo data into an empty
// one, then run the api and the worker together, restarting either when it dies, until Ctrl-C (or
// SIGTERM), which stops both. Production runs the two as separate processes under its own supervisor.
import { spawn } from 'node:child_process';
import { loadConfig } from '../dist/libs/config/src/index.js';
import { jwtSecretFile, keptJwtSecret } from './jwt-secret.mjs';
import { supervise, unreachableServices } from './supervisor.mjs';

const env = { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'true' };
// Production names its own secret (the api refuses to start without one); anything else keeps one here.
if (!env.JWT_SECRET && env.NODE_ENV !== 'production') {
  env.JWT_SECRET = keptJwtSecret();
  console.log(`JWT_SECRET is not set: using the one kept in ${jwtSecretFile}`);
}

let config;
try {
  config = loadConfig(env);
} catch (error) {
  console.error(error.message); // a sentence naming the variable
  process.exit(1);
}
const unreachable = await unreachableServices([
  { service: 'postgres', variable: 'DATABASE_URL', url: config.DATABASE_URL },
  { service: 'postgres', variable: 'DATABASE_ADMIN_URL', url: config.DATABASE_ADMIN_URL },
  { service: 'redis', variable: 'REDIS_URL', url: config.REDIS_URL },
]);
if (unreachable.length > 0) {
  for (const sentence of unreachable) console.error(sentence);
  process.exit(1);
}

/** Runs a one-off step to its end; a failed step has said why in its own log, so this only names it. */
function run(step, script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env, stdio: 'inherit' });
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      console.error(`${step} failed (exit code ${code}): npm start stops here.`);
      process.exit(1);
    });
  });
}

await run('db:setup', 'dist/apps/cli/src/db-setup.js');
if (env.DEMO_DATA === 'true' || env.DEMO_DATA === '1')
  await run('seed:demo', 'dist/apps/cli/src/seed-demo.js');

const exitCode = await supervise({
  env,
  children: [
    { name: 'api', script: 'dist/apps/api/src/main.js' },
    { name: 'worker', script: 'dist/apps/worker/src/main.js' },
  ],
});
process.exit(exitCode);
