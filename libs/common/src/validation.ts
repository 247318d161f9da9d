import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidateBy, ValidateIf } from 'class-validator';
import { DomainError, ErrorCode, FieldError } from './domain-error.js';
import { message } from './messages/index.js';
import { unsafeTextProblem, unstorableTextProblem } from './text.js';
import { fieldErrorsOf, fieldPath } from './validation-messages.js';

export { fieldErrorsOf, fieldPath } from './validation-messages.js';

/**
 * An optional field that, when given, must hold a value: unlike `@IsOptional()`, which also lets null
 * through, a null here is checked by the field's other rules and refused.
 */
export const IfPresent = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

/** Deeper than any input of this api needs (a batch's event's line is 4 levels down). */
export const maxInputDepth = 32;

/**
 * A field whose name says it holds a password (`password`, `currentPassword`, `newPassword`): it reaches
 * the hasher exactly as typed. Normalising it would change what is hashed, so a password set before
 * (or typed in another normal form) would stop matching; and since a password is never shown, a control
 * or bidirectional character in it spoofs nothing. Only what cannot be stored is refused there.
 */
const passwordField = /password/i;

interface TextAt {
  text: string;
  field: string;
  /** inside a password field */
  password: boolean;
}

/**
 * The first problem `problemOf` finds in any string of raw input (keys included), or nesting deeper
 * than `maxInputDepth`, on which class-transformer's recursion would overflow the stack. Walks
 * iteratively, so the walk itself cannot overflow.
 */
function firstTextProblem(
  input: unknown,
  root: string,
  problemOf: (at: TextAt) => string | undefined,
): FieldError | undefined {
  const pending: { value: unknown; field: string; depth: number; password: boolean }[] = [
    { value: input, field: root, depth: 0, password: passwordField.test(root) },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, field, depth, password } = next;
    if (typeof value === 'string') {
      const message = problemOf({ text: value, field, password });
      if (message) return { field: field || 'body', message };
    } else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      if (depth >= maxInputDepth) {
        return { field: field || 'body', message: message('field.deeplyNested', { depth: maxInputDepth }) };
      }
      for (const [key, child] of Object.entries(value)) {
        const childField = fieldPath(field, key);
        const message = problemOf({ text: key, field: childField, password: false });
        if (message) return { field: childField, message };
        const inPassword = password || (!Array.isArray(value) && passwordField.test(key));
        pending.push({ value: child, field: childField, depth: depth + 1, password: inPassword });
      }
    }
  }
  return undefined;
}

/**
 * The first thing in raw input that must not reach the DTOs or the database: a NUL character, which
 * PostgreSQL cannot store in text, an unpaired surrogate, on which validators throw, or nesting deeper
 * than `maxInputDepth`.
 */
export function rawInputError(input: unknown, root = ''): FieldError | undefined {
  return firstTextProblem(input, root, ({ text }) => unstorableTextProblem(text));
}

/**
 * The first string of raw input, other than a password, with control characters (TAB, LF and CR
 * aside) or bidirectional controls (`unsafeTextProblem`). Line breaks are checked after validation,
 * where the DTO says which fields may span lines.
 */
export function unsafeInputError(input: unknown, root = ''): FieldError | undefined {
  return firstTextProblem(input, root, ({ text, password }) =>
    password ? undefined : unsafeTextProblem(text, false),
  );
}

/**
 * Raw input with every string but passwords in Unicode normal form C, so that `é` typed as one
 * character or as `e` and a combining accent is the same name, code or search. Returns `input` itself
 * when nothing changes (nearly always), copies only what does. Expects input `rawInputError` passed.
 */
export function normalisedInput(input: unknown, password = false): unknown {
  if (typeof input === 'string') return password ? input : input.normalize('NFC');
  if (input === null || typeof input !== 'object' || ArrayBuffer.isView(input)) return input;
  if (Array.isArray(input)) {
    const items = input.map((item) => normalisedInput(item, password));
    return items.every((item, index) => item === input[index]) ? input : items;
  }
  const entries = Object.entries(input).map(
    ([key, child]) => [key, normalisedInput(child, password || passwordField.test(key))] as const,
  );
  const unchanged = entries.every(([key, child]) => child === (input as Record<string, unknown>)[key]);
  // fromEntries defines own properties, so a `__proto__` key stays a key and never sets a prototype
  return unchanged ? input : Object.fromEntries(entries);
}

const multiLineRule = 'isMultiLine';

/**
 * Marks a DTO property as free text that may span lines (TAB, LF, CR): notes, reasons, descriptions,
 * addresses. Every other string the api takes is single-line. It is a class-validator rule that always
 * passes, so that mapped types (`PartialType`, `PickType`) carry the mark as they carry other rules.
 */
