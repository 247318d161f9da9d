import { isBelowThreshold, unprotectedCells } from '@careledger/disclosure';
import fc from 'fast-check';
import { FixtureLine, regionFigures } from './region-figures.fixture.js';
import { Measure, ProtectedRegionSet, Scope, dimensions, regionTables } from './region-set.js';

const k = 5;

function line(organisation: string, beneficiary: number, month: string, category: string): FixtureLine {
  return {
    organisation,
    beneficiary: `${organisation}-${beneficiary}`,
    recordKey: (beneficiary * 2_654_435_761) % 2 ** 32,
    event: `${organisation}-${beneficiary}-${month}`,
    month,
    category,
    fundingKind: category === 'hygiene' ? 'donations' : 'presidential_grant',
    unit: 'tube',
    quantity: 2,
    spend: 90_000,
  };
}

describe('regionTables', () => {
  // A large organisation (eight people, one of them also in hygiene) and a small one (two people).
  const lines = [
    ...Array.from({ length: 8 }, (_, i) => line('large', i, i < 4 ? '2026-01' : '2026-02', 'medication')),
    line('large', 0, '2026-01', 'hygiene'),
    line('small', 100, '2026-03', 'medication'),
    line('small', 101, '2026-03', 'medication'),
  ];
  const tables = regionTables(regionFigures(['large', 'small', 'newcomer'], lines));

  it('adds every measure of the region up over its organisations', () => {
    expect(tables.relations).toContainEqual({
      kind: 'sum',
      total: 'region.beneficiariesServed',
      parts: [
        'organisation:large.beneficiariesServed',
        'organisation:small.beneficiariesServed',
        'organisation:newcomer.beneficiariesServed',
      ],
    });
    expect(tables.relations).toContainEqual({
      kind: 'sum',
      total: 'region/category:medication.spendKopecks',
      parts: [
        'organisation:large/category:medication.spendKopecks',
        'organisation:small/category:medication.spendKopecks',
      ],
    });
  });

  it('has quantity cells per category and unit only, never a sum across units in a published breakdown', () => {
    const mixed = regionTables(
      regionFigures(
        ['large'],
        [
          line('large', 0, '2026-01', 'nutrition'),
          { ...line('large', 1, '2026-01', 'nutrition'), unit: 'kg', quantity: 2.5 },
        ],
      ),
    );
    expect(mixed.cells['organisation:large/categoryUnit:nutrition|tube.itemsDelivered']).toMatchObject({
      value: 2,
    });
    expect(mixed.cells['organisation:large/categoryUnit:nutrition|kg.itemsDelivered']).toMatchObject({
      value: 2.5,
    });
    const quantityCells = Object.keys(mixed.cells).filter((id) => id.endsWith('.itemsDelivered'));
    expect(quantityCells.filter((id) => /\/(month|category|fundingKind):/.test(id))).toEqual([]);
  });

  it('links people over months and categories as a union, money as a sum, events over months only', () => {
    expect(tables.relations).toContainEqual({
      kind: 'union',
      total: 'organisation:large.beneficiariesServed',
      parts: [
        'organisation:large/category:hygiene.beneficiariesServed',
        'organisation:large/category:medication.beneficiariesServed',
      ],
    });
    expect(tables.relations).toContainEqual({
      kind: 'sum',
      total: 'organisation:large.careEvents',
      parts: ['organisation:large/month:2026-01.careEvents', 'organisation:large/month:2026-02.careEvents'],
    });
    expect(Object.keys(tables.cells).filter((id) => /category:.*careEvents/.test(id))).toEqual([]);
    expect(tables.cells['organisation:large/category:hygiene.beneficiariesServed']).toMatchObject({
      value: 1,
      contributors: 1,
    });
    expect(tables.cells['organisation:large/category:medication.spendKopecks']).toMatchObject({
      value: 8 * 90_000,
      contributors: 8,
    });
  });

  it('withholds a category of one person in a large organisation, and enough around it', () => {
    const set = ProtectedRegionSet.protect(regionFigures(['large', 'small', 'newcomer'], lines), k);
    const hygiene: Scope = { organisation: 'large', dimension: 'category', value: 'hygiene' };
    for (const measure of ['beneficiariesServed', 'spendKopecks'] as const) {
      expect(set.cell(hygiene, measure).withheld).toBe(true);
    }
    const hygieneTubes: Scope = { organisation: 'large', dimension: 'categoryUnit', value: 'hygiene|tube' };
    expect(set.cell(hygieneTubes, 'itemsDelivered').withheld).toBe(true);
    expect(unprotectedCells(tables, new Set(set.withheld), k)).toEqual([]);
    expect(set.cell({ organisation: 'newcomer' }, 'beneficiariesServed')).toEqual({
      value: 0,
      withheld: false,
    });
  });
});

