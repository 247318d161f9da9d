import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('splits records on LF and CRLF alike and numbers their lines from 1', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, keeping later line numbers true', () => {
    expect(parseCsv('x,"a, ""b""\nc"\ny,z')).toEqual([
      { line: 1, fields: ['x', 'a, "b"\nc'] },
      { line: 3, fields: ['y', 'z'] },
    ]);
  });

  it('keeps empty fields, skips blank lines and a byte order mark, and needs no final newline', () => {
    expect(parseCsv('\uFEFFa,,b\n\n,\nc')).toEqual([
      { line: 1, fields: ['a', '', 'b'] },
      { line: 3, fields: ['', ''] },
      { line: 4, fields: ['c'] },
    ]);
  });

  it('marks a record with bad quoting and goes on with the next one', () => {
    expect(parseCsv('a"b,c\n"d"e,f\ng,h\n"open')).toEqual([
      { line: 1, fields: ['a"b', 'c'], error: 'has a double quote inside an unquoted field' },
      { line: 2, fields: ['de', 'f'], error: 'has characters after the closing quote of a field' },
      { line: 3, fields: ['g', 'h'] },
      { line: 4, fields: ['open'], error: 'has a quoted field that is never closed' },
    ]);
  });

  it('returns nothing for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
