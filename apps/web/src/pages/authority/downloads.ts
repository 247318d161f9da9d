// Downloads built in the browser from the tables on screen: CSV (UTF-8 with a byte order mark, so Excel
// reads Cyrillic right; the api's own CSV rules, formula-looking text neutralised) and XLSX through
// exceljs, which is imported only when a reader asks for a workbook, so it stays out of every bundle
// until then.
import { toCsv } from '../../../../../libs/common/src/csv';
import type { Table } from './tables';

const byteOrderMark = '\uFEFF';

export function csvText(table: Table): string {
  return byteOrderMark + toCsv([table.header, ...table.rows]);
}

export function csvBlob(table: Table): Blob {
  return new Blob([csvText(table)], { type: 'text/csv;charset=utf-8' });
}

export interface Sheet extends Table {
  /** The worksheet's tab name (Excel allows 31 characters and none of : \ / ? * [ ]). */
  name: string;
}

export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export async function xlsxBlob(sheets: Sheet[]): Promise<Blob> {
  const exceljs = await import('exceljs');
  const { Workbook } = 'Workbook' in exceljs ? exceljs : (exceljs as { default: typeof exceljs }).default;
  const workbook = new Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name));
    worksheet.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, index) => {
      const widest = Math.max(...[sheet.header, ...sheet.rows].map((row) => String(row[index] ?? '').length));
      column.width = Math.min(Math.max(widest + 2, 10), 60);
    });
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** Hands a blob to the browser as a file download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
