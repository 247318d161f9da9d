import fc from 'fast-check';
import { unstockedCategories } from '@careledger/catalog';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';

type Step =
  | { kind: 'receive'; item: number; quantity: number; day: number }
  | {
      kind: 'event';
      beneficiary: number;
      lines: { item: number; quantity: number; funded: boolean }[];
      day: number;
    }
  | { kind: 'batch'; events: { beneficiary: number; item: number; quantity: number; day: number }[] }
  | { kind: 'void'; pick: number };

const quantity = fc.integer({ min: 1, max: 4000 }).map((milli) => milli / 1000);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('receive' as const),
    item: fc.nat(1),
    quantity: fc.integer({ min: 1, max: 20 }),
    day: fc.nat(40),
  }),
  fc.record({
    kind: fc.constant('event' as const),
    beneficiary: fc.nat(2),
    day: fc.nat(40),
    lines: fc.array(fc.record({ item: fc.nat(2), quantity, funded: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({
    kind: fc.constant('batch' as const),
    events: fc.array(fc.record({ beneficiary: fc.nat(2), item: fc.nat(2), quantity, day: fc.nat(40) }), {
      minLength: 1,
      maxLength: 5,
    }),
  }),
  fc.record({ kind: fc.constant('void' as const), pick: fc.nat() }),
);

/**
 * Whatever happens to the ledger, the derived numbers agree with it: every balance equals the sum of its
 * movements, and every rollup cell equals what the care lines say (voided events and reversals cancel).
 * Receipts and care are dated in any order (backdated), and stock is never below zero at any moment of
 * its history; every care line of a stocked item costs exactly what its stock movement took.
 */
describe('ledger invariants', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('ledger_invariants', { RATE_LIMIT_PER_MINUTE: '1000000' });
  });

  afterAll(() => api.close());

  async function setUp(): Promise<{
    org: RegisteredOrg;
    fixtures: CareFixtures;
    beneficiaries: string[];
    items: string[];
    funding: string;
  }> {
    const org = await registerOrg(api.app);
    const fixtures = new CareFixtures(api.db, org.orgId);
    const beneficiaries = [
      await fixtures.beneficiary(),
      await fixtures.beneficiary(),
      await fixtures.beneficiary(),
    ];
    const items = [
      await fixtures.item(),
      await fixtures.item({ category: 'hygiene', costKopecks: 12345 }),
      await fixtures.item({ category: 'service', unit: 'hour' }),
    ];
    const funding = await fixtures.fundingSource('business');
    return { org, fixtures, beneficiaries, items, funding };
  }

  it('keeps balances equal to movements and rollups equal to the ledger after any sequence of operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { org, beneficiaries, items, funding } = await setUp();
        const created: string[] = [];
        const post = (path: string, payload: object) =>
          api.app.inject({
            method: 'POST',
            url: `/api/v1/orgs/${org.orgId}${path}`,
            headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
            payload,
          });
        const at = (day: number) => new Date(Date.UTC(2026, 8, 1 + day, 8)).toISOString();
        for (const current of steps) {
          if (current.kind === 'receive') {
            const response = await post('/stock/movements', {
              itemId: items[current.item],
              kind: 'receipt',
              quantity: current.quantity,
              unitCostKopecks: 40000 + current.day,
              occurredAt: at(current.day),
            });
            expect(response.statusCode).toBe(201);
          } else if (current.kind === 'event') {
            const response = await post('/care-events', {
              beneficiaryId: beneficiaries[current.beneficiary],
              occurredAt: at(current.day),
              kind: 'delivery',
              lines: current.lines.map((line) => ({
                itemId: items[line.item],
                quantity: line.quantity,
                ...(line.funded ? { fundingSourceId: funding } : {}),
              })),
            });
            expect([201, 409]).toContain(response.statusCode);
            if (response.statusCode === 201) created.push(response.json().id);
          } else if (current.kind === 'batch') {
            const response = await post('/care-events/batch', {
              events: current.events.map((event) => ({
                beneficiaryId: beneficiaries[event.beneficiary],
                occurredAt: at(event.day),
                kind: 'delivery',
                lines: [{ itemId: items[event.item], quantity: event.quantity }],
              })),
            });
            expect([201, 409]).toContain(response.statusCode);
            if (response.statusCode === 201) created.push(...response.json().ids);
          } else if (created.length > 0) {
            const response = await post(`/care-events/${created[current.pick % created.length]}/void`, {
              reason: 'проверка',
            });
            expect([201, 409]).toContain(response.statusCode);
          }
        }
        await assertLedgerInvariants(api.db, org.orgId);
        await assertStockInTime(org.orgId);
      }),
      { numRuns: 25 },
    );
  }, 300_000);

  async function assertStockInTime(orgId: string): Promise<void> {
    const dips = await api.db.asSuperuser(
      `select item_id, occurred_at, balance from (
         select item_id, occurred_at, sum(sum(quantity)) over (partition by item_id order by occurred_at) as balance
           from stock_movements where tenant_id = $1 group by item_id, occurred_at) history
        where balance < 0`,
      [orgId],
    );
    expect(dips).toEqual([]);
    const costs = await api.db.asSuperuser(
      `select l.id, l.cost_kopecks, round(-m.quantity * m.unit_cost_kopecks)::bigint::text as taken
         from care_lines l
         join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id and e.reverses_event_id is null
         join stock_movements m on m.tenant_id = l.tenant_id and m.care_event_id = e.id and m.item_id = l.item_id
          and m.kind = 'issue'
        where l.tenant_id = $1
          and (select count(*) from care_lines d where d.tenant_id = l.tenant_id and d.event_id = l.event_id and d.item_id = l.item_id) = 1`,
      [orgId],
    );
    for (const line of costs) expect(line.cost_kopecks).toBe(line.taken);
    // What care reports (the rollups) add up for stocked items is the value that left stock.
    const [totals] = await api.db.asSuperuser(
      `select (select coalesce(sum(spend_kopecks), 0) from care_daily_rollups
                where tenant_id = $1 and category <> all($2::text[]))::text as reported,
              (select coalesce(-sum(round(quantity * unit_cost_kopecks)), 0) from stock_movements
                where tenant_id = $1 and care_event_id is not null)::bigint::text as left_stock`,
      [orgId, unstockedCategories()],
    );
    expect(totals.reported).toBe(totals.left_stock);
  }
});
