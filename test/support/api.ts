import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestDatabase } from '@careledger/testing';
import { appendFileSync } from 'node:fs';
import { AnswerValidator } from './openapi-contract.js';

export interface TestApi {
  app: NestFastifyApplication;
  db: TestDatabase;
  close(): Promise<void>;
}

interface RecordedAnswer {
  method: string;
  url: string;
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** The real api (every module, pipe and filter) on a database of the suite's own; requests go through inject(). */
export async function startTestApi(suite: string, overrides: Record<string, string> = {}): Promise<TestApi> {
  const db = await TestDatabase.create(suite, overrides);
  const app = await createApiApp(db.config);
  const answers = recordAnswers(app);
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    db,
    async close() {
      const departures = await departuresFromContract(app, answers);
      await app.close();
      await db.drop();
      reportDepartures(suite, departures);
    },
  };
}

/**
 * Every answer a route gives during the suite, kept to be checked against the OpenAPI document when the
 * suite closes: so each e2e suite, not only the contract suite, holds the document to what the api does.
 */
function recordAnswers(app: NestFastifyApplication): RecordedAnswer[] {
  const answers: RecordedAnswer[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      // Unmatched paths (404 before any route, or the web app's catch-all `/*`, which also says the
      // router's refusals) and server faults (5xx) are not part of the contract.
      const route = request.routeOptions.url;
      if (route && route !== '/*' && reply.statusCode < 500) {
        answers.push({
          method: request.method,
          url: request.url,
          statusCode: reply.statusCode,
          headers: reply.getHeaders(),
          body:
            typeof payload === 'string' ? payload : payload === null || payload === undefined ? '' : 'binary',
        });
      }
      done();
    });
  return answers;
}

async function departuresFromContract(
  app: NestFastifyApplication,
  answers: RecordedAnswer[],
): Promise<string[]> {
  const served = await app.inject({ method: 'GET', url: '/api/docs-json' });
  if (served.statusCode !== 200) return [];
  const validator = await AnswerValidator.of(served.json());
  return answers
    .filter((answer) => validator.operationOf(answer.method, answer.url))
    .flatMap((answer) => validator.problemsOf(answer.method, answer.url, answer));
}

function reportDepartures(suite: string, departures: string[]): void {
  if (departures.length === 0) return;
  const file = process.env.CONTRACT_DEPARTURES_FILE;
  if (file) appendFileSync(file, departures.map((departure) => `${suite}\t${departure}\n`).join(''));
  else throw new Error(`answers departed from the OpenAPI document:\n${[...new Set(departures)].join('\n')}`);
}
