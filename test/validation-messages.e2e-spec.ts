import {
  createValidationPipe,
  DomainError,
  isCatalogued,
  Language,
  message,
  MessageKey,
} from '@careledger/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import { toProblem } from '../apps/api/src/http/problem.js';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, registerOrg, RegisteredOrg } from './support/factories.js';

interface TypeStorage {
  findTypeMetadata(target: object, property: string): { typeFunction(): unknown } | undefined;
}

// class-transformer keeps each property's @Type() here and exports no accessor for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: TypeStorage;
};

/**
 * Issue 16, item 11: a missing field says it is required and a mistyped one says the type it needs, in
 * English and Russian, for every request DTO the api's controllers take (found in the booted app, so a
 * DTO added later is covered without a change here).
 */

type Dto = new (...args: never[]) => object;

interface DtoUse {
  dto: Dto;
  where: 'body' | 'query';
  route: string;
}

/** The DTO classes nested in `use`'s (a care event's lines), each checked as a body of its own. */
function nestedDtosOf(use: DtoUse): DtoUse[] {
  return rulesOf(use.dto)
    .filter((rule) => rule.type === 'nestedValidation')
    .map((rule) => defaultMetadataStorage.findTypeMetadata(use.dto, rule.propertyName)?.typeFunction())
    .filter((dto): dto is Dto => typeof dto === 'function' && rulesOf(dto as Dto).length > 0)
    .map((dto) => ({ dto, where: 'body', route: `${use.route} (${dto.name})` }));
}

/** Every body and query DTO class of the app's controllers and the DTOs nested in them. */
function requestDtosOf(api: TestApi): DtoUse[] {
  const found = new Map<Dto, DtoUse>();
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const controller of module.controllers.values()) {
      const type = controller.metatype as Dto;
      const prototype = type.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const args: Record<string, { index: number }> =
          Reflect.getMetadata(ROUTE_ARGS_METADATA, type, method) ?? {};
        const paramTypes: unknown[] = Reflect.getMetadata('design:paramtypes', prototype, method) ?? [];
        for (const [key, { index }] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const where =
            kind === RouteParamtypes.BODY ? 'body' : kind === RouteParamtypes.QUERY ? 'query' : undefined;
          const dto = paramTypes[index] as Dto | undefined;
          if (where && dto && rulesOf(dto).length > 0 && !found.has(dto))
            found.set(dto, { dto, where, route: `${type.name}.${method}` });
        }
      }
    }
  }
  const pending = [...found.values()];
  for (let use = pending.pop(); use; use = pending.pop()) {
    for (const nested of nestedDtosOf(use))
      if (!found.has(nested.dto)) {
        found.set(nested.dto, nested);
        pending.push(nested);
      }
  }
  return [...found.values()];
}

function rulesOf(dto: Dto): ValidationMetadata[] {
  return getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
}

type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'dateTime' | 'array' | 'object' | 'oneOf';

/** The kind a field's rules ask for, read from the rules as a client would read the OpenAPI document. */
const kindOfRule: Record<string, Kind> = {
  isInt: 'integer',
  isNumber: 'number',
  isNumberWithPlaces: 'number',
  min: 'number',
  max: 'number',
  isBoolean: 'boolean',
  isDate: 'dateTime',
  isArray: 'array',
  arrayMaxSize: 'array',
  arrayMinSize: 'array',
  isObject: 'object',
  nestedValidation: 'object',
  isString: 'string',
  matches: 'string',
  maxLength: 'string',
  isUuid: 'string',
  isIso8601: 'string',
  isDateString: 'string',
  isEmail: 'string',
  isKnownRegion: 'string',
  isInn: 'string',
  isOgrn: 'string',
  isBirthDate: 'string',
  isPastTime: 'string',
  isAcceptablePassword: 'string',
  isEnum: 'oneOf',
  isIn: 'oneOf',
};
const kindPrecedence: Kind[] = [
  'integer',
  'number',
  'boolean',
  'dateTime',
  'array',
  'object',
  'string',
  'oneOf',
];

