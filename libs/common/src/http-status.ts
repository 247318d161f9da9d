import { ErrorCode } from './domain-error.js';
import { Language, message, MessageKey } from './messages/index.js';

/** The one place that decides which status an error code is; adding a code fails to compile here. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.Validation:
      return 400;
    case ErrorCode.Unauthenticated:
      return 401;
    case ErrorCode.Forbidden:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.Withdrawn:
      return 410;
    case ErrorCode.Conflict:
    case ErrorCode.Duplicate:
    case ErrorCode.InsufficientStock:
    case ErrorCode.IdempotencyInFlight:
    case ErrorCode.LastAdmin:
      return 409;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.IdempotencyMismatch:
      return 422;
    case ErrorCode.RateLimited:
      return 429;
    case ErrorCode.DependencyDown:
      return 503;
    default: {
      const unhandled: never = code;
      throw new Error(`no HTTP status for error code ${String(unhandled)}`);
    }
  }
}

const titles: Record<number, MessageKey> = {
  400: 'title.400',
  401: 'title.401',
  403: 'title.403',
  404: 'title.404',
  405: 'title.405',
  409: 'title.409',
  410: 'title.410',
  413: 'title.413',
  415: 'title.415',
  422: 'title.422',
  429: 'title.429',
  500: 'title.500',
  503: 'title.503',
};

/** The problem title of an HTTP status, from the message catalogue; an unknown one as its class's. */
export function titleOf(status: number, language: Language): string {
  return message(titles[status] ?? titles[status >= 500 ? 500 : 400], {}, language);
}

/** Picks `ru` or `en` from an Accept-Language header; English when neither is asked for first. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage
    ?.split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((tag) => tag === 'ru' || tag === 'en');
  return first === 'ru' ? 'ru' : 'en';
}
