import { DomainError, ErrorCode, message } from '@careledger/common';
import { projectPath } from '@careledger/database';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, resolve, sep } from 'node:path';
import { sendProblem } from '../http/problem.filter.js';

/** Paths the web app never answers: the api's own, which keep their problem+json 404. */
const apiPaths = /^\/(api|health|metrics)(\/|$)/;
/** Vite's hashed bundles: a new build names new files, so a file here never changes. */
const hashedAssets = /^\/assets\//;

const logger = new Logger('web');

/** WEB_ROOT as an absolute folder: relative settings are read from the project folder. */
export function webRootOf(setting: string): string {
  return isAbsolute(setting) ? setting : projectPath(setting);
}

/** The file under `root` a URL path names, when it is one (never a folder, never outside root). */
function fileAt(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file.slice(root.length + 1) : undefined;
}

function notFound(
  request: FastifyRequest,
  reply: FastifyReply,
  key: 'web.notBuilt' | 'web.noSuchFile',
): void {
  sendProblem(new DomainError(ErrorCode.NotFound, message(key)), request, reply, logger);
}

/** Fastify's default router limit on a path parameter's length. */
const maxParamLength = 100;

/**
 * An api path no route took. This catch-all route matches before the router can refuse an over-long
 * parameter, so that refusal (414) is said here, as the router would have said it.
 */
function apiNotFound(request: FastifyRequest, reply: FastifyReply, path: string): void {
  const overLong = path.split('/').find((segment) => segment.length > maxParamLength);
  if (overLong === undefined) return reply.callNotFound();
  sendProblem(new errorCodes.FST_ERR_MAX_PARAM_LENGTH(overLong.slice(0, 20)), request, reply, logger);
}

/**
 * Serves the web app from `root` for every GET the api's routes do not take: a real file as it is
 * (hashed assets cached for good, anything else revalidated), and any other page route (/, /regions/77,
 * /reports/{id}...) the app's index.html, whose router draws the page. /api, /health and /metrics keep
 * their own 404; a missing file (a name with an extension) is a 404, not the app.
 */
export async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, serve: false });
  const indexBuilt = () => existsSync(resolve(root, 'index.html'));
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      const path = request.url.split('?')[0];
      if (apiPaths.test(path)) return apiNotFound(request, reply, path);
      const file = fileAt(root, path);
      if (file) {
        const cache = hashedAssets.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
        return reply.header('cache-control', cache).sendFile(file, { cacheControl: false });
      }
      if (extname(path) !== '') return notFound(request, reply, 'web.noSuchFile');
      if (!indexBuilt()) return notFound(request, reply, 'web.notBuilt');
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    });
}
