import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795768357787 implements MigrationInterface {
  name = 'Foundation1795768357787';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "full_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "platform_roles" ("user_id" uuid NOT NULL, "role" text NOT NULL, "region_codes" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_337520d8f933b7bde1e0363a94d" PRIMARY KEY ("user_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "secret_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3ddc983c5f7bcf132fd8732c3f" ON "refresh_tokens"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens"  ("family_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_kind" text NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_7265cf4ae3bb55c806e54e54364" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0aaf093daef8500e5b1b6025b3" ON "audit_log"  ("tenant_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0cd0941bc8822f0fee04dd7816" ON "audit_log"  ("tenant_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e73f4dc2914267eb47f48ea28aa" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9df8c649d479d944940de1e305" ON "outbox"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "regions" ("code" character(2) NOT NULL, "iso_code" text, "name_en" text NOT NULL, "name_ru" text NOT NULL, "federal_district" text NOT NULL, "timezone" text NOT NULL, "ranked" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_4f6dc5a464961e7c65a395ea4c6" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_populations" ("region_code" character(2) NOT NULL, "year" smallint NOT NULL, "population" integer NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_7d53cd45c4785ccf326a3679313" PRIMARY KEY ("region_code", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL, "name" text NOT NULL, "inn" character varying(12), "ogrn" character varying(15), "region_code" character(2) NOT NULL, "legal_form" text, "public_description" text, "status" text NOT NULL DEFAULT 'active', "allow_negative_stock" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_65810c71c76c5167958d10ae80" ON "organisations"  ("region_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "name" text NOT NULL, "secret_hash" character(64) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_63391bb25a8c6e1c50de701375f" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "memberships" ("organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4aa9948db96ef67c47d2968a121" PRIMARY KEY ("organisation_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "organisation_profiles" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "year" smallint NOT NULL, "staff_fte" numeric(8,2) NOT NULL, "volunteers" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_343164c02be2bcff9c9ae5a0f28" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_618109ac83d3c6081eb85f9a01" ON "organisation_profiles"  ("tenant_id", "year") `,
    );
    await queryRunner.query(
      `ALTER TABLE "platform_roles" ADD CONSTRAINT "FK_f34815057b59e6137b11263f0f8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "FK_8ce0776c154c443e780270bbd7f" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "FK_fe22171ba67910d3b8262c83496" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_populations" ADD CONSTRAINT "FK_61f19cbff73e5564f2dc7b97066" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "FK_65810c71c76c5167958d10ae808" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_3ac18429c8d27858d79432e0dda" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_profiles" ADD CONSTRAINT "FK_0f2b6966f8fa6737645f0cf82db" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation_profiles" DROP CONSTRAINT "FK_0f2b6966f8fa6737645f0cf82db"`,
    );
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_3ac18429c8d27858d79432e0dda"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "FK_65810c71c76c5167958d10ae808"`);
    await queryRunner.query(
      `ALTER TABLE "region_populations" DROP CONSTRAINT "FK_61f19cbff73e5564f2dc7b97066"`,
    );
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "FK_fe22171ba67910d3b8262c83496"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "FK_8ce0776c154c443e780270bbd7f"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
    await queryRunner.query(`ALTER TABLE "platform_roles" DROP CONSTRAINT "FK_f34815057b59e6137b11263f0f8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_618109ac83d3c6081eb85f9a01"`);
    await queryRunner.query(`DROP TABLE "organisation_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65810c71c76c5167958d10ae80"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TABLE "region_populations"`);
    await queryRunner.query(`DROP TABLE "regions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9df8c649d479d944940de1e305"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0cd0941bc8822f0fee04dd7816"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0aaf093daef8500e5b1b6025b3"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ddc983c5f7bcf132fd8732c3f"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "platform_roles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
