// `npm start`: set the database up, load demo data into an empty one, then run the api and the worker
// together until Ctrl-C (or SIGTERM), which stops both. Production runs the two as separate processes.
import { spawn } from 'node:child_process';
import { jwtSecretFile, keptJwtSecret } from './jwt-secret.mjs';

const env = { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'true' };
// Production names its own secret (the api refuses to start without one); anything else keeps one here.
if (!env.JWT_SECRET && env.NODE_ENV !== 'production') {
  env.JWT_SECRET = keptJwtSecret();
  console.log(`JWT_SECRET is not set: using the one kept in ${jwtSecretFile}`);
}

function run(script) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

await run('dist/apps/cli/src/db-setup.js');
if (env.DEMO_DATA === 'true' || env.DEMO_DATA === '1') await run('dist/apps/cli/src/seed-demo.js');

const children = ['dist/apps/api/src/main.js', 'dist/apps/worker/src/main.js'].map((script) =>
  spawn(process.execPath, [script], { env, stdio: 'inherit' }),
);
let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));
let exitCode = 0;
await Promise.all(
  children.map(
    (child) =>
      new Promise((resolve) =>
        child.on('exit', (code) => {
          if (code) exitCode = code;
          stop('SIGTERM'); // one process gone: stop the other too
          resolve();
        }),
      ),
  ),
);
process.exit(exitCode);
