import { projectPath } from '@careledger/database';
import { readFileSync } from 'node:fs';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each region's cell on the tile-grid map, from the reference data (libs/regions/data/ru-regions.csv). */
function regionCells(): { code: string; col: number; row: number }[] {
  const [header, ...lines] = readFileSync(projectPath('libs/regions/data/ru-regions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const columns = header.split(',');
  const [code, col, row] = ['subject_code', 'grid_col', 'grid_row'].map((name) => columns.indexOf(name));
  return lines.map((line) => {
    const values = line.split(',');
    return { code: values[code], col: Number(values[col]), row: Number(values[row]) };
  });
}

/** Both coordinates or neither, each from 1 (the entity states the same check). */
const gridCellCheck = `("grid_col" IS NULL) = ("grid_row" IS NULL) AND "grid_col" >= 1 AND "grid_row" >= 1`;

/**
 * The tile-grid map of the league page draws each region as one square, laid out roughly as the country
 * lies (Kaliningrad west, Chukotka east, the Caucasus bottom left). The cells are reference data like the
 * regions themselves: 1-based, one region to a cell; a region added later has none until it is given one.
 */
export class RegionTileGrid1795800001500 implements MigrationInterface {
  name = 'RegionTileGrid1795800001500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const cells = regionCells();
    await queryRunner.query(`ALTER TABLE "regions" ADD "grid_col" smallint`);
    await queryRunner.query(`ALTER TABLE "regions" ADD "grid_row" smallint`);
    await queryRunner.query(
      `UPDATE "regions" r SET "grid_col" = c.col, "grid_row" = c.row
         FROM unnest($1::char(2)[], $2::smallint[], $3::smallint[]) AS c(code, col, row) WHERE r.code = c.code`,
      [cells.map((cell) => cell.code), cells.map((cell) => cell.col), cells.map((cell) => cell.row)],
    );
    await queryRunner.query(
      `ALTER TABLE "regions" ADD CONSTRAINT "UQ_regions_grid_cell" UNIQUE ("grid_col", "grid_row")`,
    );
    await queryRunner.query(
      `ALTER TABLE "regions" ADD CONSTRAINT "CHK_regions_grid_cell" CHECK (${gridCellCheck})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "regions" DROP COLUMN "grid_row"`);
    await queryRunner.query(`ALTER TABLE "regions" DROP COLUMN "grid_col"`);
  }
}
