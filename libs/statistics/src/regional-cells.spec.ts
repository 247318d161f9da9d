import { protectTables } from '@careledger/disclosure';
import { ContributorGroup, regionalTables } from './regional-cells.js';

function group(name: string | null, contributors: number, events: number, spend: number): ContributorGroup {
  return {
    group: name,
    contributors,
    key_sum: String(contributors * 1_234_567_891),
    events,
    spend: String(spend),
    largest_spend: String(spend / Math.max(1, contributors)),
    quantity: String(events),
    largest_quantity: String(events / Math.max(1, contributors)),
  };
}

describe('regionalTables', () => {
  // Eight people: six at the foundation, two at the small organisation; one foundation person in both months.
  const total = group(null, 8, 9, 900);
  const organisations = [
    { id: 'foundation', figures: group('foundation', 6, 7, 700) },
    { id: 'small', figures: group('small', 2, 2, 200) },
    { id: 'newcomer' },
  ];
  const months = [group('2026-01', 5, 5, 500), group('2026-02', 4, 4, 400)];
  const tables = regionalTables(total, organisations, months);

  it('adds every measure up over organisations, and people over months as a union', () => {
    expect(tables.relations).toContainEqual({
      kind: 'sum',
      total: 'beneficiariesServed',
      parts: [
        'perOrganisation.foundation.beneficiariesServed',
        'perOrganisation.small.beneficiariesServed',
        'perOrganisation.newcomer.beneficiariesServed',
      ],
    });
    expect(tables.relations).toContainEqual({
      kind: 'union',
      total: 'beneficiariesServed',
      parts: ['perMonth.2026-01.beneficiariesServed', 'perMonth.2026-02.beneficiariesServed'],
    });
    expect(tables.relations).toContainEqual({
      kind: 'sum',
      total: 'spendKopecks',
      parts: ['perMonth.2026-01.spendKopecks', 'perMonth.2026-02.spendKopecks'],
    });
  });

  it('gives an organisation without care zeros about nobody, and each cell its contributors and key', () => {
    expect(tables.cells['perOrganisation.newcomer.spendKopecks']).toMatchObject({
      value: 0,
      contributors: 0,
    });
    expect(tables.cells['perOrganisation.small.careEvents']).toMatchObject({ value: 2, contributors: 2 });
    expect(tables.cells.spendKopecks).toMatchObject({ kind: 'money', value: 900, contributors: 8 });
    expect(tables.cells.beneficiariesServed.cellKey).toBeCloseTo(((8 * 1_234_567_891) % 2 ** 32) / 2 ** 32);
  });

  it('is accepted by the layer, which withholds the small organisation and the month of fewer than k people', () => {
    const result = protectTables(tables, { k: 5, mode: 'statistics' });
    expect(result.withheld).toContain('perOrganisation.small.beneficiariesServed');
    expect(result.withheld).toContain('perMonth.2026-02.beneficiariesServed');
    expect(result.cells['perOrganisation.newcomer.careEvents']).toEqual({ value: 0, withheld: false });
  });
});
