import { MigrationInterface, QueryRunner } from 'typeorm';

export class CareLedgerSchema1795770786763 implements MigrationInterface {
  name = 'CareLedgerSchema1795770786763';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "beneficiaries" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "code" text NOT NULL, "status" text NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "erased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f69da2cc24a3126a4eaa7aa37e8" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_bcacca919c0f3da5b324a46371" ON "beneficiaries"  ("tenant_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consents" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "scope" text NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8c683641d0c849c9ba682709ea" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cf89e191b312241c5f9ff1061e" ON "consents"  ("tenant_id", "beneficiary_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "beneficiary_personal_data" ("tenant_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "full_name" text NOT NULL, "birth_date" date, "sex" text, "region_code" character(2), "contacts" jsonb NOT NULL DEFAULT '{}', "diagnoses" jsonb NOT NULL DEFAULT '[]', "notes" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2dc25853c8dac477732eee6061a" PRIMARY KEY ("tenant_id", "beneficiary_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "care_events" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" text NOT NULL, "note" text, "logged_by" uuid, "reverses_event_id" uuid, "void_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61df9ee16fd5d2ea68cb190f4bb" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fec25e36b5076fd2c2f7ccc332" ON "care_events"  ("tenant_id", "reverses_event_id") WHERE reverses_event_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5a72b9aeb6430ac55cbfd2b10a" ON "care_events"  ("tenant_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1ab8215da022b41e6442b89228" ON "care_events"  ("tenant_id", "beneficiary_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "care_lines" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "event_id" uuid NOT NULL, "line_no" smallint NOT NULL, "item_id" uuid NOT NULL, "quantity" numeric(14,3) NOT NULL, "unit_cost_kopecks" bigint NOT NULL, "cost_kopecks" bigint NOT NULL, "funding_source_id" uuid, CONSTRAINT "PK_fbb58ac6a777ab8bfebe7019dfc" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c1c44a7055365c00281f180028" ON "care_lines"  ("tenant_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_132932dbdf0b7487d5f9cd2f8c" ON "care_lines"  ("tenant_id", "event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "needs" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "item_id" uuid NOT NULL, "quantity_per_month" numeric(14,3) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "PK_6acde73b350bb015cc53545fe4a" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3eab419d272e64432a10ce3833" ON "needs"  ("tenant_id", "beneficiary_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "care_daily_rollups" ("tenant_id" uuid NOT NULL, "day" date NOT NULL, "category" text NOT NULL, "funding_kind" text NOT NULL, "quantity" numeric(16,3) NOT NULL DEFAULT '0', "spend_kopecks" bigint NOT NULL DEFAULT '0', "events" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_565ea67622a2b040e1a82d8723e" PRIMARY KEY ("tenant_id", "day", "category", "funding_kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "care_monthly_beneficiary_rollups" ("tenant_id" uuid NOT NULL, "month" date NOT NULL, "beneficiary_id" uuid NOT NULL, "events" integer NOT NULL DEFAULT '0', "quantity" numeric(16,3) NOT NULL DEFAULT '0', "spend_kopecks" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_ffe3de8ad0ef539faa788bb0b87" PRIMARY KEY ("tenant_id", "month", "beneficiary_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stock_daily_rollups" ("tenant_id" uuid NOT NULL, "day" date NOT NULL, "category" text NOT NULL, "funding_kind" text NOT NULL, "received_quantity" numeric(16,3) NOT NULL DEFAULT '0', "received_kopecks" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_205725a913bdc48feacb0cb945d" PRIMARY KEY ("tenant_id", "day", "category", "funding_kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "items" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "sku" text NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "category" text NOT NULL, "default_unit_cost_kopecks" bigint NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d6ba2080283afe415a61c79602" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8453aa049909080b55cb5e3d97" ON "items"  ("tenant_id", "sku") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stock_balances" ("tenant_id" uuid NOT NULL, "item_id" uuid NOT NULL, "quantity" numeric(14,3) NOT NULL DEFAULT '0', "value_kopecks" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_e3f594ebb7c8887c636099416fa" PRIMARY KEY ("tenant_id", "item_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stock_movements" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "item_id" uuid NOT NULL, "kind" text NOT NULL, "quantity" numeric(14,3) NOT NULL, "unit_cost_kopecks" bigint, "funding_source_id" uuid, "care_event_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dedf4458df99c6254bc6a4c9ada" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0e7395f0b9fa271420a47e7a21" ON "stock_movements"  ("tenant_id", "item_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_sources" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "name" text NOT NULL, "funder_name" text NOT NULL, "kind" text NOT NULL, "amount_kopecks" bigint, "period_from" date, "period_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b85d14ff75801e07fa542a6760" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("tenant_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" character(64) NOT NULL, "response_status" smallint, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b5c6db50392003e35d51ef7aba7" PRIMARY KEY ("tenant_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e5fc0731b6752a8e9194fa265e" ON "idempotency_keys"  ("expires_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiaries" ADD CONSTRAINT "FK_9a4368b7b5b56529d0d5bacca9d" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_cf89e191b312241c5f9ff1061e4" FOREIGN KEY ("tenant_id", "beneficiary_id") REFERENCES "beneficiaries"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiary_personal_data" ADD CONSTRAINT "FK_2dc25853c8dac477732eee6061a" FOREIGN KEY ("tenant_id", "beneficiary_id") REFERENCES "beneficiaries"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_events" ADD CONSTRAINT "FK_deb91dc5eeb4355dc8465043aeb" FOREIGN KEY ("tenant_id", "beneficiary_id") REFERENCES "beneficiaries"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_events" ADD CONSTRAINT "FK_2a02aca6482c061fe412a18081c" FOREIGN KEY ("tenant_id", "reverses_event_id") REFERENCES "care_events"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_lines" ADD CONSTRAINT "FK_132932dbdf0b7487d5f9cd2f8cd" FOREIGN KEY ("tenant_id", "event_id") REFERENCES "care_events"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_lines" ADD CONSTRAINT "FK_c1c44a7055365c00281f1800282" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "items"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_lines" ADD CONSTRAINT "FK_4588851a4a4aa693643de5f3613" FOREIGN KEY ("tenant_id", "funding_source_id") REFERENCES "funding_sources"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs" ADD CONSTRAINT "FK_3eab419d272e64432a10ce3833e" FOREIGN KEY ("tenant_id", "beneficiary_id") REFERENCES "beneficiaries"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs" ADD CONSTRAINT "FK_319975bd65024e3ec4181c0e94b" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "items"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_daily_rollups" ADD CONSTRAINT "FK_3f92bda7f2da004fe65165f8507" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" ADD CONSTRAINT "FK_1cb69fe2d1537b96476e15b9fa8" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stock_daily_rollups" ADD CONSTRAINT "FK_1ba1055b0fbdad87fe94130baf6" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "FK_d7d027b642add7f0e77c36b874f" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stock_balances" ADD CONSTRAINT "FK_e3f594ebb7c8887c636099416fa" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "items"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stock_movements" ADD CONSTRAINT "FK_f62f24b04505834781634e674fd" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "items"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stock_movements" ADD CONSTRAINT "FK_9d985302b87f743a5ed672638a6" FOREIGN KEY ("tenant_id", "funding_source_id") REFERENCES "funding_sources"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_sources" ADD CONSTRAINT "FK_5f86f8a909183df9f5dc6bf588c" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "FK_c22d37ec13b71da74d7b4372c3f" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_c22d37ec13b71da74d7b4372c3f"`,
    );
    await queryRunner.query(`ALTER TABLE "funding_sources" DROP CONSTRAINT "FK_5f86f8a909183df9f5dc6bf588c"`);
    await queryRunner.query(`ALTER TABLE "stock_movements" DROP CONSTRAINT "FK_9d985302b87f743a5ed672638a6"`);
    await queryRunner.query(`ALTER TABLE "stock_movements" DROP CONSTRAINT "FK_f62f24b04505834781634e674fd"`);
    await queryRunner.query(`ALTER TABLE "stock_balances" DROP CONSTRAINT "FK_e3f594ebb7c8887c636099416fa"`);
    await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_d7d027b642add7f0e77c36b874f"`);
    await queryRunner.query(
      `ALTER TABLE "stock_daily_rollups" DROP CONSTRAINT "FK_1ba1055b0fbdad87fe94130baf6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" DROP CONSTRAINT "FK_1cb69fe2d1537b96476e15b9fa8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_daily_rollups" DROP CONSTRAINT "FK_3f92bda7f2da004fe65165f8507"`,
    );
    await queryRunner.query(`ALTER TABLE "needs" DROP CONSTRAINT "FK_319975bd65024e3ec4181c0e94b"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP CONSTRAINT "FK_3eab419d272e64432a10ce3833e"`);
    await queryRunner.query(`ALTER TABLE "care_lines" DROP CONSTRAINT "FK_4588851a4a4aa693643de5f3613"`);
    await queryRunner.query(`ALTER TABLE "care_lines" DROP CONSTRAINT "FK_c1c44a7055365c00281f1800282"`);
    await queryRunner.query(`ALTER TABLE "care_lines" DROP CONSTRAINT "FK_132932dbdf0b7487d5f9cd2f8cd"`);
    await queryRunner.query(`ALTER TABLE "care_events" DROP CONSTRAINT "FK_2a02aca6482c061fe412a18081c"`);
    await queryRunner.query(`ALTER TABLE "care_events" DROP CONSTRAINT "FK_deb91dc5eeb4355dc8465043aeb"`);
    await queryRunner.query(
      `ALTER TABLE "beneficiary_personal_data" DROP CONSTRAINT "FK_2dc25853c8dac477732eee6061a"`,
    );
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_cf89e191b312241c5f9ff1061e4"`);
    await queryRunner.query(`ALTER TABLE "beneficiaries" DROP CONSTRAINT "FK_9a4368b7b5b56529d0d5bacca9d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5fc0731b6752a8e9194fa265e"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "funding_sources"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e7395f0b9fa271420a47e7a21"`);
    await queryRunner.query(`DROP TABLE "stock_movements"`);
    await queryRunner.query(`DROP TABLE "stock_balances"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8453aa049909080b55cb5e3d97"`);
    await queryRunner.query(`DROP TABLE "items"`);
    await queryRunner.query(`DROP TABLE "stock_daily_rollups"`);
    await queryRunner.query(`DROP TABLE "care_monthly_beneficiary_rollups"`);
    await queryRunner.query(`DROP TABLE "care_daily_rollups"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3eab419d272e64432a10ce3833"`);
    await queryRunner.query(`DROP TABLE "needs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_132932dbdf0b7487d5f9cd2f8c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1c44a7055365c00281f180028"`);
    await queryRunner.query(`DROP TABLE "care_lines"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ab8215da022b41e6442b89228"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a72b9aeb6430ac55cbfd2b10a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fec25e36b5076fd2c2f7ccc332"`);
    await queryRunner.query(`DROP TABLE "care_events"`);
    await queryRunner.query(`DROP TABLE "beneficiary_personal_data"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf89e191b312241c5f9ff1061e"`);
    await queryRunner.query(`DROP TABLE "consents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bcacca919c0f3da5b324a46371"`);
    await queryRunner.query(`DROP TABLE "beneficiaries"`);
  }
}