/** Small random regions: the LP audit is the oracle, so they stay small enough to solve many times. */
const ledgers = fc
  .record({
    organisations: fc.integer({ min: 1, max: 3 }),
    lines: fc.array(
      fc.record({
        organisation: fc.integer({ min: 0, max: 2 }),
        beneficiary: fc.integer({ min: 0, max: 11 }),
        month: fc.constantFrom('2026-01', '2026-02', '2026-03'),
        category: fc.constantFrom('medication', 'hygiene', 'food'),
        fundingKind: fc.constantFrom('presidential_grant', 'donations'),
        unit: fc.constantFrom('tube', 'kg'),
        quantity: fc.integer({ min: 1, max: 5 }),
        spend: fc.integer({ min: 0, max: 200_000 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    keys: fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 36, maxLength: 36 }),
  })
  .map(({ organisations, lines, keys }) => {
    const names = Array.from({ length: organisations }, (_, i) => `org-${i}`);
    return {
      organisations: names,
      lines: lines.map((entry, i): FixtureLine => {
        const organisation = names[entry.organisation % organisations];
        // a beneficiary belongs to one organisation: its id and key follow from both
        const person = (entry.organisation % organisations) * 12 + entry.beneficiary;
        return {
          ...entry,
          organisation,
          beneficiary: `person-${person}`,
          recordKey: keys[person],
          event: `event-${i % 25}-${person}-${entry.month}`,
        };
      }),
    };
  });

const queries = fc.array(
  fc.record({
    organisation: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    dimension: fc.option(fc.constantFrom(...dimensions), { nil: undefined }),
    index: fc.nat(),
    measure: fc.constantFrom<Measure>('beneficiariesServed', 'careEvents', 'spendKopecks', 'itemsDelivered'),
  }),
  { minLength: 1, maxLength: 30 },
);

interface Query {
  organisation?: number;
  dimension?: (typeof dimensions)[number];
  index: number;
  measure: Measure;
}

/** The scopes a query sequence can name in a set (what an endpoint could ask), skipping absent ones. */
function answers(set: ProtectedRegionSet, organisations: string[], sequence: Query[]) {
  return sequence.flatMap((query) => {
    const organisation = query.organisation === undefined ? undefined : organisations[query.organisation];
    if (query.organisation !== undefined && organisation === undefined) return [];
    const owner: Scope = organisation === undefined ? {} : { organisation };
    if (query.dimension === undefined) return [{ query, cell: set.cell(owner, query.measure) }];
    const values = set.values(query.dimension, organisation);
    if (values.length === 0) return [];
    const scope = { ...owner, dimension: query.dimension, value: values[query.index % values.length] };
    try {
      return [{ query, cell: set.cell(scope, query.measure) }];
    } catch {
      return []; // that breakdown does not publish this measure
    }
  });
}

describe('a region’s protected set, for random ledgers and random query sequences', () => {
  it('publishes no cell about 1..k-1 people, answers the same query alike, and leaves no withheld cell derivable', () => {
    fc.assert(
      fc.property(ledgers, queries, (ledger, sequence) => {
        const figures = regionFigures(ledger.organisations, ledger.lines);
        const tables = regionTables(figures);
        const set = ProtectedRegionSet.protect(figures, k);
        const withheld = new Set(set.withheld);
        for (const [id, cell] of Object.entries(tables.cells)) {
          if (isBelowThreshold(cell.contributors, k))
            expect({ id, withheld: withheld.has(id) }).toEqual({ id, withheld: true });
        }
        expect(unprotectedCells(tables, withheld, k)).toEqual([]);
        const again = ProtectedRegionSet.protect(
          regionFigures(ledger.organisations, [...ledger.lines].reverse()),
          k,
        );
        const first = answers(set, ledger.organisations, sequence);
        expect(answers(again, ledger.organisations, [...sequence].reverse())).toEqual([...first].reverse());
        expect(answers(set, ledger.organisations, sequence)).toEqual(first);
        for (const { query, cell } of first) {
          if (query.measure === 'beneficiariesServed' && cell.value !== null) {
            expect({ query, belowK: isBelowThreshold(cell.value, k) }).toEqual({ query, belowK: false });
          }
        }
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});
