import { syntheticParams } from './seed-synthetic.js';

describe('syntheticParams', () => {
  it('is null without sizes, so seed:demo loads the demo organisations', () => {
    expect(syntheticParams([], 2025)).toBeNull();
  });

  it('takes sizes as separate or inline values and fills in the rest', () => {
    expect(syntheticParams(['--organisations', '1000', '--lines=300000'], 2025)).toEqual({
      organisations: 1000,
      beneficiaries: 20_000,
      lines: 300_000,
      lastYear: 2025,
    });
    expect(syntheticParams(['--lines', '50'], 2025)).toEqual({
      organisations: 10_000,
      beneficiaries: 200_000,
      lines: 50,
      lastYear: 2025,
    });
  });

  it('names an unknown option or a value that is not a positive whole number', () => {
    expect(() => syntheticParams(['--orgs', '5'], 2025)).toThrow('unknown option --orgs');
    expect(() => syntheticParams(['--lines', '-3'], 2025)).toThrow(
      '--lines must be a positive whole number, not -3',
    );
    expect(() => syntheticParams(['--lines'], 2025)).toThrow(
      '--lines must be a positive whole number, not undefined',
    );
  });
});
