import { TestDatabase } from '@careledger/testing';
import { seedSynthetic } from '../apps/cli/src/demo/seed-synthetic.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';

describe('seed:demo with sizes (synthetic ledger)', () => {
  let db: TestDatabase;
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);

  beforeAll(async () => {
    db = await TestDatabase.create('synthetic_data');
  });

  afterAll(async () => {
    log.mockRestore();
    await db.drop();
  });

  async function counts() {
    const [row] = await db.asSuperuser<{ organisations: number; events: number; lines: number }>(
      `select (select count(*) from organisations)::int as organisations,
              (select count(*) from care_events)::int as events,
              (select count(*) from care_lines)::int as lines`,
    );
    return row;
  }

  it('loads the asked size with rollups that agree with the ledger, and only into an empty database', async () => {
    const params = { organisations: 30, beneficiaries: 300, lines: 3_000, lastYear: 2025 };
    await seedSynthetic(db.config, params);
    // 3,000 lines over 30 organisations: 33 events of 3 lines each per organisation.
    expect(await counts()).toEqual({ organisations: 30, events: 990, lines: 2_970 });
    const organisations = await db.asSuperuser<{ id: string }>(
      `select id from organisations order by id limit 3`,
    );
    for (const { id } of organisations) await assertLedgerInvariants(db, id);
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('synthetic data loaded: 30 organisations'));

    await seedSynthetic(db.config, params);
    expect(await counts()).toEqual({ organisations: 30, events: 990, lines: 2_970 });
    expect(log).toHaveBeenLastCalledWith(
      'synthetic data skipped: the database already has 30 organisation(s)',
    );
  });
});
