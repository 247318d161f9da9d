import { ProtectedCell } from './protected-cell.js';
import { protectTables } from './protect.js';

/** A public DTO field as the endpoints declare it. */
interface RegionStatisticsDto {
  beneficiariesServed: ProtectedCell;
}

describe('ProtectedCell', () => {
  it('can be filled only from the layer, never from a raw number (checked by npm run typecheck)', () => {
    const protectedTables = protectTables(
      { cells: { served: { kind: 'people', value: 12, contributors: 12, cellKey: 0.3 } }, relations: [] },
      { k: 5, mode: 'exact' },
    );
    const fromTheLayer: RegionStatisticsDto = { beneficiariesServed: protectedTables.cells.served };
    // @ts-expect-error a raw figure is not a ProtectedCell: it has not passed disclosure control
    const fromARawNumber: RegionStatisticsDto = { beneficiariesServed: { value: 12, withheld: false } };
    expect(fromTheLayer.beneficiariesServed).toEqual(fromARawNumber.beneficiariesServed);
  });
});
