import { DomainError, ErrorCode } from '@careledger/common';
import multipart from '@fastify/multipart';
import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.filter.js';

/** A body other than JSON that exactly one route takes, and the largest such body. */
interface RawBodyRoute {
  route: string;
  contentType: string;
  /** `multipart`: read by @fastify/multipart in the route, with the same limit per file */
  parseAs: 'buffer' | 'string' | 'multipart';
  limitBytes: number;
}

/** The largest PDF verify takes, as a body or as a form's file. */
const verifyLimitBytes = 50 * 1024 * 1024;

/**
 * The only routes that take a body other than JSON. Reports can be larger than ordinary bodies, so the
 * verification route takes a PDF of up to 50 MB, as the body or as a form's file; every other route takes BODY_LIMIT_BYTES, before any
 * authentication, so an anonymous caller cannot make the api read 50 MB anywhere else.
 */
const rawBodyRoutes: RawBodyRoute[] = [
  {
    route: 'POST /api/v1/public/reports/verify',
    contentType: 'application/pdf',
    parseAs: 'buffer',
    limitBytes: verifyLimitBytes,
  },
  {
    route: 'POST /api/v1/public/reports/verify',
    contentType: 'multipart/form-data',
    parseAs: 'multipart',
    limitBytes: verifyLimitBytes,
  },
  {
    route: 'PUT /api/v1/admin/external-indicators/:year',
    contentType: 'text/csv',
    parseAs: 'string',
    limitBytes: 5 * 1024 * 1024,
  },
];

function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? ''}`;
}

/** Why a request's body is refused before it is read; undefined when it may be read. */
function refusalOf(request: FastifyRequest, defaultLimitBytes: number): DomainError | undefined {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (!(declared > 0) && request.headers['transfer-encoding'] === undefined) return undefined;
  const mediaType = mediaTypeOf(request);
  const raw = rawBodyRoutes.find((candidate) => candidate.contentType === mediaType);
  const ownRoute = raw !== undefined && raw.route === routeOf(request);
  const limitBytes = ownRoute ? raw.limitBytes : defaultLimitBytes;
  if (declared > limitBytes) {
    return new DomainError(ErrorCode.PayloadTooLarge, `the request body is larger than ${limitBytes} bytes`);
  }
  if (raw && !ownRoute) {
    return new DomainError(ErrorCode.UnsupportedMediaType, `${mediaType} is accepted only by ${raw.route}`);
  }
  return undefined;
}

/**
 * Registers the PDF and CSV parsers and a hook that refuses a body by its Content-Length before a byte
 * of it is read: 413 when it is larger than the route takes, 415 for a PDF or CSV sent to any route but
 * its own. A body without Content-Length is still cut off at the same limit while it is read, by the
 * parser's limit (PDF, CSV) or Fastify's `bodyLimit` (everything else).
 */
export function limitBodiesPerRoute(fastify: FastifyInstance, defaultLimitBytes: number): void {
  const logger = new Logger('http');
  for (const { contentType, parseAs, limitBytes } of rawBodyRoutes) {
    if (parseAs === 'multipart') {
      void fastify.register(multipart, { limits: { fileSize: limitBytes, files: 1, fields: 10 } });
      continue;
    }
    fastify.addContentTypeParser(contentType, { parseAs, bodyLimit: limitBytes }, (_request, body, done) =>
      done(null, body),
    );
  }
  fastify.addHook('onRequest', async (request, reply) => {
    const refusal = refusalOf(request, defaultLimitBytes);
    if (!refusal) return;
    sendProblem(refusal, request, reply, logger);
    return reply;
  });
}
