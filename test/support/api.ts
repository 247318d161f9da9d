import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestDatabase } from '@careledger/testing';

export interface TestApi {
  app: NestFastifyApplication;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The real api (every module, pipe and filter) on a database of the suite's own; requests go through inject(). */
export async function startTestApi(suite: string, overrides: Record<string, string> = {}): Promise<TestApi> {
  const db = await TestDatabase.create(suite, overrides);
  const app = await createApiApp(db.config);
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
