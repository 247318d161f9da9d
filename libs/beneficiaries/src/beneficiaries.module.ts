import { IdempotencyModule } from '@careledger/idempotency';
import { OrganisationsModule } from '@careledger/organisations';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesRepository } from './beneficiaries.repository.js';
import { BeneficiariesService } from './beneficiaries.service.js';
import { CaseworkRepository } from './casework.repository.js';
import { CaseworkService } from './casework.service.js';
import { Beneficiary } from './entities/beneficiary.entity.js';
import { CaseNote, CaseNoteVersion } from './entities/case-note.entity.js';
import { Consent } from './entities/consent.entity.js';
import { FollowUp } from './entities/follow-up.entity.js';
import { BeneficiaryPersonalData } from './entities/personal-data.entity.js';
import { BeneficiarySearchTerm } from './entities/search-term.entity.js';

@Module({
  imports: [
    IdempotencyModule,
    OrganisationsModule,
    TypeOrmModule.forFeature([
      Beneficiary,
      BeneficiaryPersonalData,
      BeneficiarySearchTerm,
      Consent,
      CaseNote,
      CaseNoteVersion,
      FollowUp,
    ]),
  ],
  providers: [BeneficiariesRepository, BeneficiariesService, CaseworkRepository, CaseworkService],
  exports: [BeneficiariesService, CaseworkService],
})
export class BeneficiariesModule {}
