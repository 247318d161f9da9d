import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations to an organisation or to a platform role. A global table, like memberships (no tenant
 * row-level security): the invitee reads their own invitations before they belong to any organisation.
 */
export class Invitations1795800000200 implements MigrationInterface {
  name = 'Invitations1795800000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL, "organisation_id" uuid, "email" text NOT NULL, "role" text NOT NULL, "region_codes" text array NOT NULL DEFAULT '{}', "token_hash" character(64) NOT NULL, "status" text NOT NULL DEFAULT 'pending', "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_872ac94a64b3d44fc4b554780c" ON "invitations"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_db8eb6da8f383cb3443217d853" ON "invitations"  ("organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_97ab59cb592c7cec109741b592" ON "invitations"  ("email") `);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_db8eb6da8f383cb3443217d8536"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97ab59cb592c7cec109741b592"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_db8eb6da8f383cb3443217d853"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_872ac94a64b3d44fc4b554780c"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
