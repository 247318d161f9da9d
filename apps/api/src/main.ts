import 'reflect-metadata';
import { loadConfig } from '@careledger/config';
import { createApiApp } from './bootstrap.js';

try {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
} catch (error) {
  console.error(`api not started: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
