import { ValidationError } from '@nestjs/common';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';
import { fieldErrorsOf } from './validation.js';
import { DomainError } from './domain-error.js';
import { languageOf } from './http-status.js';

describe('fieldErrorsOf', () => {
  it('names nested fields by their path and unknown fields as unknown', () => {
    const errors: ValidationError[] = [
      {
        property: 'organisation',
        children: [
          { property: 'inn', constraints: { isInn: 'inn must be a valid INN' }, children: [] },
          {
            property: 'colour',
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
                      { property: 'quantity', constraints: { isPositive: 'quantity must be positive' } },
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
      { field: 'events[0].lines[2].quantity', message: 'must be positive' },
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
