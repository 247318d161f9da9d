import { IdempotencyModule } from '@careledger/idempotency';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesRepository } from './beneficiaries.repository.js';
import { BeneficiariesService } from './beneficiaries.service.js';
import { Beneficiary } from './entities/beneficiary.entity.js';
import { Consent } from './entities/consent.entity.js';
import { BeneficiaryPersonalData } from './entities/personal-data.entity.js';

@Module({
  imports: [IdempotencyModule, TypeOrmModule.forFeature([Beneficiary, BeneficiaryPersonalData, Consent])],
  providers: [BeneficiariesRepository, BeneficiariesService],
  exports: [BeneficiariesService],
})
export class BeneficiariesModule {}
