import type { SecurityHeadersOptions } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/**
 * The web app loads everything from the api's own origin (fonts self-hosted, no CDN), so the policy
 * allows only 'self': no inline script, no other host, no framing. Styles need no 'unsafe-inline':
 * React and ECharts set styles through the DOM, which the policy does not restrict.
 */
const webPolicy = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
};

/** Helmet's other defaults (HSTS, nosniff, same-origin resource policy...) with the web app's policy. */
export const securityHeaders: SecurityHeadersOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: webPolicy },
};

/** Swagger UI writes inline styles into its markup: its pages alone may use them. */
const apiDocsPolicy = Object.entries({ ...webPolicy, styleSrc: ["'self'", "'unsafe-inline'"] })
  .map(
    ([name, values]) =>
      `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${values.join(' ')}`,
  )
  .join(';');

/** Relaxes the policy on /api/docs (Swagger UI) only; every other answer keeps the strict one. */
export function relaxPolicyForApiDocs(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, _payload, done) => {
    if (/^\/api\/docs(\/|$)/.test(request.url)) void reply.header('content-security-policy', apiDocsPolicy);
    done();
  });
}
