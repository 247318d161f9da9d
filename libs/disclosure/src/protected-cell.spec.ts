import { ratioCell } from './derived.js';
import { ProtectedCell, PublishedNumber } from './protected-cell.js';
import { protectTables } from './protect.js';

/** Public answer fields as the statistics services declare them. */
interface RegionStatisticsDto {
  beneficiariesServed: ProtectedCell;
}

interface RegionFiguresAnswer {
  beneficiariesServed: PublishedNumber | null;
}

const protectedTables = protectTables(
  { cells: { served: { kind: 'people', value: 12, contributors: 12, cellKey: 0.3 } }, relations: [] },
  { k: 5, mode: 'exact' },
);

describe('ProtectedCell', () => {
  it('can be filled only from the layer, never from a raw number (checked by npm run typecheck)', () => {
    const fromTheLayer: RegionStatisticsDto = { beneficiariesServed: protectedTables.cells.served };
    // @ts-expect-error a raw figure is not a ProtectedCell: it has not passed disclosure control
    const fromARawNumber: RegionStatisticsDto = { beneficiariesServed: { value: 12, withheld: false } };
    expect(fromTheLayer.beneficiariesServed).toEqual(fromARawNumber.beneficiariesServed);
  });
});

describe('PublishedNumber', () => {
  it('is a plain number at runtime that only the layer can make (checked by npm run typecheck)', () => {
    const served = protectedTables.cells.served.value;
    const fromTheLayer: RegionFiguresAnswer = { beneficiariesServed: served };
    const derived: RegionFiguresAnswer = {
      beneficiariesServed: ratioCell(protectedTables.cells.served, 2).value,
    };
    // @ts-expect-error a plain number has not passed disclosure control
    const fromARawNumber: RegionFiguresAnswer = { beneficiariesServed: 12 };
    // @ts-expect-error arithmetic on a published number gives a plain number, not a published one
    const computed: RegionFiguresAnswer = { beneficiariesServed: (served ?? 0) - 1 };
    expect(JSON.parse(JSON.stringify(fromTheLayer))).toEqual(fromARawNumber);
    expect([derived.beneficiariesServed, computed.beneficiariesServed]).toEqual([6, 11]);
  });
});
