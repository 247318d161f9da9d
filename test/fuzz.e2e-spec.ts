import SwaggerParser from '@apidevtools/swagger-parser';
import { superuserUrl } from '@careledger/database';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { addMember, bearer, login, RegisteredOrg, registerOrg } from './support/factories.js';

/**
 * Schema-driven fuzzing: every operation of the OpenAPI document with a request body or query parameters
 * gets 200 invalid and edge-case inputs generated from its own schema. Whatever comes in, the api answers
 * 2xx or 4xx (never 5xx), every 4xx is problem+json whose `status` is the HTTP status, and a rejected
 * request leaves the database as it was (API.md, "Conventions").
 */

const numRuns = 200;
const platformAdminEmail = 'fuzz-platform-admin@careledger.example';
const platformAdminPassword = 'platform admin passphrase';

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  allOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  bodySchema?: Schema;
  contentType?: string;
}

interface FuzzRequest {
  url: string;
  body?: { json: unknown } | { raw: string | Buffer; contentType: string };
  language: string;
}

type Path = (string | number)[];
type Json = Record<string, unknown> | unknown[];

// --- values ---------------------------------------------------------------------------------------------

const sqlInjections = [
  "'; drop table users; --",
  "1' or '1'='1",
  "'); delete from items where ('1'='1",
  '"; select pg_sleep(10); --',
  "\\'; truncate audit_log; --",
];
const nanLike = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  '1_000',
  '1,5',
  ' 12 ',
  '١٢',
  '12abc',
  'null',
  'undefined',
  'true',
  '9'.repeat(40),
];
const badDates = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-01-01',
  '9999-12-31',
  '10000-01-01',
  '-000001-01-01',
  '+275760-09-13T00:00:00.000Z',
  '2026-01-01T25:61:00Z',
  '2026-01-01T10:00:00',
  '1969-12-31T23:59:59Z',
  '1900-01-01T00:00:00+03:00',
  '0001-01-01T00:00:00Z',
  '2999-01-01T00:00:00Z',
  '2026-1-1',
  '01.02.2026',
  '2026-11-20T10:00:00+99:00',
  '2026-11-20 10:00:00+03',
  'yesterday',
  'now()',
  '2026-11-20T10:00:00.123456789Z',
];
const unicode = [
  '👩‍👩‍👧‍👦💊',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שלום',
  '\u0000',
  'a\u0000b',
  'Маша\u0000Иванова',
  '\uD800',
  '\uFEFF',
  'Ｆｕｌｌ',
  'e\u0301',
  '\u200B',
  '\t\n\r',
  '   ',
];
const badUuids = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123e4567-e89b-12d3-a456-42661417400',
  '123e4567-e89b-12d3-a456-4266141740000',
  '{123e4567-e89b-12d3-a456-426614174000}',
  '123e4567-e89b-12d3-a456-42661417400\u0000',
];
const edgeNumbers = [
  -1,
  -0.5,
  0,
  0.0001,
  0.001,
  1.5,
  1.2345,
  1e-7,
  -1e-7,
  2 ** 31,
  2 ** 53 + 2,
  1e15,
  1e21,
  -1e21,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1_000_000_000_000.5,
];
const unknownKeys = [
  'colour',
  'isAdmin',
  'tenantId',
  'id',
  'constructor',
  'prototype',
  '$where',
  '',
  'ключ',
  'x'.repeat(300),
];

const hugeString = fc
  .tuple(fc.integer({ min: 10_000, max: 60_000 }), fc.constantFrom('a', 'я', '💊', '\u0000', "'"))
  .map(([length, unit]) => unit.repeat(length));
