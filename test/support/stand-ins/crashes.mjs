// A stand-in that dies shortly after every start.
import { setTimeout } from 'node:timers';

console.log('crashes started');
setTimeout(() => process.exit(1), 50);
