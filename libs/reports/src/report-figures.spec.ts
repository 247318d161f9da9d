import { LedgerRow, NeedRow, publishableFigures, statementFigures } from './report-figures.js';

let eventNumber = 0;

/** One care event of one line, as the ledger query reads it. */
function line(overrides: Partial<LedgerRow> & Pick<LedgerRow, 'beneficiary_id'>): LedgerRow {
  eventNumber += 1;
  return {
    event_id: `event-${eventNumber}`,
    beneficiary_code: `П-${overrides.beneficiary_id}`,
    day: '2026-10-05',
    item_id: 'ointment',
    item_name: 'Мазь',
    unit: 'tube',
    category: 'medication',
    quantity: '2',
    unit_cost_kopecks: '45050',
    cost_kopecks: '90100',
    funding_name: 'Грант',
    funding_kind: 'presidential_grant',
    cancelled: false,
    ...overrides,
  };
}

/** 20 people given ointment, one of them also given nappies (hygiene, 3 × 123,45 ₽). */
function ledger(): LedgerRow[] {
  const rows = Array.from({ length: 20 }, (_, i) => line({ beneficiary_id: `b${i}` }));
  rows.push(
    line({
      beneficiary_id: 'b0',
      item_id: 'nappies',
      item_name: 'Подгузники',
      unit: 'pack',
      category: 'hygiene',
      quantity: '3',
      unit_cost_kopecks: '12345',
      cost_kopecks: '37035',
    }),
  );
  return rows;
}

describe('publishableFigures (exact mode)', () => {
  it('withholds the spend and quantity of a category about one person, though the organisation has 20', () => {
    const figures = publishableFigures(ledger(), [], 'activity', 5);
    const hygiene = figures.byCategory.find((row) => row.category === 'hygiene');
    expect(hygiene).toEqual({ category: 'hygiene', quantity: null, spendKopecks: null });
    expect(figures.suppressed).toEqual(
      expect.arrayContaining(['byCategory.hygiene.quantity', 'byCategory.hygiene.spendKopecks']),
    );
  });

  it('withholds the complement, so the total minus the shown categories gives nothing back', () => {
    const figures = publishableFigures(ledger(), [], 'activity', 5);
    const medication = figures.byCategory.find((row) => row.category === 'medication');
    expect(medication).toEqual({ category: 'medication', quantity: null, spendKopecks: null });
  });

  it('keeps the totals exact, unperturbed', () => {
    const { keyFigures, byFundingKind } = publishableFigures(ledger(), [], 'activity', 5);
    expect(keyFigures).toEqual({
      beneficiaries: 20,
      events: 21,
      itemsDelivered: 43,
      spendKopecks: 20 * 90_100 + 37_035,
      costPerBeneficiaryKopecks: Math.round((20 * 90_100 + 37_035) / 20),
    });
    expect(byFundingKind).toEqual([
      { fundingKind: 'presidential_grant', spendKopecks: 20 * 90_100 + 37_035 },
    ]);
  });

  it('aggregates the register per item and month and withholds each line that would undo a withheld cell', () => {
    const rows = [...ledger(), line({ beneficiary_id: 'b1', day: '2026-11-02' })];
    const figures = publishableFigures(rows, [], 'funding_source', 5);
    expect(figures.lines.map((row) => [row.date, row.itemName])).toEqual([
      ['2026-10', 'Мазь'],
      ['2026-10', 'Подгузники'],
      ['2026-11', 'Мазь'],
    ]);
    // one person behind the nappies and behind November's ointment: withheld, and printed as such
    for (const row of [figures.lines[1], figures.lines[2]]) {
      expect(row).toMatchObject({ quantity: null, unitCostKopecks: null, costKopecks: null });
    }
    // nor do the printed lines give back a withheld spend as the total less what they add up to
    const printed = figures.lines.reduce((total, row) => total + (row.costKopecks ?? 0), 0);
    expect(figures.suppressed).toContain('byCategory.hygiene.spendKopecks');
    expect(figures.keyFigures.spendKopecks! - printed).not.toBe(37_035);
    expect(figures.keyFigures.spendKopecks! - printed).not.toBe(37_035 + 90_100);
    expect(figures.keyFigures.spendKopecks).toBe(21 * 90_100 + 37_035);
  });

  it('prints every register line when each is about k people or more', () => {
    const rows = Array.from({ length: 6 }, (_, i) => line({ beneficiary_id: `b${i}` }));
    const figures = publishableFigures(rows, [], 'funding_source', 5);
    expect(figures.lines).toEqual([
      {
        date: '2026-10',
        itemName: 'Мазь',
        unit: 'tube',
        quantity: 12,
        unitCostKopecks: 45_050,
        costKopecks: 540_600,
      },
    ]);
    expect(figures.suppressed).toEqual([]);
  });

  it('leaves a reversed event out of every figure', () => {
    const rows = [
      ...ledger(),
      line({ beneficiary_id: 'b2', cancelled: true }),
      line({ beneficiary_id: 'b2', cancelled: true, quantity: '-2', cost_kopecks: '-90100' }),
    ];
    expect(publishableFigures(rows, [], 'activity', 5).keyFigures.events).toBe(21);
  });
});

describe('statementFigures', () => {
  it('keeps a beneficiary statement exact and unprotected, line by line', () => {
    const rows = [line({ beneficiary_id: 'b0', category: 'hygiene' })];
    const figures = statementFigures(rows, []);
    expect(figures.byCategory).toEqual([{ category: 'hygiene', quantity: 2, spendKopecks: 90_100 }]);
    expect(figures.lines).toHaveLength(1);
    expect(figures.lines[0]).toMatchObject({
      date: '2026-10-05',
      beneficiaryCode: 'П-b0',
      costKopecks: 90_100,
    });
    expect(figures.suppressed).toEqual([]);
  });
});

describe('coverage of needs', () => {
  const need = (item_name: string, needed: number, delivered: number): NeedRow => ({
    item_name,
    unit: 'tube',
    needed: String(needed),
    delivered: String(delivered),
  });

  it('withholds an item’s coverage when fewer than k people need or were given it', () => {
    const needs = [
      ...Array.from({ length: 6 }, () => need('Мазь', 10, 4)),
      need('Редкий препарат', 30, 0),
      need('Подгузники', 20, 20),
      ...Array.from({ length: 5 }, () => need('Подгузники', 20, 0)),
    ];
    const { coverage } = publishableFigures(ledger(), needs, 'activity', 5);
    expect(coverage).toEqual([
      { itemName: 'Мазь', unit: 'tube', needed: 60, delivered: 24, coverage: 0.4 },
      { itemName: 'Редкий препарат', unit: 'tube', needed: null, delivered: 0, coverage: null },
      { itemName: 'Подгузники', unit: 'tube', needed: 120, delivered: null, coverage: null },
    ]);
  });

  it('keeps a beneficiary statement’s coverage exact', () => {
    const { coverage } = statementFigures([], [need('Редкий препарат', 30, 3)]);
    expect(coverage).toEqual([
      { itemName: 'Редкий препарат', unit: 'tube', needed: 30, delivered: 3, coverage: 0.1 },
    ]);
  });
});
