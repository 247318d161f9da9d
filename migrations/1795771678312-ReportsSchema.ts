import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportsSchema1795771678312 implements MigrationInterface {
  name = 'ReportsSchema1795771678312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reports" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "type" text NOT NULL, "language" text NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "funding_source_id" uuid, "beneficiary_id" uuid, "contains_personal_data" boolean NOT NULL, "status" text NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "failure_reason" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_by" uuid, "ready_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "sha256" character(64), "pages" integer, "bytes" integer, "auto_publish" boolean NOT NULL DEFAULT false, "schedule_key" text, CONSTRAINT "PK_9f64c9c23c71f5bc5f4a3c00712" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_95ad8b9fdd323a209c0e35f731" ON "reports"  ("tenant_id", "schedule_key") WHERE schedule_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e5fa29afc36b9bce1700f7f2f0" ON "reports"  ("sha256") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_dc5d3b7a5632ab14027bf7f37b" ON "reports"  ("tenant_id", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_file_chunks" ("tenant_id" uuid NOT NULL, "report_id" uuid NOT NULL, "chunk_no" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_fa70548bc5b1c179ca3b2051120" PRIMARY KEY ("tenant_id", "report_id", "chunk_no"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_schedules" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "type" text NOT NULL, "cadence" text NOT NULL, "language" text NOT NULL, "auto_publish" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d49964598670dddafaacad8210b" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d9df843429b4ba82cc0ac37c49" ON "report_schedules"  ("tenant_id", "type") `,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_f7272911ff87dc7a7a01ac32beb" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_file_chunks" ADD CONSTRAINT "FK_8b5053356613d5fac15b94c6ef0" FOREIGN KEY ("tenant_id", "report_id") REFERENCES "reports"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_schedules" ADD CONSTRAINT "FK_5c986cfd5db47ed85be1e4828b5" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_schedules" DROP CONSTRAINT "FK_5c986cfd5db47ed85be1e4828b5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_file_chunks" DROP CONSTRAINT "FK_8b5053356613d5fac15b94c6ef0"`,
    );
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_f7272911ff87dc7a7a01ac32beb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d9df843429b4ba82cc0ac37c49"`);
    await queryRunner.query(`DROP TABLE "report_schedules"`);
    await queryRunner.query(`DROP TABLE "report_file_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc5d3b7a5632ab14027bf7f37b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5fa29afc36b9bce1700f7f2f0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95ad8b9fdd323a209c0e35f731"`);
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}
