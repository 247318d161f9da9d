import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, FieldError } from './domain-error.js';

/** Flattens class-validator's tree into `organisation.inn`-style field paths. */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
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

/**
 * The global pipe: transforms query and body into DTO instances, rejects unknown fields at every depth
 * (nested DTOs carry @ValidateNested) and answers 400 naming every offending field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
