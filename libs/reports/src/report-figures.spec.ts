import { grantFigures, LedgerRow, NeedRow, publishableFigures, statementFigures } from './report-figures.js';

let eventNumber = 0;

/** The figures with each cell as its printed value (null when withheld), to compare as plain data. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  if ('withheld' in value && 'value' in value) return value.value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]));
}

/** One care event of one line, as the ledger query reads it. */
function line(overrides: Partial<LedgerRow> & Pick<LedgerRow, 'beneficiary_id'>): LedgerRow {
  eventNumber += 1;
  return {
    event_id: `event-${eventNumber}`,
    beneficiary_code: `П-${overrides.beneficiary_id}`,
    day: '2026-10-05',
    time: '10:00',
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
  it('withholds the spend of a category about one person, though the organisation has 20, and names it', () => {
    const figures = publishableFigures(ledger(), [], 'activity', 5);
    const hygiene = figures.byCategory.find((row) => row.category === 'hygiene');
    expect(plain(hygiene)).toEqual({ category: 'hygiene', spendKopecks: null });
    expect(figures.withheld).toContainEqual({ table: 'byCategory', key: 'hygiene' });
    expect(figures.withheld).toContainEqual({ table: 'byUnit', key: 'pack' });
  });

  it('withholds the complement, so the total minus the shown categories gives nothing back', () => {
    const figures = publishableFigures(ledger(), [], 'activity', 5);
    const medication = figures.byCategory.find((row) => row.category === 'medication');
    expect(plain(medication)).toEqual({ category: 'medication', spendKopecks: null });
  });

  it('lists what was given per item with its people, and quantities per unit, never across units', () => {
    const rows = [
      ...ledger(),
      ...Array.from({ length: 5 }, (_, i) =>
        line({
          beneficiary_id: `b${i + 1}`,
          item_id: 'nappies',
          item_name: 'Подгузники',
          unit: 'pack',
          category: 'hygiene',
          quantity: '3',
          cost_kopecks: '37035',
        }),
      ),
    ];
    const figures = publishableFigures(rows, [], 'activity', 5);
    expect(plain(figures.byItem)).toEqual([
      {
        itemName: 'Подгузники',
        unit: 'pack',
        category: 'hygiene',
        quantity: 18,
        spendKopecks: 6 * 37_035,
        people: 6,
      },
      {
        itemName: 'Мазь',
        unit: 'tube',
        category: 'medication',
        quantity: 40,
        spendKopecks: 20 * 90_100,
        people: 20,
      },
    ]);
    expect(plain(figures.byUnit)).toEqual([
      { unit: 'pack', quantity: 18 },
      { unit: 'tube', quantity: 40 },
    ]);
    expect(figures.withheld).toEqual([]);
  });

  it('keeps the totals exact, unperturbed', () => {
    const { keyFigures, byFundingKind } = publishableFigures(ledger(), [], 'activity', 5);
    expect(plain(keyFigures)).toEqual({
      beneficiaries: 20,
      events: 21,
      spendKopecks: 20 * 90_100 + 37_035,
      costPerBeneficiaryKopecks: (20 * 90_100 + 37_035) / 20,
    });
    expect(plain(byFundingKind)).toEqual([
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
      expect(plain(row)).toMatchObject({ quantity: null, unitCostKopecks: null, costKopecks: null });
    }
    // nor do the printed lines give back a withheld spend as the total less what they add up to
    const printed = figures.lines.reduce((total, row) => total + (row.costKopecks.value ?? 0), 0);
    const spend = figures.keyFigures.spendKopecks.value ?? 0;
    expect(figures.withheld).toContainEqual({ table: 'byCategory', key: 'hygiene' });
    expect(spend - printed).not.toBe(37_035);
    expect(spend - printed).not.toBe(37_035 + 90_100);
    expect(spend).toBe(21 * 90_100 + 37_035);
    // nor do the months: November is one person's
    expect(plain(figures.byMonth)).toEqual([
      { month: '2026-10', spendKopecks: null },
      { month: '2026-11', spendKopecks: null },
    ]);
  });

  it('prints every register line when each is about k people or more', () => {
    const rows = Array.from({ length: 6 }, (_, i) => line({ beneficiary_id: `b${i}` }));
    const figures = publishableFigures(rows, [], 'funding_source', 5);
    expect(plain(figures.lines)).toEqual([
      {
        date: '2026-10',
        itemName: 'Мазь',
        unit: 'tube',
        quantity: 12,
        unitCostKopecks: 45_050,
        costKopecks: 540_600,
      },
    ]);
    expect(figures.withheld).toEqual([]);
  });

  it('leaves a reversed event out of every figure', () => {
    const rows = [
      ...ledger(),
      line({ beneficiary_id: 'b2', cancelled: true }),
      line({ beneficiary_id: 'b2', cancelled: true, quantity: '-2', cost_kopecks: '-90100' }),
    ];
    expect(publishableFigures(rows, [], 'activity', 5).keyFigures.events.value).toBe(21);
  });
});

describe('statementFigures', () => {
  it('keeps a beneficiary statement exact and unprotected, line by line', () => {
    const rows = [line({ beneficiary_id: 'b0', category: 'hygiene' })];
    const figures = statementFigures(rows, []);
    expect(plain(figures.byCategory)).toEqual([{ category: 'hygiene', spendKopecks: 90_100 }]);
    expect(figures.lines).toHaveLength(1);
    expect(plain(figures.lines[0])).toMatchObject({
      date: '2026-10-05',
      beneficiaryCode: 'П-b0',
      costKopecks: 90_100,
    });
    expect(figures.withheld).toEqual([]);
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
    expect(plain(coverage)).toEqual([
      { itemName: 'Мазь', unit: 'tube', needed: 60, delivered: 24, coverage: 0.4 },
      { itemName: 'Редкий препарат', unit: 'tube', needed: null, delivered: 0, coverage: null },
      { itemName: 'Подгузники', unit: 'tube', needed: 120, delivered: null, coverage: null },
    ]);
  });

  it('keeps a beneficiary statement’s coverage exact', () => {
    const { coverage } = statementFigures([], [need('Редкий препарат', 30, 3)]);
    expect(plain(coverage)).toEqual([
      { itemName: 'Редкий препарат', unit: 'tube', needed: 30, delivered: 3, coverage: 0.1 },
    ]);
  });
});

describe('grantFigures', () => {
  const grant = { amountKopecks: 1_000_000, periodFrom: '2026-01-01', periodTo: '2026-12-31' };
  const rows = Array.from({ length: 6 }, (_, i) => line({ beneficiary_id: `b${i}` }));

  it('shows the spend to date and the balance of the amount', () => {
    const period = publishableFigures(rows.slice(0, 5), [], 'funding_source', 5).keyFigures.spendKopecks;
    const figures = grantFigures(rows, period, grant, 5);
    expect(plain(figures)).toEqual({
      ...grant,
      spentToDateKopecks: 540_600,
      balanceKopecks: 459_400,
      overspent: false,
    });
  });

  it('withholds the spend to date and the balance with a withheld spend of the period', () => {
    const period = publishableFigures(rows.slice(0, 1), [], 'funding_source', 5).keyFigures.spendKopecks;
    expect(period.withheld).toBe(true);
    const figures = grantFigures(rows, period, grant, 5);
    expect(plain(figures)).toMatchObject({
      spentToDateKopecks: null,
      balanceKopecks: null,
      overspent: false,
    });
  });
});
