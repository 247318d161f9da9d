import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from './domain-error.js';
import { isUuid } from './ids.js';
import { unstorableTextProblem } from './text.js';

export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ description: 'opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Keyset position: the sort key and id of the last row of a page. */
export interface CursorPosition {
  key: string;
  id: string;
}

/**
 * What a list sorts by, and so what a cursor's key (or id) must be before it reaches SQL, where a value
 * of the wrong kind would fail the query: `timestamp` an ISO 8601 UTC instant as the api writes it
 * (`2026-11-27T10:15:00.123Z`, up to microseconds), `integer` a whole number in JavaScript's safe range
 * (audit sequence numbers, microseconds since the epoch), `text` any storable text, `uuid` a UUID.
 */
export type CursorKind = 'timestamp' | 'integer' | 'text' | 'uuid';

const instantPattern = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** A real instant: Date.parse rolls 30 February over to March, so the parsed date must read back the same. */
function isInstant(text: string): boolean {
  if (!instantPattern.test(text)) return false;
  const ms = Date.parse(text);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === text.slice(0, 19);
}

function isSafeIntegerText(text: string): boolean {
  return /^-?\d{1,16}$/.test(text) && Number.isSafeInteger(Number(text));
}

const kindChecks: Record<CursorKind, (text: string) => boolean> = {
  timestamp: isInstant,
  integer: isSafeIntegerText,
  text: (text) => unstorableTextProblem(text) === undefined,
  uuid: isUuid,
};

/**
 * SQL for a timestamptz column as a `timestamp` cursor key, to the microsecond PostgreSQL keeps: a key
 * cut to JavaScript's milliseconds would repeat or skip rows that share a millisecond.
 */
export function cursorInstantSql(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

/**
 * The position a cursor holds, checked against the kinds the list sorts by, so that a crafted cursor is
 * a 400 naming `cursor` and never a failing query. Every list decodes its cursor here.
 */
export function decodeCursor(
  cursor: string | undefined,
  keyKind: CursorKind,
  idKind: CursorKind = 'uuid',
): CursorPosition | undefined {
  if (cursor === undefined) return undefined;
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: the 400 below
  }
  if (Array.isArray(position) && position.length === 2) {
    const [key, id] = position as unknown[];
    if (
      typeof key === 'string' &&
      typeof id === 'string' &&
      kindChecks[keyKind](key) &&
      kindChecks[idKind](id)
    )
      return { key, id };
  }
  throw DomainError.invalid('cursor', 'is not a cursor this api issued');
}

/** Builds a page from rows fetched with `limit + 1`, so the extra row tells whether more follow. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  positionOf: (row: Row) => CursorPosition,
  map: (row: Row) => Item,
): Page<Item> {
  const visible = rows.slice(0, limit);
  const last = visible[visible.length - 1];
  return {
    items: visible.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null,
  };
}