/** A value of the wrong kind, as a client sends it in JSON or a query string. */
const wrongValue: Record<Kind, unknown> = {
  integer: 'abc',
  number: 'abc',
  boolean: 'maybe',
  dateTime: 'not a time',
  array: 'abc',
  object: 'abc',
  string: 12345,
  oneOf: 12345,
};

const kindMessage: Record<Exclude<Kind, 'oneOf'>, MessageKey> = {
  integer: 'field.integer',
  number: 'field.number',
  boolean: 'field.boolean',
  dateTime: 'field.dateTime',
  array: 'field.array',
  object: 'field.object',
  string: 'field.string',
};

interface RequiredField {
  name: string;
  kind: Kind | undefined;
}

const kindOfType = new Map<unknown, Kind>([
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
  [Date, 'dateTime'],
  [Array, 'array'],
]);

/** The kind the property's TypeScript type says, for fields whose rules do not say one. */
function typeKindOf(dto: Dto, name: string): Kind | undefined {
  const type: unknown = Reflect.getMetadata('design:type', dto.prototype, name);
  if (typeof type !== 'function' || type === Object) return undefined;
  return kindOfType.get(type) ?? 'object';
}

/** The fields a DTO requires (no @IsOptional or other condition), with the kind each asks for. */
function requiredFieldsOf(dto: Dto): RequiredField[] {
  const byField = new Map<string, ValidationMetadata[]>();
  for (const rule of rulesOf(dto))
    byField.set(rule.propertyName, [...(byField.get(rule.propertyName) ?? []), rule]);
  return [...byField.entries()]
    .filter(([, rules]) => !rules.some((rule) => rule.type === 'conditionalValidation'))
    .map(([name, rules]) => {
      const kinds = new Set(
        rules.filter((rule) => !rule.each).map((rule) => kindOfRule[rule.name ?? rule.type]),
      );
      return { name, kind: kindPrecedence.find((kind) => kinds.has(kind)) ?? typeKindOf(dto, name) };
    });
}

/** The field messages of the problem the api answers for `value`, in `language`. */
async function refusal(use: DtoUse, value: object, language: Language): Promise<Record<string, string>> {
  const caught = await createValidationPipe()
    .transform(value, { type: use.where, metatype: use.dto })
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  if (!(caught instanceof DomainError)) throw new Error(`${use.dto.name} took ${JSON.stringify(value)}`);
  const { body } = toProblem(caught, language);
  expect(body.title).toBe(language === 'ru' ? 'Некорректный запрос' : 'Bad request');
  return Object.fromEntries((body.errors ?? []).map((error) => [error.field, error.message]));
}

