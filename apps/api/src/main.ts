import 'reflect-metadata';
import { ConfigError, loadConfig } from '@careledger/config';
import { createApiApp } from './bootstrap.js';

try {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
