import 'reflect-metadata';
import { loadConfig } from '@careledger/config';
import { createApiApp } from './bootstrap.js';
import { MetricsListener } from './metrics/metrics.listener.js';

try {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  if (config.METRICS_PORT > 0)
    await app.get(MetricsListener).listen(config.METRICS_PORT, config.METRICS_HOST);
} catch (error) {
  console.error(`api not started: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
