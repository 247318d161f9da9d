import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionPopulation } from './entities/region-population.entity.js';
import { Region } from './entities/region.entity.js';

@Module({ imports: [TypeOrmModule.forFeature([Region, RegionPopulation])] })
export class RegionsModule {}
