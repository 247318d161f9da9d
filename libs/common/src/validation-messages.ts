import { ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import { FieldError } from './domain-error.js';
import { message, MessageArgs, MessageKey } from './messages/index.js';

/** What kind of value a field takes, as the caller reads it in a message. */
type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'dateTime' | 'array' | 'object';

/**
 * The kind of value each rule judges, class-validator's and this api's own: a field with one of these
 * rules that gets a value of another kind is told the kind it needs (`year: must be an integer`), not
 * what a later rule makes of the wrong value (`must not be greater than 2100`).
 */
const kindOfRule: Record<string, Kind> = {
  isString: 'string',
  matches: 'string',
  maxLength: 'string',
  minLength: 'string',
  isEmail: 'string',
  isUuid: 'string',
  isIso8601: 'string',
  isDateString: 'string',
  isKnownRegion: 'string',
  isInn: 'string',
  isOgrn: 'string',
  isBirthDate: 'string',
  isPastTime: 'string',
  isDiagnosisCode: 'string',
  isAcceptablePassword: 'string',
  isInt: 'integer',
  isNumber: 'number',
  isNumberWithPlaces: 'number',
  isPositive: 'number',
  min: 'number',
  max: 'number',
  isBoolean: 'boolean',
  isDate: 'dateTime',
  isArray: 'array',
  arrayMinSize: 'array',
  arrayMaxSize: 'array',
  arrayNotEmpty: 'array',
  isObject: 'object',
};

/** Kinds in the order a field's rules name them most precisely (an integer is also a number). */
const kindPrecedence: Kind[] = ['integer', 'number', 'boolean', 'dateTime', 'array', 'object', 'string'];

const kindMessage: Record<Kind, MessageKey> = {
  string: 'field.string',
  integer: 'field.integer',
  number: 'field.number',
  boolean: 'field.boolean',
  dateTime: 'field.dateTime',
  array: 'field.array',
  object: 'field.object',
};

function isOfKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'dateTime':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** Rules that say what a value is, judged before rules on its size or form. */
const typeRules = new Set([
  'isDefined',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isDate',
  'isArray',
  'isObject',
  'nestedValidation',
  'isEnum',
  'isIn',
  'isUuid',
]);

/** Rules that take one of a list of values, whatever their type: their message lists them. */
const listRules = new Set(['isEnum', 'isIn']);

/** class-validator's own rules, said by the message catalogue with the rule's constraints. */
const ruleMessages: Record<string, (constraints: unknown[]) => [MessageKey, MessageArgs?]> = {
  isDefined: () => ['field.required'],
  isString: () => ['field.string'],
  isInt: () => ['field.integer'],
  isNumber: () => ['field.number'],
  isBoolean: () => ['field.boolean'],
  isDate: () => ['field.dateTime'],
  isArray: () => ['field.array'],
  isObject: () => ['field.object'],
  nestedValidation: () => ['field.object'],
  isEnum: ([, values]) => ['field.oneOf', { values: (values as string[]).join(', ') }],
  isIn: ([values]) => ['field.oneOf', { values: (values as unknown[]).join(', ') }],
  isUuid: () => ['field.uuid'],
  isEmail: () => ['field.email'],
  isNotEmpty: () => ['field.notEmpty'],
  isPositive: () => ['field.positive'],
  isIso8601: () => ['field.iso8601'],
  max: ([limit]) => ['field.max', { limit: String(limit) }],
  min: ([limit]) => ['field.min', { limit: String(limit) }],
  maxLength: ([limit]) => ['field.maxLength', { limit: String(limit) }],
  minLength: ([limit]) => ['field.minLength', { limit: String(limit) }],
  arrayMaxSize: ([limit]) => ['field.arrayMaxSize', { limit: String(limit) }],
  arrayMinSize: ([limit]) => ['field.arrayMinSize', { limit: String(limit) }],
};

function ruleName(rule: ValidationMetadata): string {
  return rule.name ?? rule.type;
}

const rulesByType = new WeakMap<object, ValidationMetadata[]>();

/** The DTO class of the object a validation error is about, if it is an instance of one. */
function dtoTypeOf(target: unknown): (new (...args: never[]) => unknown) | undefined {
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return undefined;
  const type = target.constructor as (new (...args: never[]) => unknown) | undefined;
  return type && type !== Object ? type : undefined;
}

/** The rules the DTO class declares on `property` (none for a plain object or array). */
function rulesOf(
  type: (new (...args: never[]) => unknown) | undefined,
  property: string,
): ValidationMetadata[] {
  if (!type) return [];
  let rules = rulesByType.get(type);
  if (!rules) {
    rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    rulesByType.set(type, rules);
  }
  return rules.filter((rule) => rule.propertyName === property);
}

const kindOfDeclaredType = new Map<unknown, Kind>([
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
  [Date, 'dateTime'],
  [Array, 'array'],
]);

/**
 * The kind of the property's TypeScript type (`design:type`), for rules that do not say theirs: a DTO
 * class is an object; `Object` (a union such as `string | Date`) says nothing.
 */
function declaredKind(type: object, property: string): Kind | undefined {
  const declared: unknown = Reflect.getMetadata(
    'design:type',
    (type as { prototype: object }).prototype,
    property,
  );
  if (typeof declared !== 'function' || declared === Object) return undefined;
  return kindOfDeclaredType.get(declared) ?? 'object';
}

/**
 * The kind the field asks for: from its own rules (not those on each element of it), else from its
 * declared type, unless it is one of a list of values, which its message names instead.
 */
function kindOf(rules: ValidationMetadata[], type: object | undefined): Kind | undefined {
  const own = rules.filter((rule) => !rule.each);
  const kinds = new Set(own.map((rule) => kindOfRule[ruleName(rule)]));
  const ruled = kindPrecedence.find((kind) => kinds.has(kind));
  if (ruled || !type || own.length === 0) return ruled;
  if (own.some((rule) => listRules.has(ruleName(rule)))) return undefined;
  return declaredKind(type, own[0].propertyName);
}

/**
 * class-validator starts its messages with the property name (`each value in codes must…` for a rule
 * on each element), which the field path already says.
 */
function withoutProperty(text: string, property: string): string {
  return text.replace(`each value in ${property} `, 'each value ').replace(`${property} `, '');
}

/** What the failed `rule` says: the DTO's own message, else the catalogue's, else class-validator's. */
function ruleMessage(error: ValidationError, rule: string, declared: ValidationMetadata[]): string {
  const metadata = declared.find((candidate) => ruleName(candidate) === rule);
  const say = ruleMessages[rule];
  // ValidateNested always carries class-validator's own message, never one a DTO chose.
  const ownMessage = metadata?.type !== 'nestedValidation' && metadata?.message;
  if (say && !ownMessage) {
    const [key, args] = say(metadata?.constraints ?? []);
    return metadata?.each ? message('field.eachValue', { message: message(key, args) }) : message(key, args);
  }
  return withoutProperty(error.constraints?.[rule] ?? '', error.property);
}

/**
 * The one message a field's failed rules come to, most fundamental first: missing, then of the wrong
 * kind, then the first failed rule on what the value is (type, enum), then the first failed rule as the
 * DTO declares them (class-validator runs them bottom-up, so its own order is the reverse).
 */
function fieldMessage(error: ValidationError): string {
  const failed = Object.keys(error.constraints ?? {});
  if (failed.includes('whitelistValidation')) return message('field.unknown');
  if (error.value === undefined) return message('field.required');
  const type = dtoTypeOf(error.target);
  const declared = rulesOf(type, error.property);
  const kind = kindOf(declared, type);
  if (kind && !isOfKind(error.value, kind)) return message(kindMessage[kind]);
  const inDeclaredOrder = [...failed].reverse();
  const first = inDeclaredOrder.find((rule) => typeRules.has(rule)) ?? inDeclaredOrder[0];
  return ruleMessage(error, first, declared);
}

/**
 * Flattens class-validator's tree into one message per field (`organisation.inn`, `lines[0].quantity`),
 * in English from the message catalogue; the problem filter says it in the caller's language.
 */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = fieldPath(prefix, error.property);
    const own = error.constraints ? [{ field, message: fieldMessage(error) }] : [];
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * The path of a field inside `parent`: `organisation.inn`, and array elements by index as in
 * `lines[0].quantity`, the same form the domain errors name fields in.
 */
export function fieldPath(parent: string, key: string): string {
  if (/^\d+$/.test(key)) return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}
