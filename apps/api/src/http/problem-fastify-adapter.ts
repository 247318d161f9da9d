import { Logger } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { sendProblem } from './problem.filter.js';

type SecurityHook = Parameters<FastifyAdapter['registerSecurityHook']>[0];

/**
 * The Fastify adapter whose router refusals (a malformed URL escape, 400; a path parameter over the
 * router's limit, 414) leave as problem+json like every other error, with the security headers of
 * `app.useSecurityHeaders()`. Fastify's router answers these before any hook or Nest filter runs, so the
 * adapter keeps the security hook Nest registers and runs it here itself, as Nest's own handler does.
 */
export function createProblemFastifyAdapter(options: FastifyServerOptions): FastifyAdapter {
  const logger = new Logger('http');
  let securityHeaders: SecurityHook | undefined;
  class ProblemFastifyAdapter extends FastifyAdapter {
    override registerSecurityHook(hook: SecurityHook): void {
      securityHeaders = hook;
      super.registerSecurityHook(hook);
    }
  }
  const frameworkErrors: FastifyServerOptions['frameworkErrors'] = (error, request, reply) => {
    try {
      securityHeaders?.(request, reply.raw);
    } catch {
      // The request is refused either way; a throw here would escape the router.
    }
    sendProblem(error, request, reply, logger);
  };
  return new ProblemFastifyAdapter({ ...options, frameworkErrors });
}
