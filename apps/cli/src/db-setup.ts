// `npm run db:setup`: creates the database, its three roles and its schema; safe to run again.
import { loadConfig } from '@careledger/config';
import { setupDatabase } from '@careledger/database';
import { migrations } from '@careledger/migrations';

const result = await setupDatabase(loadConfig(), { migrations });
const applied = result.migrationsApplied;
console.log(
  `database ${result.database} is ready` +
    (applied.length
      ? `; applied ${applied.length} migration(s): ${applied.join(', ')}`
      : '; schema up to date'),
);
