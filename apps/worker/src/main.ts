import 'reflect-metadata';
import { ConfigError, loadConfig, nestLogLevels } from '@careledger/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

try {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: nestLogLevels(config.LOG_LEVEL),
  });
  app.useLogger(app.get(Logger));
  // SIGTERM and SIGINT close the workers, which wait for their running jobs.
  app.enableShutdownHooks();
  app.get(Logger).log('worker started');
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
