import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionPopulation } from './entities/region-population.entity.js';
import { Region } from './entities/region.entity.js';
import { KnownRegionCodesLoader } from './known-region-codes.js';
import { PopulationsService } from './populations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Region, RegionPopulation])],
  providers: [KnownRegionCodesLoader, PopulationsService],
  exports: [PopulationsService],
})
export class RegionsModule {}
