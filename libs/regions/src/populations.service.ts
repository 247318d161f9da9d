import { DomainError } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PopulationView {
  regionCode: string;
  year: number;
  population: number;
  source: string;
}

/** Resident population per region and year: reference data a platform admin keeps up to date. */
@Injectable()
export class PopulationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores (or replaces) one region's population for one year; 404 for a region not in the reference data. */
  async put(regionCode: string, year: number, population: number, source: string): Promise<PopulationView> {
    return this.dataSource.transaction(async (manager) => {
      const regions: unknown[] = await manager.query(`select 1 from regions where code = $1`, [regionCode]);
      if (regions.length === 0) throw DomainError.notFound('region');
      const [row]: { region_code: string; year: number; population: number; source: string }[] =
        await manager.query(
          `insert into region_populations (region_code, year, population, source) values ($1, $2, $3, $4)
           on conflict (region_code, year) do update set population = excluded.population, source = excluded.source
           returning region_code, year, population, source`,
          [regionCode, year, population, source],
        );
      return { regionCode: row.region_code, year: row.year, population: row.population, source: row.source };
    });
  }
}
