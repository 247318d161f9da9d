// `npm run migration:check`: applies every migration to a scratch database and asks TypeORM what it
// would still change to match the entities. Any statement means the two disagree: exit 1 and print it.
import { loadConfig } from '@careledger/config';
import { dataSourceOptions, dropDatabase, setupDatabase } from '@careledger/database';
import { migrations } from '@careledger/migrations';
import { DataSource } from 'typeorm';
import { allEntities } from './entities.js';

const scratchUrl = new URL(loadConfig().DATABASE_URL);
scratchUrl.pathname = `/careledger_migration_check_${process.pid}`;
const config = loadConfig({ ...process.env, DATABASE_URL: scratchUrl.toString() });

let exitCode = 0;
try {
  await setupDatabase(config, { migrations });
  const dataSource = new DataSource(
    dataSourceOptions(config, 'owner', { entities: allEntities, poolSize: 1 }),
  );
  await dataSource.initialize();
  const pending = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (pending.upQueries.length > 0) {
    exitCode = 1;
    console.error('Entities and migrations disagree. A migration would have to run:');
    for (const query of pending.upQueries) console.error(`  ${query.query};`);
    console.error('Generate one with: npm run migration:generate -- migrations/<Name>');
  } else {
    console.log(
      `migrations match the entities (${migrations.length} migrations, ${allEntities.length} entities)`,
    );
  }
} finally {
  await dropDatabase(config);
}
process.exit(exitCode);
