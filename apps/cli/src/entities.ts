import { PlatformRole, RefreshToken, User, UserToken } from '@careledger/accounts';
import { AuditEntry } from '@careledger/audit';
import {
  Beneficiary,
  BeneficiaryPersonalData,
  BeneficiarySearchTerm,
  CaseNote,
  CaseNoteVersion,
  Consent,
  FollowUp,
} from '@careledger/beneficiaries';
import {
  CareBeneficiaryCategoryRollup,
  CareDailyRollup,
  CareEvent,
  CareLine,
  CareLineCostCorrection,
  CareMonthlyBeneficiaryRollup,
  Need,
} from '@careledger/care';
import { Item, StockBalance, StockDailyRollup, StockMovement } from '@careledger/catalog';
import { FundingSource } from '@careledger/funding';
import { IdempotencyKey } from '@careledger/idempotency';
import { OutboxMessage, PlatformOutboxMessage } from '@careledger/jobs';
import { MailOutboxMessage } from '@careledger/mail';
import { ApiKey, Invitation, Membership, Organisation, OrganisationProfile } from '@careledger/organisations';
import { Region, RegionPopulation } from '@careledger/regions';
import { Report, ReportFileChunk, ReportSchedule } from '@careledger/reports';
import { ExternalIndicator, LeagueRecompute, LeagueSnapshot } from '@careledger/statistics';

/** Every entity of every lib: what `migration:check` compares the migrations with. */
export const allEntities = [
  Region,
  RegionPopulation,
  User,
  PlatformRole,
  RefreshToken,
  UserToken,
  Organisation,
  Membership,
  OrganisationProfile,
  ApiKey,
  Invitation,
  AuditEntry,
  OutboxMessage,
  PlatformOutboxMessage,
  MailOutboxMessage,
  FundingSource,
  Item,
  StockMovement,
  StockBalance,
  Beneficiary,
  BeneficiaryPersonalData,
  BeneficiarySearchTerm,
  Consent,
  CaseNote,
  CaseNoteVersion,
  FollowUp,
  CareEvent,
  CareLine,
  CareLineCostCorrection,
  Need,
  CareDailyRollup,
  CareMonthlyBeneficiaryRollup,
  CareBeneficiaryCategoryRollup,
  StockDailyRollup,
  IdempotencyKey,
  Report,
  ReportFileChunk,
  ReportSchedule,
  LeagueSnapshot,
  LeagueRecompute,
  ExternalIndicator,
];
