import { privateFigure, type LineRow, type PrivateFigure } from '../report-model.js';

/** A line with every figure shown, as a beneficiary statement prints it. */
export type ExactLineRow = LineRow<PrivateFigure>;

/**
 * `count` funded lines over a year and 52 item names, each with a unit cost and a cost no other line
 * has: a large report for the renderer's tests and the PDF benchmark. Not used by the application.
 */
export function manyLines(count: number): ExactLineRow[] {
  const units = ['tube', 'pack', 'piece', 'hour', 'visit'];
  const names = Array.from(
    { length: 52 },
    (_, i) => `Позиция-${String(i + 1).padStart(2, '0')} номенклатуры`,
  );
  return Array.from({ length: count }, (_, i): ExactLineRow => {
    const day = new Date(Date.UTC(2026, 0, 1 + (i % 365)));
    return {
      date: day.toISOString().slice(0, 10),
      itemName: names[i % names.length],
      unit: units[i % units.length],
      quantity: privateFigure(2),
      unitCostKopecks: privateFigure(100000 + i),
      costKopecks: privateFigure(2 * (100000 + i)),
      fundingSourceName: i % 7 === 0 ? null : 'Грант ФПГ № 24-1-001234',
    };
  });
}
