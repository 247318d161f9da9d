import { AppConfig } from '@careledger/config';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';

/** Paths in a log line that may hold credentials or personal data; pino replaces them. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
];

/** Structured JSON logs with a request id (taken from X-Request-Id when given) on every line. */
export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      genReqId: (request: IncomingMessage) => {
        const given = request.headers['x-request-id'];
        return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
      },
      customProps: () => ({ service: 'api' }),
      serializers: {
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          // The query string is left out: a search (`?q=`) may carry a person's name.
          path: request.url.split('?')[0],
        }),
      },
    },
  };
}
