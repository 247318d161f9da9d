import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each stock balance remembers when stock last came in, so the ledger can tell a backdated movement
 * that only has issues after it (today's balance is the lowest since) from one that has a receipt or a
 * return after it (the balance history must be read). Existing balances take it from their movements,
 * organisation by organisation with the tenant bound (forced row-level security).
 */
export class OneStockLedger1795800001200 implements MigrationInterface {
  name = 'OneStockLedger1795800001200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_balances" ADD "last_inflow_at" TIMESTAMP WITH TIME ZONE`);
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(
        `update stock_balances b
            set last_inflow_at = (select max(m.occurred_at) from stock_movements m
                                   where m.tenant_id = b.tenant_id and m.item_id = b.item_id and m.quantity > 0)
          where b.tenant_id = $1`,
        [id],
      );
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_balances" DROP COLUMN "last_inflow_at"`);
  }
}
