import { ErrorCode } from './domain-error.js';

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

const titles: Record<number, { en: string; ru: string }> = {
  400: { en: 'Bad request', ru: 'Некорректный запрос' },
  401: { en: 'Unauthorized', ru: 'Требуется вход' },
  403: { en: 'Forbidden', ru: 'Доступ запрещён' },
  404: { en: 'Not found', ru: 'Не найдено' },
  405: { en: 'Method not allowed', ru: 'Метод не поддерживается' },
  409: { en: 'Conflict', ru: 'Конфликт' },
  413: { en: 'Payload too large', ru: 'Слишком большой запрос' },
  415: { en: 'Unsupported media type', ru: 'Неподдерживаемый тип содержимого' },
  422: { en: 'Unprocessable content', ru: 'Запрос не может быть обработан' },
  429: { en: 'Too many requests', ru: 'Слишком много запросов' },
  500: { en: 'Internal server error', ru: 'Внутренняя ошибка сервера' },
  503: { en: 'Service unavailable', ru: 'Сервис временно недоступен' },
};

export type Language = 'en' | 'ru';

export function titleOf(status: number, language: Language): string {
  return titles[status]?.[language] ?? titles[status >= 500 ? 500 : 400][language];
}

/** Picks `ru` or `en` from an Accept-Language header; English when neither is asked for first. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage
    ?.split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((tag) => tag === 'ru' || tag === 'en');
  return first === 'ru' ? 'ru' : 'en';
}
