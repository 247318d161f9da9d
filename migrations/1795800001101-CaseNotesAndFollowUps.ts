import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Case notes, their earlier versions and follow-ups: tenant tables with personal data. */
const tenantTables = ['case_notes', 'case_note_versions', 'follow_ups'];

const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * A beneficiary's case history (issue 16, item 9): dated case notes whose edits keep the text they
 * replace, and follow-ups assigned to members. Forced row-level security with the fail-closed tenant
 * policy, like every tenant table; the application may add versions but never change one.
 */
export class CaseNotesAndFollowUps1795800001101 implements MigrationInterface {
  name = 'CaseNotesAndFollowUps1795800001101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_notes" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "noted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text" text NOT NULL, "author_kind" text NOT NULL, "author_id" uuid NOT NULL, "written_by_kind" text NOT NULL, "written_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3c5304b5cf21cc420ed4b48ab22" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d020dd57e329870cd6633fb9c4" ON "case_notes"  ("tenant_id", "beneficiary_id", "noted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_note_versions" ("tenant_id" uuid NOT NULL, "note_id" uuid NOT NULL, "version" integer NOT NULL, "noted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text" text NOT NULL, "written_by_kind" text NOT NULL, "written_by_id" uuid NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_923fe85d2349d62bac3e5bd70df" PRIMARY KEY ("tenant_id", "note_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_ups" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "text" text NOT NULL, "due_on" date NOT NULL, "assignee_id" uuid NOT NULL, "created_by_kind" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_df421d21ee0dd9af7355e2f2abc" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0ab068aff57d8544a49b726d23" ON "follow_ups"  ("tenant_id", "assignee_id", "due_on") WHERE done_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df5f3397a3b3ba384f2133ee48" ON "follow_ups"  ("tenant_id", "beneficiary_id", "due_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_notes" ADD CONSTRAINT "FK_d3795af8683777be8150a2cf3ff" FOREIGN KEY ("tenant_id", "beneficiary_id") REFERENCES "beneficiaries"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_note_versions" ADD CONSTRAINT "FK_43dbf5c912cec4e622a2b4fbd7c" FOREIGN KEY ("tenant_id", "note_id") REFERENCES "case_notes"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_7de4faee6e4a864200cecd36795" FOREIGN KEY ("tenant_id", "beneficiary_id") REFERENCES "beneficiaries"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of tenantTables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (tenant_id = ${currentTenant}) WITH CHECK (tenant_id = ${currentTenant})`,
      );
    }
    await queryRunner.query(
      `REVOKE UPDATE, TRUNCATE ON "case_note_versions" FROM "${loadConfig().DATABASE_APP_ROLE}"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tenantTables) await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_7de4faee6e4a864200cecd36795"`);
    await queryRunner.query(
      `ALTER TABLE "case_note_versions" DROP CONSTRAINT "FK_43dbf5c912cec4e622a2b4fbd7c"`,
    );
    await queryRunner.query(`ALTER TABLE "case_notes" DROP CONSTRAINT "FK_d3795af8683777be8150a2cf3ff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df5f3397a3b3ba384f2133ee48"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ab068aff57d8544a49b726d23"`);
    await queryRunner.query(`DROP TABLE "follow_ups"`);
    await queryRunner.query(`DROP TABLE "case_note_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d020dd57e329870cd6633fb9c4"`);
    await queryRunner.query(`DROP TABLE "case_notes"`);
  }
}