describe('validation messages', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let dtos: DtoUse[];

  beforeAll(async () => {
    api = await startTestApi('validation-messages', { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app);
    dtos = requestDtosOf(api);
  });

  afterAll(() => api.close());

  it('finds the request DTOs of the controllers', () => {
    const names = dtos.map((use) => use.dto.name);
    console.log(
      names.length,
      dtos.reduce((n, u) => n + requiredFieldsOf(u.dto).length, 0),
    );
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual(
      expect.arrayContaining(['ProfileInput', 'MovementInput', 'OrganisationStatusInput', 'CareLineInput']),
    );
  });

  it('knows the kind of every required field of every request DTO', () => {
    const unknown = dtos.flatMap((use) =>
      requiredFieldsOf(use.dto)
        .filter((field) => !field.kind)
        .map((field) => `${use.dto.name}.${field.name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('holds a Russian text for every message a DTO rule declares', () => {
    const declared = dtos.flatMap((use) =>
      rulesOf(use.dto)
        .filter((rule) => rule.type !== 'nestedValidation')
        .map((rule) => rule.message)
        .filter((text): text is string => typeof text === 'string'),
    );
    expect(declared.length).toBeGreaterThan(0);
    expect([...new Set(declared.filter((text) => !isCatalogued(text)))]).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('says each missing required field is required (%s)', async (language) => {
    for (const use of dtos) {
      const required = requiredFieldsOf(use.dto);
      if (required.length === 0) continue;
      const messages = await refusal(use, {}, language);
      for (const field of required)
        expect({ route: use.route, field: field.name, message: messages[field.name] }).toEqual({
          route: use.route,
          field: field.name,
          message: message('field.required', {}, language),
        });
    }
  });

  it.each(['en', 'ru'] as const)('says the kind a mistyped required field needs (%s)', async (language) => {
    for (const use of dtos) {
      for (const field of requiredFieldsOf(use.dto)) {
        if (!field.kind) continue;
        const messages = await refusal(use, { [field.name]: wrongValue[field.kind] }, language);
        const expected =
          field.kind === 'oneOf'
            ? expect.stringMatching(
                language === 'ru' ? /^должно быть одним из значений: / : /^must be one of /,
              )
            : message(kindMessage[field.kind], {}, language);
        expect({ route: use.route, field: field.name, message: messages[field.name] }).toEqual({
          route: use.route,
          field: field.name,
          message: expected,
        });
      }
    }
  });

  describe('through the api', () => {
    const profile = (payload: object, language?: string) =>
      api.app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${org.orgId}/profile/2026`,
        headers: { ...bearer(org.accessToken), ...(language ? { 'accept-language': language } : {}) },
        payload,
      });

    it('says a missing field is required and a mistyped one its type, naming each', async () => {
      const response = await profile({ volunteers: '12' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        type: 'https://careledger.example/problems/validation',
        title: 'Bad request',
        status: 400,
        detail: 'staffFte: is required; volunteers: must be an integer',
        errors: [
          { field: 'staffFte', message: 'is required' },
          { field: 'volunteers', message: 'must be an integer' },
        ],
      });
    });

    it('answers every message in Russian for Accept-Language: ru', async () => {
      const response = await profile({ volunteers: 20_000_000, colour: 'red' }, 'ru-RU,ru;q=0.9');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        type: 'https://careledger.example/problems/validation',
        title: 'Некорректный запрос',
        status: 400,
        detail:
          'colour: неизвестное поле; staffFte: обязательное поле; volunteers: должно быть не больше 10000000',
        errors: [
          { field: 'colour', message: 'неизвестное поле' },
          { field: 'staffFte', message: 'обязательное поле' },
          { field: 'volunteers', message: 'должно быть не больше 10000000' },
        ],
      });
    });

    it('says a query year that is not a number must be an integer, in Russian too', async () => {
      const response = await api.app.inject({
        method: 'GET',
        url: '/api/v1/public/reports?year=twenty',
        headers: { 'accept-language': 'ru' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'year', message: 'должно быть целым числом' }]);
    });

    it('answers other problems in Russian too: title and the catalogue’s detail', async () => {
      const anonymous = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.orgId}`,
        headers: { 'accept-language': 'ru' },
      });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({
        title: 'Требуется вход',
        detail: expect.stringMatching(/^нужн/),
      });
      const stranger = await registerOrg(api.app);
      const elsewhere = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.orgId}`,
        headers: { ...bearer(stranger.accessToken), 'accept-language': 'ru' },
      });
      expect(elsewhere.statusCode).toBe(404);
      expect(elsewhere.json()).toMatchObject({ title: 'Не найдено', detail: 'организация не найдена' });
      const malformed = await api.app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${org.orgId}/profile/2026`,
        headers: { ...bearer(org.accessToken), 'accept-language': 'ru', 'content-type': 'application/json' },
        payload: '{"staffFte": 1,',
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({
        title: 'Некорректный запрос',
        detail: 'тело запроса — не корректный JSON',
      });
    });

    it('says text hygiene and path parameter problems in Russian', async () => {
      const hygiene = await profile({ staffFte: 1, volunteers: 2, note: 'a\u202Eb' }, 'ru');
      expect(hygiene.json().errors).toEqual([
        { field: 'note', message: 'не может содержать символы управления направлением текста' },
      ]);
      const year = await api.app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${org.orgId}/profile/1990`,
        headers: { ...bearer(org.accessToken), 'accept-language': 'ru' },
        payload: { staffFte: 1, volunteers: 2 },
      });
      expect(year.json()).toMatchObject({
        title: 'Некорректный запрос',
        detail: 'year: должно быть от 2000 до 2100',
        errors: [{ field: 'year', message: 'должно быть от 2000 до 2100' }],
      });
    });
  });
});
