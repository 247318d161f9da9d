/**
 * CSV for download (RFC 4180): a header row, CRLF line breaks, fields quoted when they hold a comma,
 * a double quote or a line break (quotes doubled), empty for null. Every CSV the api writes goes
 * through `toCsv`, so the rules below hold for all of them.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or TAB or CR before one) as a formula
 * (OWASP “CSV injection”). Text cells that start so get a `'` in front, which spreadsheets show as text.
 * Numbers are the writer's own: formatted here in plain decimal, `-0.25` is a negative number and no
 * formula, so it stays as it is and a downloaded table can be recomputed exactly.
 */
export type CsvField = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly (readonly CsvField[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One field as it is written: numbers in plain decimal, text neutralised and quoted where needed. */
export function csvField(field: CsvField): string {
  if (field === null || field === undefined) return '';
  if (typeof field === 'number') return plainDecimal(field);
  const text = neutralisedText(String(field));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text a spreadsheet will not run as a formula. */
export function neutralisedText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Plain decimal notation, never exponent notation, so any spreadsheet reads it as a number. */
function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value
    .toFixed(20)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}
