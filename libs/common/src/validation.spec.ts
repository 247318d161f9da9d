import { ArgumentMetadata, ValidationError } from '@nestjs/common';
import { PartialType } from '@nestjs/mapped-types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';
import { createValidationPipe, fieldErrorsOf, isCalendarDate, MultiLine } from './validation.js';
import { DomainError } from './domain-error.js';
import { languageOf } from './http-status.js';

describe('fieldErrorsOf', () => {
  it('names nested fields by their path and unknown fields as unknown', () => {
    const errors: ValidationError[] = [
      {
        property: 'organisation',
        children: [
          { property: 'inn', value: '123', constraints: { isInn: 'inn must be a valid INN' }, children: [] },
          {
            property: 'colour',
            value: 'red',
            constraints: { whitelistValidation: 'property colour should not exist' },
            children: [],
          },
        ],
      },
    ];
    expect(fieldErrorsOf(errors)).toEqual([
      { field: 'organisation.inn', message: 'must be a valid INN' },
      { field: 'organisation.colour', message: 'is not a known field' },
    ]);
  });

  it('names array elements by index, as the domain errors do', () => {
    const errors: ValidationError[] = [
      {
        property: 'events',
        children: [
          {
            property: '0',
            children: [
              {
                property: 'lines',
                children: [
                  {
                    property: '2',
                    children: [
                      {
                        property: 'quantity',
                        value: -1,
                        constraints: { isPositive: 'quantity must be positive' },
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ];
    expect(fieldErrorsOf(errors)).toEqual([
      { field: 'events[0].lines[2].quantity', message: 'must be a positive number' },
    ]);
  });
});

describe('cursors', () => {
  const id = '6f1c2a7e-0d5b-4c1e-9a43-1f0e2b7c9d10';
  const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('round-trips a position', () => {
    expect(decodeCursor(encodeCursor({ key: 'SKU-1', id }), 'text')).toEqual({ key: 'SKU-1', id });
  });

  it('rejects a cursor it did not issue as a 400 naming the cursor', () => {
    expect(() => decodeCursor('bm90LWpzb24', 'text')).toThrow(DomainError);
    expect(() => decodeCursor('bm90LWpzb24', 'text')).toThrow('cursor: is not a cursor this api issued');
  });

  it.each([
    ['timestamp', '2026-11-27T10:15:00.123Z'],
    ['timestamp', '2026-11-27T10:15:00.123456Z'],
    ['timestamp', '0001-01-01T00:00:00Z'],
    ['integer', '1795800000123456'],
    ['integer', '-42'],
    ['text', 'Бинт «стерильный», 7×14'],
    ['uuid', id],
  ] as const)('takes a %s key such as %s', (kind, key) => {
    expect(decodeCursor(encodeCursor({ key, id }), kind)).toEqual({ key, id });
  });

  it.each([
    ['timestamp', '2026-02-30T00:00:00Z'],
    ['timestamp', '2026-01-01T24:00:00Z'],
    ['timestamp', '0000-01-01T00:00:00Z'],
    ['timestamp', '-271821-04-20T00:00:00Z'],
    ['timestamp', '2026-01-01 10:00:00+03'],
    ['timestamp', 'now()'],
    ['integer', '99999999999999999999'],
    ['integer', '1e21'],
    ['integer', '9007199254740993'],
    ['integer', '1.5'],
    ['text', 'a\u0000b'],
    ['text', '\uD800'],
    ['uuid', 'not-a-uuid'],
  ] as const)('refuses a %s key %j', (kind, key) => {
    expect(() => decodeCursor(encodeCursor({ key, id }), kind)).toThrow(
      'cursor: is not a cursor this api issued',
    );
  });

  it.each([
    ['a non-UUID id', ['SKU-1', 'x']],
    ['a number for the key', [12, id]],
    ['a nested array', [['SKU-1'], [id]]],
    ['an object', { key: 'SKU-1', id }],
    ['three parts', ['SKU-1', id, 'more']],
    ['null', null],
    ['a huge number', 1e308],
  ])('refuses a cursor with %s', (_what, value) => {
    expect(() => decodeCursor(crafted(value), 'text')).toThrow('cursor: is not a cursor this api issued');
  });

  it('takes a text id where a list says so (a region code)', () => {
    expect(decodeCursor(encodeCursor({ key: '48', id: '48' }), 'text', 'text')).toEqual({
      key: '48',
      id: '48',
    });
  });

  it('gives a next cursor only when a row beyond the page was fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ key: String(n), id }));
    const position = (row: { key: string; id: string }) => row;
    expect(toPage(rows, 3, position, (row) => row.key)).toEqual({ items: ['1', '2', '3'], nextCursor: null });
    const page = toPage(rows, 2, position, (row) => row.key);
    expect(page.items).toEqual(['1', '2']);
    expect(decodeCursor(page.nextCursor ?? undefined, 'integer')).toEqual({ key: '2', id });
  });
});

describe('languageOf', () => {
  it.each([
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,ru;q=0.5', 'ru'],
    [undefined, 'en'],
  ])('reads %s as %s', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });
});

class LineInput {
  @IsString() sku: string;
  @IsOptional() @IsString() @MultiLine() note?: string;
}

class OrderInput {
  @IsString() @MaxLength(5) name: string;
  @IsOptional() @IsString() password?: string;
  @IsOptional() @IsString() @MultiLine() notes?: string;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => LineInput) lines?: LineInput[];
}

class OrderPatch extends PartialType(OrderInput) {}

describe('the validation pipe and text', () => {
  const pipe = createValidationPipe();
  const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

  async function refusal(value: unknown, metadata: ArgumentMetadata = body(OrderInput)) {
    const error = await pipe.transform(value, metadata).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof DomainError)) throw new Error(`not refused: ${JSON.stringify(value)}`);
    return error.options.errors?.[0];
  }

  it('NFC-normalises every string before the DTO rules judge it', async () => {
    // five characters composed, seven decomposed: the length rule sees the composed name
    const order = (await pipe.transform(
      { name: 'Cafe\u0301s', lines: [{ sku: 'A\u030A-1' }] },
      body(OrderInput),
    )) as OrderInput;
    expect(order.name).toBe('Caf\u00E9s');
    expect(order.lines?.[0].sku).toBe('\u00C5-1');
  });

  it('passes a password through byte for byte, and lets it hold what a name may not', async () => {
    const password = 'Cafe\u0301\u202E\u0007\tpass';
    const order = (await pipe.transform({ name: 'x', password }, body(OrderInput))) as OrderInput;
    expect(order.password).toBe(password);
  });

  it.each([
    ['a C0 control', { name: 'a\u0007b' }, 'name', 'must not contain control characters'],
    [
      'a C1 control',
      { name: 'x', lines: [{ sku: 'A\u0085' }] },
      'lines[0].sku',
      'must not contain control characters',
    ],
    ['DEL', { name: 'x', notes: 'a\u007Fb' }, 'notes', 'must not contain control characters'],
    ['a bidi override', { name: '\u202Eabc' }, 'name', 'must not contain bidirectional control characters'],
    [
      'a bidi isolate',
      { name: 'x', lines: [{ sku: 'y' }, { sku: 'SKU\u2066' }] },
      'lines[1].sku',
      'must not contain bidirectional control characters',
    ],
    ['a line break in a name', { name: 'a\nb' }, 'name', 'must be a single line (no tab or line break)'],
    [
      'a tab in a code',
      { name: 'x', lines: [{ sku: 'A\t1' }] },
      'lines[0].sku',
      'must be a single line (no tab or line break)',
    ],
  ])('refuses %s, naming the field', async (_what, value, field, message) => {
    expect(await refusal(value)).toEqual({ field, message });
  });

  it('lets free text marked @MultiLine() hold tabs and line breaks, also through PartialType', async () => {
    const value = { name: 'x', notes: 'line 1\r\n\tline 2', lines: [{ sku: 'A', note: 'a\nb' }] };
    await expect(pipe.transform(value, body(OrderInput))).resolves.toMatchObject({ notes: value.notes });
    await expect(pipe.transform({ notes: 'a\nb' }, body(OrderPatch))).resolves.toMatchObject({
      notes: 'a\nb',
    });
    expect(await refusal({ name: 'a\nb' }, body(OrderPatch))).toEqual({
      field: 'name',
      message: 'must be a single line (no tab or line break)',
    });
  });

  it('checks query strings and path parameters too', async () => {
    expect(await refusal('\u202Eevil', { type: 'query', data: 'q', metatype: String })).toEqual({
      field: 'q',
      message: 'must not contain bidirectional control characters',
    });
    await expect(pipe.transform('Cafe\u0301', { type: 'query', data: 'q', metatype: String })).resolves.toBe(
      'Caf\u00E9',
    );
  });

  it('refuses a time PostgreSQL cannot hold, naming the field', async () => {
    class Period {
      @Type(() => Date) @IsDate() from: Date;
    }
    for (const from of ['-271821-04-20T00:00:00Z', '0000-12-31T23:59:59Z', '+010000-01-01T00:00:00Z'])
      expect(await refusal({ from }, { type: 'query', metatype: Period })).toEqual({
        field: 'from',
        message: 'must be a time between the years 1 and 9999',
      });
    await expect(
      pipe.transform({ from: '0001-01-01T00:00:00Z' }, { type: 'query', metatype: Period }),
    ).resolves.toEqual({
      from: new Date('0001-01-01T00:00:00Z'),
    });
  });

  it('takes a whole text body (a CSV upload) with its line breaks', async () => {
    const csv = 'regionCode,indicator\r\n48,x\r\n';
    await expect(pipe.transform(csv, body(String))).resolves.toBe(csv);
  });
});

class YearlyInput {
  @IsInt() @Min(2000) @Max(2100) year: number;
  @IsString() @IsNotEmpty() @MaxLength(10) reason: string;
  @IsIn(['monthly', 'yearly']) cadence: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @MaxLength(3, { each: true })
  tags?: string[];
}

describe('which message a field gets', () => {
  const pipe = createValidationPipe();
  const valid = { year: 2030, reason: 'audit', cadence: 'yearly' };

  async function messagesFor(value: object): Promise<Record<string, string>> {
    const error = await pipe.transform(value, { type: 'body', metatype: YearlyInput }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof DomainError)) throw new Error(`not refused: ${JSON.stringify(value)}`);
    return Object.fromEntries((error.options.errors ?? []).map((field) => [field.field, field.message]));
  }

  it('says a missing field is required, whatever rule class-validator runs first', async () => {
    expect(await messagesFor({})).toEqual({
      year: 'is required',
      reason: 'is required',
      cadence: 'is required',
    });
  });

  it.each([
    ['a numeric string', '2030'],
    ['a fraction', 2030.5],
    ['null', null],
    ['an object', { year: 2030 }],
  ])('says an integer field given %s must be an integer, not a range', async (_what, year) => {
    expect(await messagesFor({ ...valid, year })).toEqual({ year: 'must be an integer' });
  });

  it('says a text field given a number must be a string, not a length', async () => {
    expect(await messagesFor({ ...valid, reason: 12 })).toEqual({ reason: 'must be a string' });
  });

  it('says the range or form once the kind is right, in the order the DTO declares its rules', async () => {
    expect(await messagesFor({ ...valid, year: 2200 })).toEqual({ year: 'must not be greater than 2100' });
    expect(await messagesFor({ ...valid, year: 1999 })).toEqual({ year: 'must not be less than 2000' });
    expect(await messagesFor({ ...valid, reason: '' })).toEqual({ reason: 'must not be empty' });
    expect(await messagesFor({ ...valid, reason: 'x'.repeat(11) })).toEqual({
      reason: 'must be shorter than or equal to 10 characters',
    });
    expect(await messagesFor({ ...valid, cadence: 7 })).toEqual({
      cadence: 'must be one of the following values: monthly, yearly',
    });
  });

  it('says an array field is an array, and what is wrong with each value', async () => {
    expect(await messagesFor({ ...valid, tags: 'abc' })).toEqual({ tags: 'must be an array' });
    expect(await messagesFor({ ...valid, tags: ['abcd'] })).toEqual({
      tags: 'each value must be shorter than or equal to 3 characters',
    });
  });

  it('says a list of nested objects must be an array, and each element an object', async () => {
    const order = (lines: unknown) => ({ name: 'x', lines });
    const orderRefusal = (value: object) =>
      pipe.transform(value, { type: 'body', metatype: OrderInput }).then(
        () => undefined,
        (caught: DomainError) => caught.options.errors,
      );
    expect(await orderRefusal(order(5))).toEqual([{ field: 'lines', message: 'must be an array' }]);
    expect(await orderRefusal(order(['x']))).toEqual([{ field: 'lines[0]', message: 'must be an object' }]);
  });

  it('names every offending field, one message each', async () => {
    expect(await messagesFor({ year: 'x', cadence: 'daily', colour: 'red' })).toEqual({
      year: 'must be an integer',
      reason: 'is required',
      cadence: 'must be one of the following values: monthly, yearly',
      colour: 'is not a known field',
    });
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-11-01', '1900-01-01', '2099-12-31', '2024-02-29'])('takes %s', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '0001-01-01',
    '9999-12-31',
    '1899-12-31',
    '2100-01-01',
    '2026-1-01',
    '２０２６-11-01',
    ' 2026-11-01',
    '2026-11-01T00:00:00Z',
  ])('refuses %s', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it('keeps to the bounds it is given', () => {
    expect(isCalendarDate('2026-11-02', '1900-01-01', '2026-11-01')).toBe(false);
    expect(isCalendarDate('2026-11-01', '1900-01-01', '2026-11-01')).toBe(true);
  });
});
