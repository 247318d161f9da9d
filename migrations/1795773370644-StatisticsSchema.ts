import { MigrationInterface, QueryRunner } from 'typeorm';

export class StatisticsSchema1795773370644 implements MigrationInterface {
  name = 'StatisticsSchema1795773370644';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "external_indicators" ("year" smallint NOT NULL, "region_code" character(2) NOT NULL, "indicator" text NOT NULL, "value" numeric(20,6) NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_ed43b3340f27d53a33d904ec325" PRIMARY KEY ("year", "region_code", "indicator"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "league_snapshots" ("id" uuid NOT NULL, "year" smallint NOT NULL, "methodology_version" smallint NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "inputs" jsonb NOT NULL, "results" jsonb NOT NULL, CONSTRAINT "PK_83e81c77ce8b577162876bfc1ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b794356b151af5ce7a618bd652" ON "league_snapshots"  ("year", "methodology_version", "computed_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "external_indicators" ADD CONSTRAINT "FK_cf19e0695752a4cee3861fee42a" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "external_indicators" DROP CONSTRAINT "FK_cf19e0695752a4cee3861fee42a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_b794356b151af5ce7a618bd652"`);
    await queryRunner.query(`DROP TABLE "league_snapshots"`);
    await queryRunner.query(`DROP TABLE "external_indicators"`);
  }
}
