import { BeneficiariesService, ConsentScope, DiagnosisSystem } from '@careledger/beneficiaries';
import { CareEventInput, CareEventKind, CareEventsService, NeedsService } from '@careledger/care';
import {
  isStocked,
  ItemCategory,
  ItemsService,
  ItemUnit,
  ItemView,
  MovementKind,
  StockService,
} from '@careledger/catalog';
import { Actor, TenantId } from '@careledger/common';
import { FundingKind, FundingSourcesService, FundingSourceView } from '@careledger/funding';
import type { DemoOrganisation } from './demo-organisations.js';

const demoItems = [
  {
    sku: 'MED-BEP-30',
    name: 'Мазь «Бепантен» 30 г',
    unit: ItemUnit.Tube,
    category: ItemCategory.Medication,
    cost: 45_000,
  },
  {
    sku: 'DRS-MEP-1010',
    name: 'Повязка «Мепилекс» 10×10 см',
    unit: ItemUnit.Piece,
    category: ItemCategory.Dressing,
    cost: 98_000,
  },
  {
    sku: 'HYG-PAMP',
    name: 'Подгузники, упаковка 30 шт.',
    unit: ItemUnit.Pack,
    category: ItemCategory.Hygiene,
    cost: 150_000,
  },
  {
    sku: 'SRV-DERM',
    name: 'Консультация дерматолога',
    unit: ItemUnit.Visit,
    category: ItemCategory.Service,
    cost: 250_000,
  },
  {
    sku: 'TRN-CLINIC',
    name: 'Транспорт до клиники',
    unit: ItemUnit.Visit,
    category: ItemCategory.Transport,
    cost: 80_000,
  },
];

const fundersOf: Record<FundingKind, { name: string; funderName: string }> = {
  [FundingKind.PresidentialGrant]: { name: 'Грант «Кожа бабочки»', funderName: 'Фонд президентских грантов' },
  [FundingKind.GovernmentGrant]: {
    name: 'Субсидия на социальные услуги',
    funderName: 'Министерство социальной политики',
  },
  [FundingKind.GovernmentContract]: {
    name: 'Госзаказ на социальные услуги',
    funderName: 'Департамент социальной защиты',
  },
  [FundingKind.Business]: { name: 'Корпоративная программа', funderName: 'ПАО «Северсталь»' },
  [FundingKind.IndividualDonations]: { name: 'Частные пожертвования', funderName: 'Частные жертвователи' },
  [FundingKind.CommercialServices]: { name: 'Платные услуги', funderName: 'Получатели платных услуг' },
  [FundingKind.OwnFunds]: { name: 'Собственные средства', funderName: 'Организация' },
  [FundingKind.Other]: { name: 'Прочие поступления', funderName: 'Разные' },
};

const demoNames = ['Маша', 'Артём', 'Алиса', 'Даниил', 'Варвара', 'Тимофей', 'Полина', 'Егор', 'Ксения'];
const demoSurnames = ['Иванова', 'Смирнов', 'Кузнецова', 'Попов', 'Соколова', 'Лебедев'];

/** Months of care in each demo year (0-based): autumn 2026, and spring to autumn 2025. */
const monthsOf = { 2025: [3, 6, 9], 2026: [8, 9, 10] } as const;

/** A small deterministic generator, so every demo database is the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export interface DemoLedgerServices {
  funding: FundingSourcesService;
  items: ItemsService;
  stock: StockService;
  beneficiaries: BeneficiariesService;
  needs: NeedsService;
  care: CareEventsService;
}

/**
 * Funding of the organisation's kinds, a catalogue, stock receipts, its beneficiaries (needs for the
 * first three) and care in each of its active years: in 2025 services and transport only, since the
 * stock arrives in August 2026. Returns the number of care events logged.
 */
export async function seedDemoLedger(
  services: DemoLedgerServices,
  orgId: TenantId,
  actor: Actor,
  demo: DemoOrganisation,
  seed: number,
): Promise<number> {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const funding: FundingSourceView[] = [];
  for (const kind of demo.fundingKinds) {
    const source = { ...fundersOf[kind], kind, periodFrom: '2025-01-01', periodTo: '2026-12-31' };
    funding.push(await services.funding.create(orgId, source, actor));
  }
  const items: ItemView[] = [];
  for (const { cost, ...item } of demoItems) {
    items.push(await services.items.create(orgId, { ...item, defaultUnitCostKopecks: cost }, actor));
  }
  const stocked = items.filter((item) => isStocked(item.category));
  for (const item of stocked) {
    await services.stock.record(
      orgId,
      {
        itemId: item.id,
        kind: MovementKind.Receipt,
        quantity: 400,
        fundingSourceId: pick(funding).id,
        occurredAt: new Date('2026-08-25T09:00:00Z'),
      },
      actor,
    );
  }
  const beneficiaries = [];
  for (let index = 0; index < demo.beneficiaries; index++) {
    const beneficiary = await services.beneficiaries.create(
      orgId,
      {
        fullName: `${demoNames[index % demoNames.length]} ${demoSurnames[index % demoSurnames.length]}`,
        birthDate: `20${10 + (index % 8)}-0${1 + (index % 9)}-15`,
        diagnoses: [{ system: DiagnosisSystem.Orpha, code: '79361' }],
        // a statistics consent too, or the demo's care would count nowhere public
        consents: [
          { scope: ConsentScope.Care, givenAt: '2025-01-15T10:00:00+03:00' },
          { scope: ConsentScope.Statistics, givenAt: '2025-01-15T10:00:00+03:00' },
        ],
      },
      actor,
    );
    beneficiaries.push(beneficiary);
    if (index < 3) {
      const need = { itemId: stocked[index % stocked.length].id, quantityPerMonth: 4, from: '2026-09-01' };
      await services.needs.replace(orgId, beneficiary.id, [need], actor);
    }
  }
  const events: CareEventInput[] = [];
  for (const year of demo.activeYears) {
    const available = year === 2026 ? items : items.filter((item) => !isStocked(item.category));
    for (const month of monthsOf[year]) {
      for (const beneficiary of beneficiaries) {
        for (let visit = 0, visits = 1 + Math.floor(next() * 3); visit < visits; visit++) {
          const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
            itemId: pick(available).id,
            quantity: 1 + Math.floor(next() * 2),
            fundingSourceId: pick(funding).id,
          }));
          events.push({
            beneficiaryId: beneficiary.id,
            occurredAt: new Date(
              Date.UTC(year, month, 1 + Math.floor(next() * 20), 7 + Math.floor(next() * 8)),
            ),
            kind: pick([CareEventKind.Delivery, CareEventKind.HomeVisit, CareEventKind.Consultation]),
            lines,
          });
        }
      }
    }
  }
  const { created } = await services.care.createBatch(orgId, events, actor);
  return created;
}
