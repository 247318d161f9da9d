// The data source the TypeORM CLI uses (`npm run migration:generate -- migrations/<Name>`): the owner role.
import { loadConfig } from '@careledger/config';
import { dataSourceOptions } from '@careledger/database';
import { migrations } from '@careledger/migrations';
import { DataSource } from 'typeorm';
import { allEntities } from './entities.js';

export default new DataSource(
  dataSourceOptions(loadConfig(), 'owner', { entities: allEntities, migrations }),
);
