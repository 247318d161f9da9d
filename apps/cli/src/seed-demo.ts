// `npm run seed:demo`: loads demo organisations, people and profiles into an empty database, through the
// same services the api uses (so audit chains and invariants hold). A database that already has
// organisations is left as it is. With sizes (`-- --organisations 1000 --lines 1000000`) it loads a
// synthetic ledger of that size instead (demo/seed-synthetic.ts).
import 'reflect-metadata';
import { AccountsModule, PasswordHasher, PlatformRoleName, UsersRepository } from '@careledger/accounts';
import { AuditModule } from '@careledger/audit';
import { AuthModule, AuthService } from '@careledger/auth';
import { BeneficiariesModule, BeneficiariesService } from '@careledger/beneficiaries';
import { CareEventsService, CareModule, NeedsService } from '@careledger/care';
import { CatalogModule, ItemsService, StockService } from '@careledger/catalog';
import { FundingModule, FundingSourcesService } from '@careledger/funding';
import { ReportRenderer, ReportsModule, ReportsService } from '@careledger/reports';
import { ExternalIndicatorsService, LeagueService, StatisticsModule } from '@careledger/statistics';
import { Actor, systemActor, tenantId, TenantId } from '@careledger/common';
import { AppConfig, ConfigModule, loadConfig } from '@careledger/config';
import { DatabaseModule, TenantTransactions } from '@careledger/database';
import { JobsModule } from '@careledger/jobs';
import {
  MemberRole,
  MembersService,
  OrganisationsModule,
  OrganisationsService,
  PlatformOrganisationsService,
} from '@careledger/organisations';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { seedDemoLedger } from './demo/demo-ledger.js';
import { seedSynthetic, syntheticParams } from './demo/seed-synthetic.js';
import {
  demoOfficial,
  demoOrganisations,
  demoPassword,
  demoRegistryNumbers,
} from './demo/demo-organisations.js';
import { demoRegisteredCsosCsv } from './demo/demo-indicators.js';
import { publishDemoReports } from './demo/demo-reports.js';

@Module({})
class SeedModule {
  static forRoot(config: AppConfig) {
    return {
      module: SeedModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: 'warn' } }),
        DatabaseModule.forRoot(),
        JobsModule,
        AuditModule,
        AccountsModule,
        OrganisationsModule,
        AuthModule,
        FundingModule,
        CatalogModule,
        BeneficiariesModule,
        CareModule,
        ReportsModule,
        StatisticsModule,
      ],
    };
  }
}

const config = loadConfig();
const synthetic = parseOrExit(process.argv.slice(2));
if (synthetic) await seedSynthetic(config, synthetic);
else await seedThroughServices(config);