const wrongTypes = fc.constantFrom<unknown>(null, true, false, {}, [], [null], [1, 2], { a: 1 }, 0, '1', 'x');
const anyString = fc.oneof(
  fc.constantFrom('', ...sqlInjections, ...nanLike, ...unicode, ...badDates, ...badUuids),
  fc.string({ unit: 'binary', maxLength: 50 }),
  hugeString,
);
const anyNumber = fc.oneof(
  fc.constantFrom(...edgeNumbers),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** A marker that serialises to a placeholder, replaced in the JSON text by a raw fragment. */
class Raw {
  constructor(readonly text: string) {}
}

const deepFragment = fc
  .tuple(fc.constantFrom(64, 1_000, 20_000), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  );

function normalise(schema: Schema): Schema {
  if (!schema.allOf) return schema;
  const merged: Schema = { ...schema, allOf: undefined };
  for (const part of schema.allOf) Object.assign(merged, normalise(part));
  return merged;
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

const day = 86_400_000;
const pastInstant = fc
  .integer({ min: Date.now() - 700 * day, max: Date.now() - day })
  .map((ms) => new Date(ms));
const isoDateTime = fc
  .tuple(pastInstant, fc.boolean())
  .map(([date, moscow]) =>
    moscow
      ? new Date(date.getTime() + 3 * 3_600_000).toISOString().replace(/\.\d+Z$/, '+03:00')
      : date.toISOString(),
  );
const isoDate = pastInstant.map((date) => date.toISOString().slice(0, 10));

/** Valid (mostly) values for one schema, with names steering to fixture ids and realistic codes. */
function validValue(schema: Schema, name: string, ids: Record<string, string>): fc.Arbitrary<unknown> {
  const s = normalise(schema);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.properties?.system && s.properties.code) {
    // a diagnosis: the code must fit its system
    return fc.constantFrom({ system: 'icd10', code: 'Q81.2' }, { system: 'orpha', code: '79361' });
  }
  if (s.type === 'object' || s.properties) {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, property] of Object.entries(s.properties ?? {}))
      record[key] = validValue(property, key, ids);
    return fc.record(record, { requiredKeys: s.required ?? [] });
  }
  if (s.type === 'array') {
    const minLength = s.minItems ?? 0;
    return fc.array(validValue(s.items ?? {}, singular(name), ids), {
      minLength,
      maxLength: Math.max(minLength, Math.min(s.maxItems ?? 3, 3)),
    });
  }
  if (s.type === 'boolean') return fc.boolean();
  if (s.type === 'number' || s.type === 'integer') {
    if (/kopecks/i.test(name)) return fc.integer({ min: 0, max: 1_000_000 });
    if (/quantity/i.test(name)) return fc.constantFrom(1, 2, 0.5, 1.25, 0.001);
    if (name === 'staffFte') return fc.constantFrom(0, 4.5, 12);
    return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 100_000 });
  }
  if (s.format === 'uuid') return ids[name] ? fc.constantFrom(ids[name], ids[name], randomUUID()) : fc.uuid();
  if (s.format === 'date-time') return isoDateTime;
  if (s.format === 'date') return isoDate;
  if (name === 'regionCode') return fc.constantFrom('48', '77');
  if (name === 'inn') return fc.constant('7707083893');
  if (name === 'ogrn') return fc.constant('1027700132195');
  if (name === 'email') return fc.uuid().map((uuid) => `fuzz-${uuid}@example.org`);
  if (name === 'password') return fc.constant('correct horse battery staple');
  if (name === 'code') return fc.uuid().map((uuid) => `П-${uuid.slice(0, 8)}`);
  if (name === 'phone') return fc.constantFrom('+7 900 123-45-67', '8 (4742) 22-33-44');
  if (name === 'sku') return fc.uuid().map((uuid) => `SKU-${uuid}`);
  if (name === 'refreshToken' && ids.refreshToken) return fc.constantFrom(ids.refreshToken, 'not-a-token');
  const maxLength = Math.min(s.maxLength ?? 40, 40);
  return fc.string({ minLength: Math.max(1, s.minLength ?? 1), maxLength: Math.max(1, maxLength) });
}

/** Invalid and edge-case values aimed at one field's schema, plus wrong types for any field. */
function edgeValue(schema: Schema, name: string, ids: Record<string, string>): fc.Arbitrary<unknown> {
  const s = normalise(schema);
  const aimed: fc.Arbitrary<unknown>[] = [];
  if (s.type === 'number' || s.type === 'integer') aimed.push(anyNumber, fc.constantFrom(...nanLike));
  if (s.format === 'date' || s.format === 'date-time') aimed.push(fc.constantFrom(...badDates));
  if (s.format === 'uuid') aimed.push(fc.constantFrom(...badUuids), fc.uuid());
  if (s.type === 'string' && !s.format) {
    aimed.push(anyString, fc.constantFrom('', ...unicode, ...sqlInjections));
    if (s.maxLength)
      aimed.push(fc.constant('я'.repeat(s.maxLength + 1)), fc.constant('a'.repeat(s.maxLength)));
  }
  if (s.enum)
    aimed.push(fc.constantFrom(...s.enum.map((value) => String(value).toUpperCase()), ' ', 'other '));
  if (s.type === 'boolean') aimed.push(fc.constantFrom('true', 'false', 1, 0, 'yes'));
  if (s.type === 'array') {
    const items = s.items ?? {};
    const tooMany = (s.maxItems ?? 1_000) + 1;
    aimed.push(
      validValue(items, singular(name), ids).map((item) => Array.from({ length: tooMany }, () => item)),
      fc.array(edgeValue(items, singular(name), ids), { minLength: 1, maxLength: 3 }),
      fc.constant([]),
    );
  }
  if (s.type === 'object' || s.properties) aimed.push(fc.constantFrom('x', 1, [], [{}]), fc.jsonValue());
  return fc.oneof(
    { arbitrary: fc.oneof(...(aimed.length > 0 ? aimed : [anyString])), weight: 4 },
    { arbitrary: wrongTypes, weight: 1 },
    { arbitrary: anyString, weight: 1 },
    { arbitrary: deepFragment.map((text) => new Raw(text)), weight: 1 },
  );
}

