import fc from 'fast-check';

import { extremeSolutions } from './audit.js';
import { RawCell, isMagnitude } from './cell.js';
import { Ledger, LedgerEvent, regionTables } from './ledger.fixture.js';
import { LinkedTables } from './linked-tables.js';
import { protectTables } from './protect.js';

const K = 5;
const SEED = 14;

const recordKey = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** Ledgers of up to three organisations, months and categories; small, so that small cells abound. */
function ledgerOf(size: { beneficiaries: [number, number]; events: [number, number] }): fc.Arbitrary<Ledger> {
  const dimension = fc.integer({ min: 1, max: 3 });
  return fc.record({ organisations: dimension, months: dimension, categories: dimension }).chain((shape) =>
    fc
      .array(fc.record({ organisation: fc.integer({ min: 0, max: shape.organisations - 1 }), recordKey }), {
        minLength: size.beneficiaries[0],
        maxLength: size.beneficiaries[1],
      })
      .chain((beneficiaries) =>
        fc.record({
          organisations: fc.constant(shape.organisations),
          months: fc.constant(shape.months),
          categories: fc.constant(shape.categories),
          beneficiaries: fc.constant(beneficiaries),
          events: fc.array(event(shape, beneficiaries.length), {
            minLength: size.events[0],
            maxLength: size.events[1],
          }),
        }),
      ),
  );
}

const ledger = ledgerOf({ beneficiaries: [1, 24], events: [0, 50] });

function event(
  shape: { months: number; categories: number },
  beneficiaries: number,
): fc.Arbitrary<LedgerEvent> {
  return fc.record({
    beneficiary: fc.integer({ min: 0, max: beneficiaries - 1 }),
    month: fc.integer({ min: 0, max: shape.months - 1 }),
    category: fc.integer({ min: 0, max: shape.categories - 1 }),
    costKopecks: fc.integer({ min: 100, max: 5_000_000 }),
  });
}

const mode = fc.constantFrom('statistics' as const, 'exact' as const);

