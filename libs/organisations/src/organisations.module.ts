import { AccountsModule } from '@careledger/accounts';
import { IdempotencyModule } from '@careledger/idempotency';
import { MailModule } from '@careledger/mail';
import { RegionsModule } from '@careledger/regions';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKey } from './entities/api-key.entity.js';
import { Invitation } from './entities/invitation.entity.js';
import { Membership } from './entities/membership.entity.js';
import { OrganisationProfile } from './entities/organisation-profile.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';
import { OrganisationsService } from './organisations.service.js';
import { PlatformOrganisationsService } from './platform-organisations.service.js';
import { RegionDirectory } from './region-directory.service.js';

@Module({
  imports: [
    RegionsModule,
    AccountsModule,
    MailModule,
    IdempotencyModule,
    TypeOrmModule.forFeature([Organisation, Membership, OrganisationProfile, ApiKey, Invitation]),
  ],
  providers: [
    RegionDirectory,
    OrganisationsService,
    MembersService,
    InvitationsRepository,
    InvitationsService,
    ApiKeysService,
    PlatformOrganisationsService,
  ],
  // RegionsModule is passed on so the api can reach its services (populations) without importing it.
  exports: [
    RegionsModule,
    RegionDirectory,
    OrganisationsService,
    MembersService,
    InvitationsService,
    ApiKeysService,
    PlatformOrganisationsService,
  ],
})
export class OrganisationsModule {}
