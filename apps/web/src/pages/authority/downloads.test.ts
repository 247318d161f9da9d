// @vitest-environment node
// (jsdom's Blob cannot be read back; the downloads need no DOM)
import { describe, expect, it } from 'vitest';
import { csvText, sheetName, xlsxBlob } from './downloads';
import {
  byMonthTable,
  byOrganisationAndMonthTable,
  byOrganisationTable,
  type AuthorityStats,
} from './tables';

const headings = {
  organisation: 'Организация',
  month: 'Месяц',
  beneficiaries: 'Получатели',
  careEvents: 'Случаи помощи',
  spendRoubles: 'Расходы, ₽',
};

const stats = {
  regionCode: '48',
  year: 2026,
  byOrganisation: [
    {
      organisationId: '00000000-0000-4000-8000-000000000001',
      name: 'АНО «Добрые руки», Липецк',
      beneficiariesServed: 12,
      careEvents: 40,
      spendKopecks: 1234550,
      months: [
        { month: '2026-01', beneficiariesServed: 7, careEvents: 20 },
        { month: '2026-02', beneficiariesServed: null, careEvents: null },
      ],
    },
    {
      organisationId: '00000000-0000-4000-8000-000000000002',
      name: '=HYPERLINK("http://evil.example")',
      beneficiariesServed: null,
      careEvents: 9,
      spendKopecks: null,
      months: [],
    },
  ],
  perMonth: [{ month: '2026-01', beneficiariesServed: 9, careEvents: 29, spendKopecks: 100 }],
} as unknown as AuthorityStats;

describe('the CSV download', () => {
  const text = csvText(byOrganisationTable(stats, headings));

  it('starts with a byte order mark, so Excel reads it as UTF-8', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it('holds the header and one row per organisation, CRLF-separated, money in roubles', () => {
    expect(text.slice(1).split('\r\n')).toEqual([
      'Организация,Получатели,Случаи помощи,"Расходы, ₽"',
      '"АНО «Добрые руки», Липецк",12,40,12345.5',
      `"'=HYPERLINK(""http://evil.example"")",< 5,9,< 5`,
      '',
    ]);
  });

  it('writes withheld months as "< 5", one row per organisation and month', () => {
    const lines = csvText(byOrganisationAndMonthTable(stats, headings)).slice(1).split('\r\n');
    expect(lines.slice(1, 3)).toEqual([
      '"АНО «Добрые руки», Липецк",2026-01,7,20',
      '"АНО «Добрые руки», Липецк",2026-02,< 5,< 5',
    ]);
    expect(lines).toHaveLength(4);
  });
});

describe('the XLSX download', () => {
  it('has a sheet per table with the same cells as the screen', async () => {
    const blob = await xlsxBlob([
      { name: 'По организациям', ...byOrganisationTable(stats, headings) },
      { name: 'По месяцам', ...byMonthTable(stats, headings) },
    ]);
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const [organisations, months] = workbook.worksheets;
    expect(organisations.name).toBe('По организациям');
    expect(organisations.getRow(1).values).toEqual([
      undefined,
      ...Object.values(headings).filter((h) => h !== 'Месяц'),
    ]);
    expect(organisations.getRow(2).values).toEqual([undefined, 'АНО «Добрые руки», Липецк', 12, 40, 12345.5]);
    expect(organisations.getRow(3).values).toEqual([
      undefined,
      '=HYPERLINK("http://evil.example")',
      '< 5',
      9,
      '< 5',
    ]);
    expect(months.getRow(2).values).toEqual([undefined, '2026-01', 9, 29, 1]);
  });

  it('names sheets as Excel allows', () => {
    expect(sheetName('Регион 48: по месяцам / 2026 [все]')).toBe('Регион 48  по месяцам   2026  в');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
