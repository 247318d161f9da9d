import { DomainError, ErrorCode, FieldError } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CsvRecord, parseCsv } from './csv.js';

export const externalIndicatorsCsvHeader = ['regionCode', 'indicator', 'value', 'source'] as const;

const indicatorPattern = /^[a-z][a-z0-9_]{0,62}$/;
const decimalPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** numeric(20, 6) holds 14 digits before the point. */
const largestValue = 1e14;
/** A file with more bad rows than this is answered with the first ones only. */
const reportedErrorsLimit = 500;

export interface ExternalIndicatorsUpload {
  year: number;
  rows: number;
}

interface IndicatorRow {
  regionCode: string;
  indicator: string;
  value: string;
  source: string;
}

/** Figures about regions from outside the platform, loaded by a platform admin one year at a time. */
@Injectable()
export class ExternalIndicatorsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Replaces every indicator of `year` with the rows of a CSV file (`regionCode,indicator,value,source`).
   * Every row is checked first; if any is bad, the answer is 400 naming each bad line and nothing is
   * stored. A file with the header alone clears the year.
   */
  async replaceYear(year: number, csv: string): Promise<ExternalIndicatorsUpload> {
    return this.dataSource.transaction(async (manager) => {
      // One upload per year at a time, so two uploads cannot interleave their delete and insert.
      await manager.query(`select pg_advisory_xact_lock(hashtext('external_indicators'), $1)`, [year]);
      const regionRows: { code: string }[] = await manager.query(`select code from regions`);
      const rows = validRows(parseCsv(csv), new Set(regionRows.map((row) => row.code)));
      await manager.query(`delete from external_indicators where year = $1`, [year]);
      if (rows.length > 0) {
        await manager.query(
          `insert into external_indicators (year, region_code, indicator, value, source)
           select $1, * from unnest($2::char(2)[], $3::text[], $4::numeric[], $5::text[])`,
          [
            year,
            rows.map((row) => row.regionCode),
            rows.map((row) => row.indicator),
            rows.map((row) => row.value),
            rows.map((row) => row.source),
          ],
        );
      }
      return { year, rows: rows.length };
    });
  }
}

/** The rows of the file, or a 400 naming every bad line. */
function validRows(records: CsvRecord[], regionCodes: Set<string>): IndicatorRow[] {
  const [header, ...data] = records;
  const errors: FieldError[] = [];
  const expected = externalIndicatorsCsvHeader.join(',');
  if (!header || header.line !== 1 || header.fields.map((field) => field.trim()).join(',') !== expected)
    errors.push({ field: 'line 1', message: `must be the header ${expected}` });

  const rows: IndicatorRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of data) {
    const problems = rowProblems(record, regionCodes);
    if (problems.length === 0) {
      const [regionCode, indicator, value, source] = record.fields.map((field) => field.trim());
      const key = `${regionCode}/${indicator}`;
      const first = firstLineOf.get(key);
      if (first === undefined) firstLineOf.set(key, record.line);
      else problems.push(`repeats region ${regionCode} and indicator ${indicator} of line ${first}`);
      rows.push({ regionCode, indicator, value, source });
    }
    for (const message of problems) errors.push({ field: `line ${record.line}`, message });
  }
  if (errors.length > 0) {
    const listed = errors.slice(0, reportedErrorsLimit);
    const badLines = new Set(errors.map((error) => error.field)).size;
    throw new DomainError(
      ErrorCode.Validation,
      `${badLines} line(s) of the file are invalid; nothing was stored` +
        (listed.length < errors.length ? ` (the first ${listed.length} problems are listed)` : ''),
      { errors: listed },
    );
  }
  return rows;
}

function rowProblems(record: CsvRecord, regionCodes: Set<string>): string[] {
  if (record.error) return [record.error];
  if (record.fields.length !== externalIndicatorsCsvHeader.length)
    return [`has ${record.fields.length} fields where ${externalIndicatorsCsvHeader.length} are expected`];
  const [regionCode, indicator, value, source] = record.fields.map((field) => field.trim());
  const problems: string[] = [];
  if (!regionCodes.has(regionCode))
    problems.push(`regionCode ${JSON.stringify(regionCode)} is not a known region code`);
  if (!indicatorPattern.test(indicator))
    problems.push(
      `indicator ${JSON.stringify(indicator)} must start with a lower-case letter and hold only a-z, 0-9 and _ (at most 63)`,
    );
  const number = Number(value);
  if (!decimalPattern.test(value) || !Number.isFinite(number))
    problems.push(`value ${JSON.stringify(value)} is not a finite number`);
  else if (Math.abs(number) >= largestValue) problems.push(`value ${value} is out of range (below 10^14)`);
  if (source === '') problems.push('source must not be empty');
  return problems;
}
