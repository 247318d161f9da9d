import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FundingSource } from './entities/funding-source.entity.js';

@Module({ imports: [TypeOrmModule.forFeature([FundingSource])] })
export class FundingModule {}
