import { Foundation1795768357787 } from './1795768357787-Foundation.js';
import { TenantIsolation1795768357788 } from './1795768357788-TenantIsolation.js';
import { RegionsReferenceData1795768357789 } from './1795768357789-RegionsReferenceData.js';
import { CareLedgerSchema1795770786763 } from './1795770786763-CareLedgerSchema.js';
import { CareLedgerIsolation1795770786764 } from './1795770786764-CareLedgerIsolation.js';
import { ReportsSchema1795771678312 } from './1795771678312-ReportsSchema.js';
import { ReportsPublication1795771678313 } from './1795771678313-ReportsPublication.js';
import { StatisticsSchema1795773370644 } from './1795773370644-StatisticsSchema.js';
import { StatisticsAccess1795773370645 } from './1795773370645-StatisticsAccess.js';
import { UserSuspension1795800000001 } from './1795800000001-UserSuspension.js';
import { MailOutbox1795800000100 } from './1795800000100-MailOutbox.js';
import { EmailVerification1795800000101 } from './1795800000101-EmailVerification.js';
import { Invitations1795800000200 } from './1795800000200-Invitations.js';
import { LeagueRecomputes1795800000500 } from './1795800000500-LeagueRecomputes.js';
import { ReportReconciliation1795800000501 } from './1795800000501-ReportReconciliation.js';
import { IdempotencyKeysPerCaller1795800000600 } from './1795800000600-IdempotencyKeysPerCaller.js';
import { CareLinesCountedUnder1795800000601 } from './1795800000601-CareLinesCountedUnder.js';
import { OrganisationVerification1795800000700 } from './1795800000700-OrganisationVerification.js';
import { RecordKeys1795800000800 } from './1795800000800-RecordKeys.js';
import { BeneficiaryCategoryRollups1795800000900 } from './1795800000900-BeneficiaryCategoryRollups.js';
import { RegisterSearch1795800001100 } from './1795800001100-RegisterSearch.js';
import { CaseNotesAndFollowUps1795800001101 } from './1795800001101-CaseNotesAndFollowUps.js';
import { OneStockLedger1795800001200 } from './1795800001200-OneStockLedger.js';
import { OneCostPerUnit1795800001201 } from './1795800001201-OneCostPerUnit.js';
import { ReportVerificationAndSchedules1795800001000 } from './1795800001000-ReportVerificationAndSchedules.js';
import { OrganisationSuspensionReason1795800001300 } from './1795800001300-OrganisationSuspensionReason.js';
import { OrganisationSuspensionConsistent1795800001301 } from './1795800001301-OrganisationSuspensionConsistent.js';
import { OrganisationTimeZones1795800001400 } from './1795800001400-OrganisationTimeZones.js';
import { LocalTimeRollups1795800001401 } from './1795800001401-LocalTimeRollups.js';
import { CareLinesCountedInUnit1795800001402 } from './1795800001402-CareLinesCountedInUnit.js';
import { RegionTileGrid1795800001500 } from './1795800001500-RegionTileGrid.js';

/** Every migration, in order. A new migration is added here as well as written to this folder. */
export const migrations = [
  Foundation1795768357787,
  TenantIsolation1795768357788,
  RegionsReferenceData1795768357789,
  CareLedgerSchema1795770786763,
  CareLedgerIsolation1795770786764,
  ReportsSchema1795771678312,
  ReportsPublication1795771678313,
  StatisticsSchema1795773370644,
  StatisticsAccess1795773370645,
  UserSuspension1795800000001,
  MailOutbox1795800000100,
  EmailVerification1795800000101,
  Invitations1795800000200,
  LeagueRecomputes1795800000500,
  ReportReconciliation1795800000501,
  IdempotencyKeysPerCaller1795800000600,
  CareLinesCountedUnder1795800000601,
  OrganisationVerification1795800000700,
  RecordKeys1795800000800,
  BeneficiaryCategoryRollups1795800000900,
  ReportVerificationAndSchedules1795800001000,
  RegisterSearch1795800001100,
  CaseNotesAndFollowUps1795800001101,
  OneStockLedger1795800001200,
  OneCostPerUnit1795800001201,
  OrganisationSuspensionReason1795800001300,
  OrganisationSuspensionConsistent1795800001301,
  OrganisationTimeZones1795800001400,
  LocalTimeRollups1795800001401,
  CareLinesCountedInUnit1795800001402,
  RegionTileGrid1795800001500,
];
