/**
 * The only form in which a statistic leaves the platform. The brand is a type-level unique symbol with
 * no runtime existence: an object literal `{ value: 3, withheld: false }` is not a ProtectedCell, so a
 * DTO field typed ProtectedCell can be filled only by this lib (`protectTables`). At runtime and in
 * JSON a cell is exactly `{ value, withheld }`.
 */
declare const protectedBrand: unique symbol;

export interface ProtectedCell {
  /** the published value; null when withheld */
  readonly value: number | null;
  readonly withheld: boolean;
  readonly [protectedBrand]: true;
}

export function withheldCell(): ProtectedCell {
  return { value: null, withheld: true } as ProtectedCell;
}

export function publishedCell(value: number): ProtectedCell {
  return { value, withheld: false } as ProtectedCell;
}
