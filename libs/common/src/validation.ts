import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, FieldError } from './domain-error.js';

/**
 * The path of a field inside `parent`: `organisation.inn`, and array elements by index as in
 * `lines[0].quantity`, the same form the domain errors name fields in.
 */
export function fieldPath(parent: string, key: string): string {
  if (/^\d+$/.test(key)) return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Flattens class-validator's tree into field paths (`organisation.inn`, `lines[0].quantity`). */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = fieldPath(prefix, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      // class-validator starts each message with the property name, which `field` already says.
      message:
        constraint === 'whitelistValidation'
          ? 'is not a known field'
          : message.replace(`${error.property} `, ''),
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/** Deeper than any input of this api needs (a batch's event's line is 4 levels down). */
export const maxInputDepth = 32;

/** A UTF-16 surrogate without its pair: not Unicode text, it has no UTF-8 encoding. */
const unpairedSurrogate = /\p{Cs}/u;

function characterProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (unpairedSurrogate.test(text)) return 'must be valid Unicode text';
  return undefined;
}

/**
 * The first thing in raw input that must not reach the DTOs or the database: a NUL character, which
 * PostgreSQL cannot store in text, an unpaired surrogate, on which validators throw, or nesting deeper
 * than `maxInputDepth`, on which class-transformer's recursion would overflow the stack. Walks
 * iteratively, so the walk itself cannot overflow.
 */
export function rawInputError(input: unknown, root = ''): FieldError | undefined {
  const pending: { value: unknown; field: string; depth: number }[] = [
    { value: input, field: root, depth: 0 },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, field, depth } = next;
    if (typeof value === 'string') {
      const message = characterProblem(value);
      if (message) return { field: field || 'body', message };
    } else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      if (depth >= maxInputDepth) {
        return { field: field || 'body', message: `is nested deeper than ${maxInputDepth} levels` };
      }
      for (const [key, child] of Object.entries(value)) {
        const childField = fieldPath(field, key);
        const message = characterProblem(key);
        if (message) return { field: childField, message };
        pending.push({ value: child, field: childField, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/** Throws the 400 for `rawInputError`'s finding, if any: for the pipe, and for whatever reads a body before it. */
export function assertFitInput(input: unknown, root = ''): void {
  const error = rawInputError(input, root);
  if (error)
    throw new DomainError(ErrorCode.Validation, `${error.field}: ${error.message}`, { errors: [error] });
}

/** The global pipe's class: refuses NUL characters, unpaired surrogates and too deep nesting, then validates. */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom')
      assertFitInput(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    return super.transform(value, metadata);
  }
}

/**
 * The global pipe: transforms query and body into DTO instances, rejects unknown fields at every depth
 * (nested DTOs carry @ValidateNested) and answers 400 naming every offending field; text PostgreSQL cannot
 * store and too deep nesting are refused first (`rawInputError`).
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = fieldErrorsOf(errors);
      const detail = fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ');
      return new DomainError(ErrorCode.Validation, detail || 'invalid input', { errors: fieldErrors });
    },
  });
}
