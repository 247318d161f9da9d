// A stand-in for the api or the worker that runs until it is asked to stop.
import { clearInterval, setInterval } from 'node:timers';

const name = 'steady';
console.log(`${name} started as pid ${process.pid}`);
const alive = setInterval(() => {}, 1000);
process.on('SIGTERM', () => {
  console.log(`${name} stopping`);
  clearInterval(alive);
});
