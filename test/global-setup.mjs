// Builds dist/ once before the suites that start the real processes (api, worker) as child processes.
// Under flock when there is one, so parallel jest runs on one checkout build one at a time.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup() {
  const build = [process.execPath, 'scripts/build.mjs'];
  if (existsSync('/usr/bin/flock'))
    execFileSync('/usr/bin/flock', ['.build.lock', ...build], { stdio: 'ignore' });
  else execFileSync(build[0], build.slice(1), { stdio: 'ignore' });
}
