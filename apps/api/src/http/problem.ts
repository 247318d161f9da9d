import {
  DomainError,
  ErrorCode,
  FieldError,
  Language,
  message,
  MessageKey,
  statusOf,
  titleOf,
  translated,
} from '@careledger/common';
import { HttpException } from '@nestjs/common';

/** RFC 9457 problem details, as every error of this api is answered. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export interface Problem {
  body: ProblemBody;
  retryAfterSeconds?: number;
  /** true when the server, not the caller, is at fault: logged as an error. */
  unexpected: boolean;
}

const databaseUnavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/**
 * Input PostgreSQL cannot store: a NUL character in text (22021) or jsonb (22P05). The validation pipe
 * refuses these first; this is the last resort for input that reaches SQL another way.
 */
const unstorableInputCodes = new Set(['22021', '22P05']);

function listed(errors: FieldError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join('; ');
}

/**
 * The detail in `language`: the list of field errors when that is what it says (as a validation error's
 * is), else the catalogue's translation of the whole text.
 */
function detailIn(detail: string, language: Language, errors?: FieldError[]): string {
  if (errors && errors.length > 0 && detail === listed(errors)) {
    return listed(errors.map((error) => ({ ...error, message: translated(error.message, language) })));
  }
  return translated(detail, language);
}

/** Errors, title and detail in the caller's language (English when the catalogue lacks a text). */
function problem(
  status: number,
  code: string,
  detail: string,
  language: Language,
  errors?: FieldError[],
): ProblemBody {
  return {
    type: `https://careledger.example/problems/${code}`,
    title: titleOf(status, language),
    status,
    detail: detailIn(detail, language, errors),
    ...(errors
      ? {
          errors: errors.map(({ field, message: text }) => ({
            field,
            message: translated(text, language),
          })),
        }
      : {}),
  };
}

/** Fastify's own refusals of a body, said by the message catalogue rather than in Fastify's words. */
const frameworkMessages: Record<string, MessageKey> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.invalidJson',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.emptyJson',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.mediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.contentLength',
};

function frameworkMessageOf(error: unknown): MessageKey | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? frameworkMessages[code] : undefined;
}

function isDatabaseUnavailable(error: Error & { code?: string }): boolean {
  return (
    (error.code !== undefined && databaseUnavailableCodes.has(error.code)) ||
    /Connection terminated|timeout exceeded when trying to connect|Connection is not established|the database system is/i.test(
      error.message,
    )
  );
}

/** Maps anything thrown while serving a request to the problem the caller sees. */
export function toProblem(error: unknown, language: Language): Problem {
  if (error instanceof DomainError) {
    const status = statusOf(error.code);
    return {
      body: problem(status, error.code, error.message, language, error.options.errors),
      retryAfterSeconds: error.options.retryAfterSeconds,
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest hands Fastify's own refusals over as an HttpException caused by them; the throttler's 429
    // says `ThrottlerException: Too Many Requests`, which is no sentence for a caller.
    const said = status === 429 ? 'request.tooMany' : frameworkMessageOf(error.cause);
    const detail = said ? message(said) : error.message;
    return { body: problem(status, `http-${status}`, detail, language), unexpected: status >= 500 };
  }
  const failure = error as Error & { statusCode?: number; code?: string };
  if (typeof failure.statusCode === 'number' && failure.statusCode >= 400 && failure.statusCode < 500) {
    // Fastify's own errors: body too large, malformed JSON, unsupported content type, a bad URL.
    const said = frameworkMessageOf(failure);
    const detail =
      failure.statusCode === 413
        ? message('request.bodyTooLarge')
        : failure.statusCode === 414
          ? message('request.segmentTooLong')
          : said
            ? message(said)
            : (failure.message ?? message('input.invalid'));
    return {
      body: problem(failure.statusCode, failure.code ?? `http-${failure.statusCode}`, detail, language),
      unexpected: false,
    };
  }
  if (typeof failure?.code === 'string' && unstorableInputCodes.has(failure.code)) {
    return {
      body: problem(400, ErrorCode.Validation, message('input.unstorable'), language),
      unexpected: false,
    };
  }
  // Not `instanceof Error`: errors from another realm (a VM context, a worker) fail that test.
  if (typeof failure?.message === 'string' && isDatabaseUnavailable(failure)) {
    return {
      body: problem(503, ErrorCode.DependencyDown, message('database.down'), language),
      retryAfterSeconds: 5,
      unexpected: false,
    };
  }
  return { body: problem(500, 'internal', message('server.failed'), language), unexpected: true };
}