/** Every value in a body with its schema: the places a mutation can aim at. */
function slots(
  value: unknown,
  schema: Schema,
  path: Path = [],
): { path: Path; schema: Schema; value: unknown }[] {
  const s = normalise(schema);
  const here = path.length > 0 ? [{ path, schema: s, value }] : [];
  if (Array.isArray(value)) {
    return [...here, ...value.flatMap((item, index) => slots(item, s.items ?? {}, [...path, index]))];
  }
  if (value !== null && typeof value === 'object') {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, child]) =>
        slots(child, s.properties?.[key] ?? {}, [...path, key]),
      ),
    ];
  }
  return here;
}

/** Plain objects in a body (the root, nested objects, objects inside arrays): where unknown keys go. */
function objectPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, key]))];
  }
  return [];
}

function at(root: unknown, path: Path): Json {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Json;
}

function defineKey(target: Json, key: string | number, value: unknown): void {
  // defineProperty, so that `__proto__` becomes an own key that JSON.stringify writes out.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function withValue(base: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(base);
  defineKey(at(copy, path.slice(0, -1)), path[path.length - 1], value);
  return copy;
}

function without(base: unknown, path: Path): unknown {
  const copy = structuredClone(base);
  const parent = at(copy, path.slice(0, -1));
  if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
  else delete parent[path[path.length - 1] as string];
  return copy;
}

function serialise(value: unknown): string {
  const fragments: string[] = [];
  const text = JSON.stringify(value, (_key, node: unknown) => {
    if (node instanceof Raw) {
      fragments.push(node.text);
      return `\u0001raw${fragments.length - 1}\u0001`;
    }
    return node;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) => fragments[Number(index)]);
}

const garbageBodies: { raw: string | Buffer; contentType: string }[] = [
  { raw: '', contentType: 'application/json' },
  { raw: 'null', contentType: 'application/json' },
  { raw: '[]', contentType: 'application/json' },
  { raw: '"text"', contentType: 'application/json' },
  { raw: '12', contentType: 'application/json' },
  { raw: '{', contentType: 'application/json' },
  { raw: '{"a":NaN}', contentType: 'application/json' },
  { raw: '{"__proto__":{"polluted":true}}', contentType: 'application/json' },
  { raw: '{"constructor":{"prototype":{"polluted":true}}}', contentType: 'application/json' },
  { raw: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), contentType: 'application/json' },
  { raw: '{"a":1}', contentType: 'text/plain' },
  { raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  { raw: '{"a":1}', contentType: 'application/json; charset=latin1' },
];

