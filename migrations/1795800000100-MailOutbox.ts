import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail outbox: a global table (mail is sent where no tenant exists yet: registration, password
 * reset). The application writes rows and the worker's sender marks them sent; nobody deletes them.
 */
export class MailOutbox1795800000100 implements MigrationInterface {
  name = 'MailOutbox1795800000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const app = loadConfig().DATABASE_APP_ROLE;
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "recipient" text NOT NULL, "template" text NOT NULL, "language" text NOT NULL, "link" text, "params" jsonb NOT NULL DEFAULT '{}', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9e460104fc0279da15657c5c3c" ON "mail_outbox"  ("next_attempt_at") `,
    );
    await queryRunner.query(`REVOKE DELETE, TRUNCATE ON "mail_outbox" FROM "${app}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_9e460104fc0279da15657c5c3c"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