export function MultiLine(): PropertyDecorator {
  return ValidateBy({ name: multiLineRule, validator: { validate: () => true } });
}

const multiLineProperties = new WeakMap<object, Set<string>>();

function multiLinePropertiesOf(type: new (...args: never[]) => unknown): Set<string> {
  let properties = multiLineProperties.get(type);
  if (!properties) {
    const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    properties = new Set(
      rules.filter((rule) => rule.name === multiLineRule).map((rule) => rule.propertyName),
    );
    multiLineProperties.set(type, properties);
  }
  return properties;
}

/**
 * A real calendar date written `YYYY-MM-DD` (no 30 February) from `from` to `to`: by default 1900 to
 * 2099, since PostgreSQL has no year 0 and no plan or person here lies outside those years.
 */
export function isCalendarDate(text: string, from = '1900-01-01', to = '2099-12-31'): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text < from || text > to) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Times PostgreSQL and people can both read: JavaScript takes years from −271821 to 275760. */
const earliestTime = Date.parse('0001-01-01T00:00:00Z');
const latestTime = Date.parse('9999-12-31T23:59:59.999Z');

function timeProblem(time: Date): string | undefined {
  const ms = time.getTime();
  return ms < earliestTime || ms > latestTime ? message('field.timeRange') : undefined;
}

/**
 * The first value of a validated DTO (or query) that is well-formed but unsafe to use: a string with
 * TAB or a line break where its property is not `@MultiLine()` (strings in arrays follow the property
 * that holds the array; passwords are exempt), or a time outside the years 1–9999, which PostgreSQL
 * would refuse mid-query.
 */
export function validatedInputError(value: unknown, field = '', multiLine = false): FieldError | undefined {
  if (typeof value === 'string') {
    const message = unsafeTextProblem(value, !multiLine);
    return message ? { field: field || 'body', message } : undefined;
  }
  if (value instanceof Date) {
    const message = timeProblem(value);
    return message ? { field: field || 'body', message } : undefined;
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const error = validatedInputError(item, fieldPath(field, String(index)), multiLine);
      if (error) return error;
    }
    return undefined;
  }
  const type = value.constructor as (new (...args: never[]) => unknown) | undefined;
  const declared = type && type !== Object ? multiLinePropertiesOf(type) : undefined;
  for (const [key, child] of Object.entries(value)) {
    if (passwordField.test(key)) continue;
    const error = validatedInputError(child, fieldPath(field, key), declared ? declared.has(key) : multiLine);
    if (error) return error;
  }
  return undefined;
}

function validationFailure(error: FieldError): DomainError {
  return new DomainError(ErrorCode.Validation, `${error.field}: ${error.message}`, { errors: [error] });
}

/** Throws the 400 for `rawInputError`'s finding, if any: for the pipe, and for whatever reads a body before it. */
export function assertFitInput(input: unknown, root = ''): void {
  const error = rawInputError(input, root);
  if (error) throw validationFailure(error);
}

/**
 * The global pipe's class. Before validation: refuses what cannot be stored (`rawInputError`) and
 * unsafe characters (`unsafeInputError`), then NFC-normalises every string but passwords, so the DTO
 * rules (lengths, patterns) judge the text that will be stored. After validation: refuses TAB and line
 * breaks outside `@MultiLine()` properties and times PostgreSQL cannot hold (`validatedInputError`).
 * Body, query and path alike.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
    const refused = rawInputError(value, root) ?? unsafeInputError(value, root);
    if (refused) throw validationFailure(refused);
    const validated: unknown = await super.transform(
      normalisedInput(value, passwordField.test(root)),
      metadata,
    );
    // A whole raw body (a CSV upload) is a document, not a field: only DTOs and parameters are lines.
    const unsafe =
      metadata.type === 'body' && typeof validated === 'string'
        ? undefined
        : validatedInputError(validated, root);
    if (unsafe) throw validationFailure(unsafe);
    return validated;
  }
}

/**
 * The global pipe: transforms query and body into DTO instances, rejects unknown fields at every depth
 * (nested DTOs carry @ValidateNested) and answers 400 naming every offending field; text PostgreSQL cannot
 * store, unsafe characters and too deep nesting are refused first, and text is NFC-normalised
 * (`InputValidationPipe`).
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    // Every rule of a field runs, so that `fieldErrorsOf` can say the most fundamental failure (missing,
    // then the wrong kind) whichever rule class-validator happens to run first. The target and value
    // serve only that choice; neither leaves in an answer.
    stopAtFirstError: false,
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => {
      const fieldErrors = fieldErrorsOf(errors);
      const detail = fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ');
      return new DomainError(ErrorCode.Validation, detail || message('input.invalid'), {
        errors: fieldErrors,
      });
    },
  });
}
