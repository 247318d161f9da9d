// Builds dist/ once before the suites that start the real processes (api, worker) as child processes.
import { execFileSync } from 'node:child_process';

export default function globalSetup() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });
}
