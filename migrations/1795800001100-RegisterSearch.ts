import { MigrationInterface, QueryRunner } from 'typeorm';

const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The register's search (issue 16, item 8). Names are stored in plain text, not encrypted, but a
 * LIKE on them cannot use an index for the application: under forced row-level security PostgreSQL
 * uses only leakproof conditions (=, <, >=; not LIKE, not a function of a column) in an index scan
 * before the tenant policy. So each person's searchable terms are kept in a table of their own, and
 * the search compares whole terms or prefixes (a range in byte order, collation C):
 *
 * - `w:` + each word of the name, folded (`search_fold`: lower case, ё as е);
 * - `p:` + each tail of five or more digits of the phone number (`phone_key`: a Russian number without
 *   its +7 or 8), so a prefix of a tail finds digits anywhere in the number;
 * - `k:` + the name's folded words in alphabetical order (`person_name_key`), what the duplicate guard
 *   compares: «Ёлкин Алексей» and «алексей елкин» are one name.
 *
 * The terms are computed by `beneficiary_search_terms()` and kept by a trigger on the personal data,
 * so every way of writing a record (the api, the set-based seeder, a correction in SQL) keeps them true,
 * and erasure, which deletes the personal data, deletes them. Existing people get theirs below,
 * organisation by organisation with the tenant bound (forced row-level security applies to the owner).
 */
export class RegisterSearch1795800001100 implements MigrationInterface {
  name = 'RegisterSearch1795800001100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION search_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ select translate(lower(value), 'ё', 'е') $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION person_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ select string_agg(word, ' ' order by word)
                 from regexp_split_to_table(search_fold(name), '[^[:alnum:]]+') as word
                where word <> '' $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION phone_key(phone text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ select case when digits ~ '^[78][0-9]{10}$' then substr(digits, 2) else digits end
                 from (select regexp_replace(phone, '[^0-9]', '', 'g') as digits) as number $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION beneficiary_search_terms(full_name text, phone text) RETURNS SETOF text
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ select distinct 'w:' || word
                 from regexp_split_to_table(search_fold(full_name), '[^[:alnum:]]+') as word
                where word <> ''
               union
               select 'k:' || person_name_key(full_name) where person_name_key(full_name) is not null
               union
               select 'p:' || substr(digits, tail)
                 from (select phone_key(phone) as digits) as number,
                      generate_series(1, length(digits) - 4) as tail $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "beneficiary_search_terms" ("tenant_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "term" text COLLATE "C" NOT NULL, CONSTRAINT "PK_59d7e051d9f8de5e98d3c17e7c3" PRIMARY KEY ("tenant_id", "beneficiary_id", "term"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_89ad654046a7b3e6661ebb7a0b" ON "beneficiary_search_terms"  ("tenant_id", "term") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8c91946350e45fbff963842442" ON "beneficiary_personal_data"  ("tenant_id", "birth_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiary_search_terms" ADD CONSTRAINT "FK_f27fb0793b04cccf29c3452be3d" FOREIGN KEY ("tenant_id", "beneficiary_id") REFERENCES "beneficiaries"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "beneficiary_search_terms" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "beneficiary_search_terms" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "beneficiary_search_terms" USING (tenant_id = ${currentTenant}) WITH CHECK (tenant_id = ${currentTenant})`,
    );
    await queryRunner.query(
      `CREATE FUNCTION beneficiary_search_terms_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           DELETE FROM beneficiary_search_terms
            WHERE tenant_id = OLD.tenant_id AND beneficiary_id = OLD.beneficiary_id;
         END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') THEN
           INSERT INTO beneficiary_search_terms (tenant_id, beneficiary_id, term)
           SELECT NEW.tenant_id, NEW.beneficiary_id, term
             FROM beneficiary_search_terms(NEW.full_name, NEW.contacts ->> 'phone') AS term;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER beneficiary_search_terms_refresh
         AFTER INSERT OR DELETE OR UPDATE OF full_name, contacts ON beneficiary_personal_data
         FOR EACH ROW EXECUTE FUNCTION beneficiary_search_terms_refresh()`,
    );
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(
        `insert into beneficiary_search_terms (tenant_id, beneficiary_id, term)
         select p.tenant_id, p.beneficiary_id, term
           from beneficiary_personal_data p, beneficiary_search_terms(p.full_name, p.contacts ->> 'phone') as term
          where p.tenant_id = $1`,
        [id],
      );
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER beneficiary_search_terms_refresh ON beneficiary_personal_data`);
    await queryRunner.query(`DROP FUNCTION beneficiary_search_terms_refresh()`);
    await queryRunner.query(`DROP POLICY tenant_isolation ON "beneficiary_search_terms"`);
    await queryRunner.query(
      `ALTER TABLE "beneficiary_search_terms" DROP CONSTRAINT "FK_f27fb0793b04cccf29c3452be3d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_8c91946350e45fbff963842442"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89ad654046a7b3e6661ebb7a0b"`);
    await queryRunner.query(`DROP TABLE "beneficiary_search_terms"`);
    await queryRunner.query(`DROP FUNCTION beneficiary_search_terms(text, text)`);
    await queryRunner.query(`DROP FUNCTION phone_key(text)`);
    await queryRunner.query(`DROP FUNCTION person_name_key(text)`);
    await queryRunner.query(`DROP FUNCTION search_fold(text)`);
  }
}
