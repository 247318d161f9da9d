// A stand-in that dies after its first start (marked by the file STAND_IN_MARKER) and then runs steadily.
import { existsSync, writeFileSync } from 'node:fs';
import { clearInterval, setInterval, setTimeout } from 'node:timers';

console.log('crashes-once started');
if (!existsSync(process.env.STAND_IN_MARKER)) {
  writeFileSync(process.env.STAND_IN_MARKER, 'crashed once\n');
  setTimeout(() => process.exit(1), 50);
} else {
  const alive = setInterval(() => {}, 1000);
  process.on('SIGTERM', () => {
    console.log('crashes-once stopping');
    clearInterval(alive);
  });
}