/** Bodies for a JSON schema: valid edge cases, one-field mutations of a valid body, and garbage. */
function jsonBodies(schema: Schema, ids: Record<string, string>): fc.Arbitrary<FuzzRequest['body']> {
  const mutated = validValue(schema, '', ids).chain((base) => {
    const places = slots(base, schema);
    const objects = objectPaths(base);
    const mutations: fc.Arbitrary<unknown>[] = [
      // an unknown key at any depth, also inside arrays of objects, and the prototype-pollution keys
      fc
        .tuple(
          fc.constantFrom(...objects),
          fc.constantFrom(...unknownKeys, '__proto__'),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([path, key, value]) => {
          const copy = structuredClone(base);
          defineKey(at(copy, path), key, key === '__proto__' ? { polluted: true } : value);
          return copy;
        }),
      // a missing required field, at the top or deeper
      ...objects.flatMap((path) => {
        const required =
          normalise(
            path.length === 0
              ? schema
              : (slots(base, schema).find((slot) => samePath(slot.path, path))?.schema ?? {}),
          ).required ?? [];
        return required.length > 0
          ? [fc.constantFrom(...required).map((key) => without(base, [...path, key]))]
          : [];
      }),
    ];
    if (places.length > 0) {
      mutations.push(
        fc
          .constantFrom(...places)
          .chain((place) =>
            edgeValue(place.schema, String(place.path[place.path.length - 1]), ids).map((value) =>
              withValue(base, place.path, value),
            ),
          ),
        fc.constantFrom(...places).map((place) => withValue(base, place.path, null)),
        fc.constantFrom(...places).map((place) => without(base, place.path)),
      );
    }
    return fc.oneof(...mutations);
  });
  return fc.oneof(
    { arbitrary: validValue(schema, '', ids).map((json) => ({ json })), weight: 3 },
    { arbitrary: mutated.map((json) => ({ json })), weight: 11 },
    { arbitrary: fc.constantFrom(...garbageBodies), weight: 1 },
    {
      arbitrary: deepFragment.map((raw) => ({ raw, contentType: 'application/json' })),
      weight: 1,
    },
  );
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

const csvBodies: fc.Arbitrary<FuzzRequest['body']> = fc
  .oneof(
    fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom('48', '77', '99', ''), anyString),
          fc.oneof(fc.constantFrom('grants_per_100k', 'volunteers_per_100k'), anyString),
          fc.oneof(fc.constantFrom('12.5', '0', '-1', '1e309', 'NaN', ''), anyString),
          fc.oneof(fc.constant('Rosstat'), anyString),
        ),
        { maxLength: 5 },
      )
      .map((rows) => ['regionCode,indicator,value,source', ...rows.map((row) => row.join(','))].join('\n')),
    anyString,
    fc.constantFrom(
      'regionCode,indicator,value,source\n48,"unterminated,1,x',
      'a;b;c\n1;2;3',
      '\u0000,\u0000',
    ),
  )
  .map((raw) => ({ raw, contentType: 'text/csv' }));

