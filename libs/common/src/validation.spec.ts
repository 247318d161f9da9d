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
  it('round-trips a position', () => {
    expect(decodeCursor(encodeCursor({ key: '2026-11-27', id: 'abc' }))).toEqual({
      key: '2026-11-27',
      id: 'abc',
    });
  });

  it('rejects a cursor it did not issue as a 400 naming the cursor', () => {
    expect(() => decodeCursor('bm90LWpzb24')).toThrow(DomainError);
    expect(() => decodeCursor('bm90LWpzb24')).toThrow('cursor: is not a cursor this api issued');
  });

  it('gives a next cursor only when a row beyond the page was fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ id: String(n) }));
    const position = (row: { id: string }) => ({ key: row.id, id: row.id });
    expect(toPage(rows, 3, position, (row) => row.id)).toEqual({ items: ['1', '2', '3'], nextCursor: null });
    const page = toPage(rows, 2, position, (row) => row.id);
    expect(page.items).toEqual(['1', '2']);
    expect(decodeCursor(page.nextCursor ?? undefined)).toEqual({ key: '2', id: '2' });
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
