import { AppConfig } from '@careledger/config';
import { superuserUrl } from '@careledger/database';
import pg from 'pg';
import { fullParams, generate, GenerateParams } from './synthetic-ledger.js';

const flags = {
  '--organisations': 'organisations',
  '--beneficiaries': 'beneficiaries',
  '--lines': 'lines',
  '--last-year': 'lastYear',
} as const;

/**
 * The synthetic-ledger parameters given on the command line (`--organisations 1000 --lines 1000000`,
 * or `--lines=…`), the full benchmark size for those not given; null when none is given.
 */
export function syntheticParams(
  argv: string[],
  lastYear = new Date().getUTCFullYear() - 1,
): GenerateParams | null {
  const given: Partial<GenerateParams> = {};
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index].split('=', 2);
    if (!(flag in flags)) throw new Error(`unknown option ${flag}; known: ${Object.keys(flags).join(', ')}`);
    const raw = inline ?? argv[++index];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${flag} must be a positive whole number, not ${raw}`);
    given[flags[flag as keyof typeof flags]] = value;
  }
  if (Object.keys(given).length === 0) return null;
  const organisations = given.organisations ?? fullParams(lastYear).organisations;
  return {
    ...fullParams(lastYear),
    beneficiaries: 20 * organisations,
    ...given,
    organisations,
  };
}

/**
 * Loads a synthetic ledger of the given size with set-based SQL, as the superuser (minutes for millions
 * of lines, where the services take one event at a time). No accounts, audit chains or stock: history
 * to measure and to look at, not organisations to sign in to. Skipped when organisations exist.
 */
export async function seedSynthetic(config: AppConfig, params: GenerateParams): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl(config) });
  await client.connect();
  try {
    const [{ count }] = (
      await client.query<{ count: number }>('select count(*)::int as count from organisations')
    ).rows;
    if (count > 0) {
      console.log(`synthetic data skipped: the database already has ${count} organisation(s)`);
      return;
    }
    const summary = await generate(client, params, true);
    console.log(
      `synthetic data loaded: ${summary.organisations} organisations, ${summary.beneficiaries} beneficiaries, ${summary.events} care events, ${summary.lines} care lines in ${summary.seconds.toFixed(1)} s; the league table follows with the worker's nightly run or POST /api/v1/admin/league-table/recompute`,
    );
  } finally {
    await client.end();
  }
}
