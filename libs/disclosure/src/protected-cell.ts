/**
 * The only form in which a statistic leaves the platform. The brands are type-level unique symbols with
 * no runtime existence: a plain number is not a PublishedNumber and an object literal
 * `{ value: 3, withheld: false }` is not a ProtectedCell, so an answer field typed with either can be
 * filled only by this lib (`protectTables`, `ratioCell`). At runtime and in JSON a PublishedNumber is a
 * plain number and a cell is exactly `{ value, withheld }`. Arithmetic on a PublishedNumber gives a
 * plain number again: a figure derived from published ones is published only through `ratioCell`.
 */
declare const publishedBrand: unique symbol;
declare const protectedBrand: unique symbol;

export type PublishedNumber = number & { readonly [publishedBrand]: true };

export interface ProtectedCell {
  /** the published value; null when withheld */
  readonly value: PublishedNumber | null;
  readonly withheld: boolean;
  readonly [protectedBrand]: true;
}

export function withheldCell(): ProtectedCell {
  return { value: null, withheld: true } as ProtectedCell;
}

export function publishedCell(value: number): ProtectedCell {
  return { value: value as PublishedNumber, withheld: false } as ProtectedCell;
}
