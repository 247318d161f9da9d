import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Beneficiary } from './entities/beneficiary.entity.js';
import { Consent } from './entities/consent.entity.js';
import { BeneficiaryPersonalData } from './entities/personal-data.entity.js';

@Module({ imports: [TypeOrmModule.forFeature([Beneficiary, BeneficiaryPersonalData, Consent])] })
export class BeneficiariesModule {}
