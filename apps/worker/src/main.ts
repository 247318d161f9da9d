import 'reflect-metadata';
import { loadConfig, nestLogLevels } from '@careledger/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

try {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: nestLogLevels(config.LOG_LEVEL),
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // SIGTERM and SIGINT close the workers, which wait for their running jobs.
  app.enableShutdownHooks();
  app.get(Logger).log('worker started');
} catch (error) {
  console.error(`worker not started: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
