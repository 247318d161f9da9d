/** One record of a CSV file, with the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** What is wrong with the record's quoting, when something is. */
  error?: string;
}

/**
 * Parses CSV as RFC 4180 writes it: fields separated by commas, records by CRLF or LF, fields in double
 * quotes may hold commas, line breaks and doubled quotes. Blank lines are skipped. Bad quoting does not
 * stop the parse: the record is returned with an `error`, so a caller can name every bad line at once.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let record: CsvRecord = { line, fields: [] };
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let afterClosingQuote = false;

  const fail = (message: string): void => {
    record.error ??= message;
  };
  const endField = (): void => {
    record.fields.push(field);
    field = '';
    fieldStarted = false;
    afterClosingQuote = false;
  };
  const endRecord = (): void => {
    endField();
    const blank = record.fields.length === 1 && record.fields[0] === '' && !record.error;
    if (!blank) records.push(record);
    record = { line, fields: [] };
  };

  for (let index = 0; index < input.length; index++) {
    const character = input[index];
    if (quoted) {
      if (character === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
          afterClosingQuote = true;
        }
      } else {
        if (character === '\n') line++;
        field += character;
      }
      continue;
    }
    if (character === ',') {
      endField();
    } else if (character === '\n' || (character === '\r' && input[index + 1] === '\n')) {
      if (character === '\r') index++;
      line++;
      endRecord();
    } else if (character === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else {
      if (character === '"') fail('has a double quote inside an unquoted field');
      else if (afterClosingQuote) fail('has characters after the closing quote of a field');
      field += character;
      fieldStarted = true;
    }
  }
  if (quoted) fail('has a quoted field that is never closed');
  if (fieldStarted || record.fields.length > 0 || record.error) endRecord();
  return records;
}
