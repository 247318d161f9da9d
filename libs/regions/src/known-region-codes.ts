import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';

const codes = new Set<string>();

/**
 * The region codes of the reference data, held in memory so request validation can check a code
 * without a query. Regions change only through migrations, so the set loaded at start stays right for
 * the life of the process.
 */
export const knownRegionCodes = {
  has(code: string): boolean {
    return codes.has(code);
  },
};

@Injectable()
export class KnownRegionCodesLoader implements OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const rows: { code: string }[] = await this.dataSource.query('select code from regions');
    for (const row of rows) codes.add(row.code);
  }
}
