import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyKey } from './entities/idempotency-key.entity.js';

@Module({ imports: [TypeOrmModule.forFeature([IdempotencyKey])] })
export class IdempotencyModule {}
