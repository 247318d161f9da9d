// Runs the supervisor of `npm start` over two stand-ins (argv: api script, worker script), with short
// backoffs so a test sees restarts and a crash loop within seconds.
import { supervise } from '../../../scripts/supervisor.mjs';

const [api, worker] = process.argv.slice(2);
const exitCode = await supervise({
  children: [
    { name: 'api', script: api },
    { name: 'worker', script: worker },
  ],
  firstBackoffMs: 100,
});
process.exit(exitCode);
