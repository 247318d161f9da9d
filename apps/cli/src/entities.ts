import { PlatformRole, RefreshToken, User } from '@careledger/accounts';
import { AuditEntry } from '@careledger/audit';
import { OutboxMessage } from '@careledger/jobs';
import { ApiKey, Membership, Organisation, OrganisationProfile } from '@careledger/organisations';
import { Region, RegionPopulation } from '@careledger/regions';

/** Every entity of every lib: what `migration:check` compares the migrations with. */
export const allEntities = [
  Region,
  RegionPopulation,
  User,
  PlatformRole,
  RefreshToken,
  Organisation,
  Membership,
  OrganisationProfile,
  ApiKey,
  AuditEntry,
  OutboxMessage,
];