const pdfBodies: fc.Arbitrary<FuzzRequest['body']> = fc
  .oneof(
    fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
    fc.string({ maxLength: 200 }).map((text) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF`)),
    fc.constant(Buffer.alloc(0)),
  )
  .map((raw) => ({ raw, contentType: 'application/pdf' }));

function validQueryValue(name: string, schema: Schema, ids: Record<string, string>): fc.Arbitrary<string> {
  const s = normalise(schema);
  if (name === 'limit') return fc.integer({ min: 1, max: 200 }).map(String);
  if (name === 'year') return fc.constantFrom('2025', '2026');
  if (name === 'methodology' || name === 'version') return fc.constant('1');
  if (s.type === 'boolean') return fc.constantFrom('true', 'false');
  return validValue(s, name, ids).map(String);
}

const badQueryValues = fc.oneof(
  fc.constantFrom('', '-1', '0', '201', '1.5', '1e3', '99999999999999999999', '2026.5', '1800', '3000'),
  anyString.filter((value) => value.length < 20_000),
);
/** Percent-encodes the UTF-8 bytes of any string (encodeURIComponent throws on a lone surrogate). */
function encode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

const rawQueryFragments = [
  'limit[]=1',
  'limit[a]=1',
  '%',
  '%zz',
  '&&&',
  '=x',
  'limit',
  'cursor=%00',
  'a=%FF%FE',
];

type QueryEntry = [string, string];

function renderQuery(entries: QueryEntry[], raw: string[] = []): string {
  return [...entries.map(([key, value]) => `${encode(key)}=${encode(value)}`), ...raw].join('&');
}

/** Query strings: a valid query, or one with a bad value, a repeated, unknown or missing parameter. */
function queries(parameters: Parameter[], ids: Record<string, string>): fc.Arbitrary<string> {
  const validOf = (parameter: Parameter) => validQueryValue(parameter.name, parameter.schema ?? {}, ids);
  const base = fc
    .tuple(
      ...parameters.map((parameter) => {
        const present = validOf(parameter).map((value): QueryEntry[] => [[parameter.name, value]]);
        return parameter.required ? present : fc.oneof(present, fc.constant<QueryEntry[]>([]));
      }),
    )
    .map((groups) => groups.flat());
  const required = parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
  return base.chain((entries) => {
    const others = (name: string) => entries.filter(([key]) => key !== name);
    const variants: fc.WeightedArbitrary<string>[] = [
      { arbitrary: fc.constant(renderQuery(entries)), weight: 2 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom(...parameters), badQueryValues)
          .map(([parameter, value]) => renderQuery([...others(parameter.name), [parameter.name, value]])),
        weight: 6,
      },
      {
        arbitrary: fc
          .constantFrom(...parameters)
          .chain((parameter) =>
            fc
              .tuple(validOf(parameter), fc.oneof(validOf(parameter), badQueryValues))
              .map(([a, b]) =>
                renderQuery([...others(parameter.name), [parameter.name, a], [parameter.name, b]]),
              ),
          ),
        weight: 1,
      },
      {
        arbitrary: fc
          .tuple(
            fc.constantFrom(...unknownKeys, '__proto__', 'constructor[prototype][polluted]'),
            badQueryValues,
          )
          .map(([key, value]) => renderQuery([...entries, [key, value]])),
        weight: 1,
      },
      {
        arbitrary: fc.constantFrom(...rawQueryFragments).map((fragment) => renderQuery(entries, [fragment])),
        weight: 1,
      },
    ];
    if (required.length > 0) {
      variants.push({
        arbitrary: fc.constantFrom(...required).map((name) => renderQuery(others(name))),
        weight: 1,
      });
    }
    return fc.oneof(...variants);
  });
}

// --- cursors and headers ---------------------------------------------------------------------------------

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** A part of a cursor as this api writes them ([key, id]), right or wrong in kind. */
const cursorPart = fc.oneof(
  fc.constantFrom(
    ...badDates,
    ...badUuids,
    ...nanLike,
    '',
    'a\u0000b',
    '\uD800',
    '-0',
    '-9223372036854775809',
  ),
  fc.uuid(),
  isoDateTime,
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.string({ maxLength: 40 }),
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, -1e308, 2 ** 64, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
);

/**
 * Cursors for any list: random text, base64url of random bytes or JSON, and structurally plausible
 * ones (base64url JSON [key, id]) with wrong types, huge numbers, bad dates, non-UUID ids, nested arrays.
 */
const cursors = fc.oneof(
  { arbitrary: anyString.filter((text) => text.length <= 512), weight: 1 },
  {
    arbitrary: fc.uint8Array({ maxLength: 380 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
    weight: 1,
  },
  {
    arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => base64url(JSON.stringify(value) ?? 'null')),
    weight: 1,
  },
  {
    arbitrary: fc
      .array(cursorPart, { minLength: 0, maxLength: 4 })
      .map((parts) => base64url(JSON.stringify(parts)))
      .filter((cursor) => cursor.length <= 512),
    weight: 4,
  },
  {
    arbitrary: fc
      .tuple(cursorPart, cursorPart, fc.nat({ max: 3 }))
      .map(([key, id, depth]) => {
        let nested: unknown = [key, id];
        for (let level = 0; level < depth; level++) nested = [nested];
        return base64url(JSON.stringify(nested));
      })
      .filter((cursor) => cursor.length <= 512),
    weight: 2,
  },
);

/** Header values as an HTTP client can send them: visible ASCII and Latin-1 bytes, of odd lengths. */
const headerText = fc.oneof(
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength: 300,
  }),
  fc.string({
    unit: fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)),
    maxLength: 40,
  }),
  fc.integer({ min: 256, max: 20_000 }).map((length) => 'x'.repeat(length)),
  fc.constantFrom('', ' ', '\t', 'null', '__proto__', "'; drop table users; --", '\u00ff\u00fe'),
);

const headerJunk: Record<string, fc.Arbitrary<string>> = {
  'idempotency-key': fc.oneof(
    headerText,
    fc.integer({ min: 0, max: 600 }).map((length) => 'k'.repeat(length)),
  ),
  'accept-language': fc.oneof(
    headerText,
    fc.constantFrom('*', 'ru;q=abc', 'en;q=-1', 'xx-YY,zz;q=0.5', ',,,', 'ru-RU;q=1.0;q=0.1', 'q=1'),
  ),
  authorization: fc.oneof(
    headerText,
    headerText.map((text) => `Bearer ${text}`),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Bearer a.b.c',
      'Bearer ..',
      'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.',
      'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxJyBvciAxPTEifQ.c2lnbmF0dXJl',
      `Bearer ${'a'.repeat(10_000)}.${'b'.repeat(10_000)}.c`,
      'Basic YWRtaW46YWRtaW4=',
      'bearer \u00e9\u00e8',
    ),
  ),
  'x-api-key': fc.oneof(
    headerText,
    fc.constantFrom(
      'cl',
      'cl.',
      'cl...',
      `cl.${randomUUID()}.${randomUUID()}.x`,
      'cl.not-a-uuid.not-a-uuid.secret',
    ),
  ),
  'content-type': fc.constantFrom(
    '',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json, text/plain',
    'application/JSON',
    'application/json;;',
    'multipart/form-data; boundary=',
    'application/x-www-form-urlencoded',
    'text/csv',
    'application/pdf',
    'application/octet-stream',
    '*/*',
    'application/json\u00ff',
  ),
  'x-forwarded-for': fc.oneof(
    headerText,
    fc.constantFrom(
      '1.2.3.4, 5.6.7.8',
      '999.999.999.999',
      '::ffff:1.2.3.4',
      'unknown',
      '[::1]:80',
      '1.2.3.4'.repeat(500),
    ),
  ),
};

/** One to three junk headers at once. */
const junkHeaders = fc
  .subarray(Object.keys(headerJunk), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.record(Object.fromEntries(names.map((name) => [name, headerJunk[name]]))));

function describeRequest(request: { method: string; url: string; body?: FuzzRequest['body'] }): string {
  const body =
    request.body === undefined
      ? ''
      : 'json' in request.body
        ? serialise(request.body.json)
        : `(${request.body.contentType}) ${request.body.raw.toString()}`;
  const short = (text: string) =>
    text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
  return `${request.method} ${short(request.url)} ${short(JSON.stringify(body))}`;
}

describe('fuzzing every operation from the OpenAPI document', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let spare: RegisteredOrg;
  let operations: Operation[];
  let pool: pg.Pool;
  let fingerprintSql: string;
  const ids: Record<string, string> = {};
  const tokens: { admin: string; platform: string; authority: string } = {
    admin: '',
    platform: '',
    authority: '',
  };

  beforeAll(async () => {
    api = await startTestApi('fuzz', {
      RATE_LIMIT_PER_MINUTE: '1000000',
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
    });
    pool = new pg.Pool({ connectionString: superuserUrl(api.db.config), max: 1 });
    const tables = await pool.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    fingerprintSql = `select ${tables.rows.map(({ name }) => `(select count(*) from "${name}")::int as "${name}"`).join(', ')}`;

    org = await registerOrg(api.app);
    spare = await registerOrg(api.app, { name: 'Фонд «Запасной»' });
    tokens.admin = org.accessToken;
    tokens.platform = await login(api.app, platformAdminEmail, platformAdminPassword);
    const staff = await addMember(api.app, org, 'staff');
    const viewer = await addMember(api.app, org, 'viewer');
    const official = await addMember(api.app, spare, 'viewer');
    const granted = await api.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${official.userId}/platform-roles`,
      headers: bearer(tokens.platform),
      payload: { role: 'authority', regionCodes: ['48'] },
    });
    expect(granted.statusCode).toBeLessThan(300);
    tokens.authority = await login(api.app, official.email);

    const fixtures = new CareFixtures(api.db, org.orgId);
    const beneficiaryId = await fixtures.beneficiary();
    const itemId = await fixtures.item();
    const fundingSourceId = await fixtures.fundingSource();
    await fixtures.receive(itemId, 1_000_000);
    const event = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/care-events`,
      headers: { ...bearer(tokens.admin), 'idempotency-key': randomUUID() },
      payload: {
        beneficiaryId,
        occurredAt: new Date(Date.now() - day).toISOString(),
        kind: 'delivery',
        lines: [{ itemId, quantity: 1, fundingSourceId }],
      },
    });
    expect(event.statusCode).toBe(201);
    const report = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/reports`,
      headers: { ...bearer(tokens.admin), 'idempotency-key': randomUUID() },
      payload: { type: 'activity', periodFrom: '2026-01-01', periodTo: '2026-06-30', language: 'en' },
    });
    expect(report.statusCode).toBe(202);
    const casework = async (kind: 'notes' | 'follow-ups', payload: Record<string, unknown>) => {
      const response = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.orgId}/beneficiaries/${beneficiaryId}/${kind}`,
        headers: bearer(tokens.admin),
        payload,
      });
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    };
    const noteId = await casework('notes', { text: 'Запись' });
    const followUpId = await casework('follow-ups', {
      text: 'Задача',
      dueOn: '2026-12-01',
      assigneeId: staff.userId,
    });
    Object.assign(ids, {
      noteId,
      followUpId,
      assigneeId: staff.userId,
      orgId: org.orgId,
      beneficiaryId,
      itemId,
      fundingSourceId,
      eventId: event.json().id,
      reportId: report.json().id,
      memberId: staff.userId,
      viewerId: viewer.userId,
      spareOrgId: spare.orgId,
      patchItemId: await fixtures.item(),
      refreshToken: spare.refreshToken,
    });

    const document = await api.app.inject({ method: 'GET', url: '/api/docs-json' });
    const dereferenced = (await SwaggerParser.dereference(structuredClone(document.json()))) as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
        >
      >;
    };
    operations = Object.entries(dereferenced.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) => {
        const content = Object.entries(operation.requestBody?.content ?? {})[0];
        const parameters = operation.parameters ?? [];
        if (!content && !parameters.some((parameter) => parameter.in === 'query')) return [];
        return [
          {
            method: method.toUpperCase(),
            path,
            parameters,
            contentType: content?.[0],
            bodySchema: content?.[1].schema,
          },
        ];
      }),
    );
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  async function fingerprint(): Promise<string> {
    return JSON.stringify((await pool.query(fingerprintSql)).rows[0]);
  }

  function pathId(path: string, name: string): string {
    if (name === 'year') return '2025';
    if (name === 'code') return '48';
    if (name === 'type') return 'activity';
    if (name === 'userId') return path.startsWith('/api/v1/admin/') ? ids.viewerId : ids.memberId;
    if (name === 'id') return path.startsWith('/api/v1/admin/') ? ids.spareOrgId : ids.fundingSourceId;
    if (name === 'itemId' && path.endsWith('{itemId}')) return ids.patchItemId;
    if (!ids[name]) throw new Error(`no fixture for the path parameter ${name} of ${path}`);
    return ids[name];
  }

  function tokenFor(path: string): string {
    if (path.startsWith('/api/v1/admin/')) return tokens.platform;
    if (path.startsWith('/api/v1/regions/')) return tokens.authority;
    return tokens.admin;
  }

  /** Sends one request and checks what every answer must satisfy; returns the status. */
  async function send(
    operation: Operation,
    request: FuzzRequest,
    headers: Record<string, string>,
    before: { value: string },
  ): Promise<number> {
    const payload =
      request.body === undefined
        ? undefined
        : 'json' in request.body
          ? serialise(request.body.json)
          : request.body.raw;
    const contentType =
      request.body === undefined
        ? undefined
        : 'json' in request.body
          ? 'application/json'
          : request.body.contentType;
    const response = await api.app.inject({
      method: operation.method as 'GET',
      url: request.url,
      headers: {
        ...bearer(tokenFor(operation.path)),
        'accept-language': request.language,
        ...(contentType ? { 'content-type': contentType } : {}),
        ...headers,
      },
      payload,
    });
    const status = response.statusCode;
    const where = () =>
      `${describeRequest({ method: operation.method, url: request.url, body: request.body })}\n→ ${status} ${response.body.slice(0, 500)}`;
    if (status >= 500 || status < 200 || (status >= 300 && status < 400))
      throw new Error(`answered ${status}: ${where()}`);
    if (status >= 400) {
      if (!/^application\/problem\+json/.test(String(response.headers['content-type']))) {
        throw new Error(
          `a ${status} that is not problem+json (${response.headers['content-type']}): ${where()}`,
        );
      }
      const body = response.json() as { status?: unknown };
      if (body.status !== status)
        throw new Error(`problem status ${String(body.status)} is not the HTTP status: ${where()}`);
    }
    const after = await fingerprint();
    // A read may write too (an audited read of personal data): only a rejected write must change nothing.
    if (operation.method !== 'GET' && status >= 400 && after !== before.value) {
      throw new Error(
        `a rejected request changed the database\nbefore ${before.value}\nafter  ${after}\n${where()}`,
      );
    }
    before.value = after;
    return status;
  }

  it('answers 2xx or 4xx problem+json to 200 invalid and edge-case inputs per operation, and rejects without writing', async () => {
    const failures: string[] = [];
    const tried = new Map<string, number>();
    const before = { value: '' };
    for (const operation of operations) {
      const key = `${operation.method} ${operation.path}`;
      // afresh per operation: a failure may have left the previous one's fingerprint behind
      before.value = await fingerprint();
      const query = operation.parameters.filter((parameter) => parameter.in === 'query');
      const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
        pathId(operation.path, name),
      );
      const bodies =
        operation.contentType === 'text/csv'
          ? csvBodies
          : operation.contentType === 'application/pdf'
            ? pdfBodies
            : operation.bodySchema
              ? jsonBodies(operation.bodySchema, ids)
              : fc.constant(undefined);
      const requests = fc.record({
        url:
          query.length > 0
            ? queries(query, ids).map((qs) => (qs ? `${path}?${qs}` : path))
            : fc.constant(path),
        body: bodies,
        language: fc.constantFrom('en', 'ru', 'de-DE,xx;q=abc'),
      });
      const idempotent = operation.parameters.some(
        (parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key',
      );
      const result = await fc.check(
        fc.asyncProperty(requests, async (request) => {
          tried.set(key, (tried.get(key) ?? 0) + 1);
          await send(operation, request, idempotent ? { 'idempotency-key': randomUUID() } : {}, before);
        }),
        { numRuns, endOnFailure: true },
      );
      if (result.failed)
        failures.push(
          `${key}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
        );
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      operations.filter((operation) => tried.get(`${operation.method} ${operation.path}`) !== numRuns),
    ).toEqual([]);
  }, 600_000);

  it('takes every operation with a body or query parameters from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/orgs/{orgId}/care-events',
        'POST /api/v1/orgs/{orgId}/care-events/batch',
        'GET /api/v1/orgs/{orgId}/care-events',
        'PUT /api/v1/admin/external-indicators/{year}',
        'POST /api/v1/public/reports/verify',
      ]),
    );
  });

  it('fuzzes the Idempotency-Key header: empty, too long, odd characters', async () => {
    const operation = operations.find(
      (candidate) => candidate.method === 'POST' && candidate.path === '/api/v1/orgs/{orgId}/care-events',
    );
    if (!operation) throw new Error('POST care-events is not in the OpenAPI document');
    const before = { value: await fingerprint() };
    const url = `/api/v1/orgs/${org.orgId}/care-events`;
    const body = {
      json: {
        beneficiaryId: ids.beneficiaryId,
        occurredAt: new Date(Date.now() - day).toISOString(),
        kind: 'delivery',
        lines: [{ itemId: ids.itemId, quantity: 1 }],
      },
    };
    const keys = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        'x'.repeat(255),
        'x'.repeat(256),
        'x'.repeat(300),
        'x'.repeat(10_000),
        "'; drop table users; --",
        '__proto__',
        'key\u0000nul',
        'ключ-💊',
        'x\u00ff',
      ),
      fc.string({
        unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
        maxLength: 400,
      }),
      fc.integer({ min: 256, max: 2_000 }).map((length) => 'k'.repeat(length)),
    );
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(keys, fc.boolean(), async (key, unique) => {
        const header = unique && key.length > 0 && key.length <= 200 ? `${key}${randomUUID()}` : key;
        statuses.add(
          await send(operation, { url, body, language: 'en' }, { 'idempotency-key': header }, before),
        );
      }),
      { numRuns, endOnFailure: true },
    );
    expect(statuses).toContain(400);
    expect(statuses).toContain(201);
  });

  it('fuzzes the cursor of every list route: random and crafted cursors are a page or a 400, never a 500', async () => {
    const lists = operations.filter(
      (operation) =>
        operation.method === 'GET' &&
        operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'cursor'),
    );
    expect(lists.length).toBeGreaterThanOrEqual(13);
    const failures: string[] = [];
    const before = { value: '' };
    for (const operation of lists) {
      const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
        pathId(operation.path, name),
      );
      const statuses = new Set<number>();
      const result = await fc.check(
        fc.asyncProperty(cursors, async (cursor) => {
          const url = `${path}?${renderQuery([['cursor', cursor]])}`;
          statuses.add(await send(operation, { url, language: 'en' }, {}, before));
        }),
        { numRuns: 100, endOnFailure: true },
      );
      if (result.failed) failures.push(`${operation.path}: ${String(result.errorInstance)}`);
      else if (!statuses.has(400)) failures.push(`${operation.path}: no crafted cursor was refused`);
    }
    expect(failures).toEqual([]);
  });

  it('fuzzes headers on every operation: idempotency keys, languages, credentials, content types, forwarded addresses', async () => {
    const failures: string[] = [];
    const before = { value: '' };
    for (const operation of operations) {
      before.value = await fingerprint();
      const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
        pathId(operation.path, name),
      );
      const bodies =
        operation.contentType === 'text/csv'
          ? csvBodies
          : operation.contentType === 'application/pdf'
            ? pdfBodies
            : operation.bodySchema
              ? validValue(operation.bodySchema, '', ids).map((json) => ({ json }))
              : fc.constant(undefined);
      const result = await fc.check(
        fc.asyncProperty(bodies, junkHeaders, async (body, headers) => {
          await send(operation, { url: path, body, language: 'en' }, headers, before);
        }),
        { numRuns: 30, endOnFailure: true },
      );
      if (result.failed)
        failures.push(
          `${operation.method} ${operation.path}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
        );
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