function parseOrExit(argv: string[]) {
  try {
    return syntheticParams(argv);
  } catch (error) {
    console.error(`seed:demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function seedThroughServices(config: AppConfig): Promise<void> {
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(config), { logger: ['error'] });
  try {
    const [{ count }] = await app.get(DataSource).query('select count(*)::int as count from organisations');
    if (count > 0) {
      console.log(`demo data skipped: the database already has ${count} organisation(s)`);
    } else {
      const auth = app.get(AuthService);
      const members = app.get(MembersService);
      const users = app.get(UsersRepository);
      const transactions = app.get(TenantTransactions);
      const passwordHash = await app.get(PasswordHasher).hash(demoPassword);
      // Demo colleagues get their accounts directly: there is nobody to read an invitation mail.
      const addDemoMember = (orgId: TenantId, email: string, role: MemberRole, actor: Actor) =>
        transactions.run(orgId, async (tx) => {
          const user = await users.create(tx.manager, {
            email,
            fullName: `Сотрудник (${role})`,
            passwordHash,
          });
          await members.addWithin(tx, user.id, role, actor);
        });
      const organisations = app.get(OrganisationsService);
      const platformOrganisations = app.get(PlatformOrganisationsService);
      const ledger = {
        funding: app.get(FundingSourcesService),
        items: app.get(ItemsService),
        stock: app.get(StockService),
        beneficiaries: app.get(BeneficiariesService),
        needs: app.get(NeedsService),
        care: app.get(CareEventsService),
      };
      const reportServices = { reports: app.get(ReportsService), renderer: app.get(ReportRenderer) };
      let careEvents = 0;
      let publishedReports = 0;
      const progress = new SingleBar({
        format: 'demo data [{bar}] {value}/{total} organisations',
        hideCursor: true,
      });
      progress.start(demoOrganisations.length, 0);
      for (const demo of demoOrganisations) {
        // Demo admins sign in at once: there is nobody to follow a verification mail.
        const registered = await auth.registerWithProvenAddress({
          email: `admin@${demo.slug}.demo`,
          password: demoPassword,
          fullName: 'Администратор',
          organisation: { name: demo.name, regionCode: demo.regionCode, legalForm: demo.legalForm },
        });
        const orgId = tenantId(registered.organisation.id);
        const actor = { kind: 'user', id: registered.user.id } as const;
        const registryNumbers = demoRegistryNumbers(demoOrganisations.indexOf(demo), demo.regionCode);
        await organisations.update(orgId, { publicDescription: demo.description, ...registryNumbers }, actor);
        // The operator loads the demo, so it verifies its organisations as a platform admin would.
        await platformOrganisations.verify(orgId, demo.regionCode, systemActor);
        for (const role of [MemberRole.Staff, MemberRole.Viewer]) {
          await addDemoMember(orgId, `${role}@${demo.slug}.demo`, role, actor);
        }
        for (const year of [2025, 2026]) {
          await organisations.putProfile(
            orgId,
            year,
            { staffFte: demo.staffFte, volunteers: demo.volunteers },
            actor,
          );
        }
        careEvents += await seedDemoLedger(ledger, orgId, actor, demo, demoOrganisations.indexOf(demo) + 1);
        publishedReports += await publishDemoReports(reportServices, orgId, actor, demo.reports);
        progress.increment();
      }
      progress.stop();
      await addDemoOfficial(app.get(DataSource), users, passwordHash);
      await uploadRegisteredCsos(app.get(DataSource), app.get(ExternalIndicatorsService));
      const league = app.get(LeagueService);
      for (const year of [2025, 2026]) await league.recompute(year);
      console.log(
        `demo data loaded: ${demoOrganisations.length} organisations, ${careEvents} care events, ${publishedReports} published reports; sign in as admin@dobrye-ruki.demo / ${demoPassword} (an official of region 48: ${demoOfficial.email}, same password)`,
      );
    }
  } finally {
    await app.close();
  }
}

async function addDemoOfficial(dataSource: DataSource, users: UsersRepository, passwordHash: string) {
  await dataSource.transaction(async (manager) => {
    const user = await users.create(manager, {
      email: demoOfficial.email,
      fullName: 'Официальный представитель (Липецкая область)',
      passwordHash,
    });
    await users.grantPlatformRole(manager, user.id, PlatformRoleName.Authority, demoOfficial.regionCodes);
  });
}

/** Registered CSOs of the demo regions for both demo years, so each league row states its coverage. */
async function uploadRegisteredCsos(dataSource: DataSource, indicators: ExternalIndicatorsService) {
  const regionCodes = [...new Set(demoOrganisations.map((demo) => demo.regionCode))];
  const rows: { region_code: string; population: number }[] = await dataSource.query(
    `select distinct on (region_code) region_code, population from region_populations
      where region_code = any($1) order by region_code, year desc`,
    [regionCodes],
  );
  const csv = demoRegisteredCsosCsv(
    rows.map((row) => ({ regionCode: row.region_code, population: Number(row.population) })),
  );
  for (const year of [2025, 2026]) await indicators.replaceYear(year, csv);
}