describe('protectTables on random ledgers (property tests)', () => {
  it('never publishes a cell about 1..k-1 people, nor a count of 1..k-1', () => {
    fc.assert(
      fc.property(ledger, mode, (input, protection) => {
        const tables = regionTables(input);
        const result = protectTables(tables, { k: K, mode: protection });
        for (const [id, cell] of Object.entries(result.cells)) {
          if (cell.withheld) continue;
          const raw = tables.cells[id];
          expect(raw.contributors === 0 || raw.contributors >= K).toBe(true);
          if (!isMagnitude(raw.kind)) expect(cell.value === 0 || cell.value! >= K).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('gives the same answer to the same data, whatever order it is handed over in', () => {
    fc.assert(
      fc.property(ledger, mode, (input, protection) => {
        const tables = regionTables(input);
        const reordered: LinkedTables = {
          cells: Object.fromEntries(Object.entries(tables.cells).reverse()),
          relations: [...tables.relations].reverse(),
        };
        const first = protectTables(tables, { k: K, mode: protection });
        expect(protectTables(tables, { k: K, mode: protection })).toEqual(first);
        expect(protectTables(reordered, { k: K, mode: protection })).toEqual(first);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('leaves no withheld cell derivable: alternative solutions of the published margins span its protection interval', () => {
    fc.assert(
      fc.property(ledger, (input) => {
        const tables = regionTables(input);
        const withheld = new Set(protectTables(tables, { k: K, mode: 'exact' }).withheld);
        for (const id of withheld) {
          const cell = tables.cells[id];
          if (cell.contributors >= K) continue; // a secondary cell: not sensitive itself
          const { low, high } = protectionInterval(cell);
          const { lowest, highest } = extremeSolutions(tables, withheld, id);
          if (lowest) {
            expectConsistent(tables, lowest);
            expect(lowest.get(id)).toBeLessThanOrEqual(low + 1e-6);
          }
          if (highest) {
            expectConsistent(tables, highest);
            expect(highest.get(id)).toBeGreaterThanOrEqual(high - 1e-6);
          }
        }
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('keeps the difference of region totals read before and after one event from giving that event', () => {
    const busy = ledgerOf({ beneficiaries: [10, 30], events: [40, 80] });
    const samples = fc.sample(fc.tuple(busy, fc.boolean()), { seed: SEED, numRuns: 300 });
    const exact = { people: 0, events: 0, money: 0 };
    let peopleChanges = 0;
    let readings = 0;
    for (const [before, newcomer] of samples) {
      const after = withOneMoreEvent(before, newcomer);
      const [tablesBefore, tablesAfter] = [regionTables(before), regionTables(after)];
      const [published, next] = [tablesBefore, tablesAfter].map(
        (tables) => protectTables(tables, { k: K, mode: 'statistics' }).cells,
      );
      if (
        [published, next].some((cells) => cells['people:region'].withheld || cells['money:region'].withheld)
      )
        continue;
      readings++;
      for (const kind of ['people', 'events', 'money'] as const) {
        const id = `${kind}:region`;
        const trueDifference = tablesAfter.cells[id].value - tablesBefore.cells[id].value;
        if (kind === 'people' && trueDifference === 0) continue;
        if (kind === 'people') peopleChanges++;
        if (next[id].value! - published[id].value! === trueDifference) exact[kind]++;
      }
    }
    expect(readings).toBeGreaterThan(100);
    // Independent draws from the count ptable agree with probability Σp² ≈ 0.28 (for k+2 and above).
    expect(exact.people / peopleChanges).toBeLessThan(0.4);
    expect(exact.events / readings).toBeLessThan(0.4);
    expect(exact.money / readings).toBeLessThan(0.05);
  });
});

/** The protection requirement, restated from docs/statistics.md rather than imported. */
function protectionInterval(cell: RawCell): { low: number; high: number } {
  if (isMagnitude(cell.kind)) return { low: cell.value / 2, high: (cell.value * 3) / 2 };
  return { low: cell.value, high: cell.value + Math.max(K - 1, cell.value / 2) };
}

/** Checks an alternative solution against every published relation, without the solver. */
function expectConsistent(tables: LinkedTables, solution: ReadonlyMap<string, number>) {
  // The solution moves the cells linked to the target; every other cell keeps its true value.
  const value = (id: string) => solution.get(id) ?? tables.cells[id].value;
  for (const id of solution.keys())
    expect(value(id)).toBeGreaterThanOrEqual(isMagnitude(tables.cells[id].kind) ? -1e-6 : 1 - 1e-6);
  for (const relation of tables.relations) {
    const total = value(relation.total);
    const parts = relation.parts.map(value);
    const sum = parts.reduce((a, b) => a + b, 0);
    const tolerance = 1e-6 * Math.max(1, total);
    if (relation.kind === 'sum') expect(Math.abs(total - sum)).toBeLessThanOrEqual(tolerance);
    else {
      expect(total).toBeLessThanOrEqual(sum + tolerance);
      for (const part of parts) expect(part).toBeLessThanOrEqual(total + tolerance);
    }
  }
}

/** The ledger with one more event: by a new beneficiary of organisation 0, or by the first one. */
function withOneMoreEvent(ledger: Ledger, newcomer: boolean): Ledger {
  const beneficiaries = newcomer
    ? [
        ...ledger.beneficiaries,
        { organisation: 0, recordKey: (ledger.beneficiaries.length * 0.7548776662) % 1 },
      ]
    : ledger.beneficiaries;
  const beneficiary = newcomer ? beneficiaries.length - 1 : 0;
  return {
    ...ledger,
    beneficiaries,
    events: [...ledger.events, { beneficiary, month: 0, category: 0, costKopecks: 250_000 }],
  };
}
