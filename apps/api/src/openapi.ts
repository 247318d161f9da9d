import { AppConfig } from '@careledger/config';
import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDto } from './http/problem.responses.js';

/** API_DOCS when it is set; otherwise the documents are served everywhere but in production. */
export function apiDocsEnabled(config: AppConfig): boolean {
  return config.API_DOCS ?? config.NODE_ENV !== 'production';
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

// @nestjs/throttler's metadata key (`THROTTLER_SKIP` + throttler name), which its index does not export.
const skipThrottleKey = 'THROTTLER:SKIPdefault';
const problemContent = { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } };
const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** operationIds (`Controller_method`, as the document names them) of handlers the rate limit skips. */
function unthrottledOperations(app: INestApplication): Set<string> {
  const operations = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const classSkips = Reflect.getMetadata(skipThrottleKey, metatype) === true;
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const handler: unknown = metatype.prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        if (classSkips || Reflect.getMetadata(skipThrottleKey, handler) === true) {
          operations.add(`${metatype.name}_${name}`);
        }
      }
    }
  }
  return operations;
}

function addProblem(responses: Operation['responses'], status: number, description: string): void {
  responses[status] ??= { description };
}

/**
 * What holds for every route, written once instead of on each: any error leaves as problem+json (the
 * global ProblemFilter); input is validated (400 naming each field) and bodies are limited by size and
 * media type (413, 415, on every route but a GET); an Idempotency-Key can be in flight (409) or reused (422); the rate limit answers
 * 429; a route without credentials says so (`security: []`).
 */
function describeCommonAnswers(document: OpenAPIObject, unthrottled: Set<string>): void {
  for (const path of Object.values(document.paths)) {
    for (const method of methods) {
      const operation: Operation | undefined = path[method];
      if (!operation) continue;
      const responses = operation.responses;
      if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody) {
        addProblem(responses, 400, 'invalid input: `errors[].field` names each bad field');
      }
      // Fastify reads a body sent to any route but a GET, so a route that takes none refuses one too.
      if (operation.requestBody || method !== 'get') {
        addProblem(responses, 413, 'the body is larger than the route takes');
        addProblem(responses, 415, 'the body is not of a media type the route takes');
      }
      if (
        operation.parameters?.some((parameter) => 'name' in parameter && parameter.name === 'Idempotency-Key')
      ) {
        addProblem(responses, 409, 'a request with this Idempotency-Key is still in flight');
        addProblem(responses, 422, 'this Idempotency-Key was used with another request');
      }
      if (!unthrottled.has(operation.operationId ?? '')) {
        addProblem(responses, 429, 'too many requests from this address; see Retry-After');
      }
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && response && !('$ref' in response)) response.content ??= problemContent;
      }
      operation.security ??= [];
    }
  }
}

/** Serves the OpenAPI document at /api/docs-json and its UI at /api/docs. */
export function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CareLedger API')
      .setDescription(
        'Case management and transparency for civil-society organisations. Errors are application/problem+json.',
      )
      .setVersion('1')
      .addServer('/', 'this api')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN' }, 'metrics-token')
      .build(),
    { extraModels: [ProblemDto] },
  );
  describeCommonAnswers(document, unthrottledOperations(app));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
