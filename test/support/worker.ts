import { TestDatabase } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

/** The real worker (relay, queues, processors) in this process, on a suite's database. */
export async function startTestWorker(db: TestDatabase): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(db.config), {
    logger: false,
  });
  await worker.init();
  return worker;
}
