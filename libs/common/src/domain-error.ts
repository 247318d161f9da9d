/** Every failure a caller can cause or meet; the problem filter maps each to one HTTP status. */
export enum ErrorCode {
  Validation = 'validation',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  /** It was public and is no longer (a report of a suspended organisation). */
  Withdrawn = 'withdrawn',
  Conflict = 'conflict',
  Duplicate = 'duplicate',
  InsufficientStock = 'insufficient_stock',
  IdempotencyInFlight = 'idempotency_in_flight',
  IdempotencyMismatch = 'idempotency_mismatch',
  LastAdmin = 'last_admin',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  RateLimited = 'rate_limited',
  DependencyDown = 'dependency_down',
}

export interface FieldError {
  field: string;
  message: string;
}

export interface DomainErrorOptions {
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} not found`);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.Validation, `${field}: ${message}`, { errors: [{ field, message }] });
  }
}
