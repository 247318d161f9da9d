import { BeneficiariesService, ConsentScope, DiagnosisSystem } from '@careledger/beneficiaries';
import { CareEventInput, CareEventKind, CareEventsService, NeedsService } from '@careledger/care';
import {
  ItemCategory,
  ItemsService,
  ItemUnit,
  ItemView,
  MovementKind,
  StockService,
} from '@careledger/catalog';
import { Actor, TenantId } from '@careledger/common';
import { FundingKind, FundingSourcesService, FundingSourceView } from '@careledger/funding';

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
    sku: 'DRS-BINT',
    name: 'Бинт эластичный',
    unit: ItemUnit.Piece,
    category: ItemCategory.Dressing,
    cost: 12_000,
  },
  {
    sku: 'HYG-PAMP',
    name: 'Подгузники, упаковка 30 шт.',
    unit: ItemUnit.Pack,
    category: ItemCategory.Hygiene,
    cost: 150_000,
  },
  {
    sku: 'NUT-NUTR',
    name: 'Лечебное питание «Нутризон»',
    unit: ItemUnit.Pack,
    category: ItemCategory.Nutrition,
    cost: 210_000,
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

const demoFunding = [
  {
    name: 'Грант «Кожа бабочки» 2026',
    funderName: 'Фонд президентских грантов',
    kind: FundingKind.PresidentialGrant,
  },
  {
    name: 'Субсидия на социальные услуги',
    funderName: 'Министерство социальной политики',
    kind: FundingKind.GovernmentGrant,
  },
  { name: 'Корпоративная программа', funderName: 'ПАО «Северсталь»', kind: FundingKind.Business },
  {
    name: 'Частные пожертвования',
    funderName: 'Частные жертвователи',
    kind: FundingKind.IndividualDonations,
  },
];

const demoNames = ['Маша', 'Артём', 'Алиса', 'Даниил', 'Варвара', 'Тимофей', 'Полина', 'Егор'];

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

/** Funding, a catalogue, stock receipts, beneficiaries with needs, and three months of care for one organisation. */
export async function seedDemoLedger(
  services: DemoLedgerServices,
  orgId: TenantId,
  actor: Actor,
  seed: number,
): Promise<number> {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const funding: FundingSourceView[] = [];
  for (const source of demoFunding) {
    funding.push(
      await services.funding.create(
        orgId,
        { ...source, periodFrom: '2026-01-01', periodTo: '2026-12-31' },
        actor,
      ),
    );
  }
  const items: ItemView[] = [];
  for (const item of demoItems) {
    items.push(
      await services.items.create(
        orgId,
        {
          sku: item.sku,
          name: item.name,
          unit: item.unit,
          category: item.category,
          defaultUnitCostKopecks: item.cost,
        },
        actor,
      ),
    );
  }
  const stocked = items.filter(
    (item) => item.category !== ItemCategory.Service && item.category !== ItemCategory.Transport,
  );
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
  for (const [index, name] of demoNames.entries()) {
    const beneficiary = await services.beneficiaries.create(
      orgId,
      {
        fullName: `${name} ${['Иванова', 'Смирнов', 'Кузнецова', 'Попов'][index % 4]}`,
        birthDate: `20${10 + (index % 8)}-0${1 + (index % 9)}-15`,
        diagnoses: [{ system: DiagnosisSystem.Orpha, code: '79361' }],
        consents: [{ scope: ConsentScope.Care, givenAt: '2026-08-01T10:00:00+03:00' }],
      },
      actor,
    );
    beneficiaries.push(beneficiary);
    await services.needs.replace(
      orgId,
      beneficiary.id,
      [{ itemId: stocked[0].id, quantityPerMonth: 4, from: '2026-09-01' }],
      actor,
    );
  }
  const events: CareEventInput[] = [];
  for (const month of [8, 9, 10]) {
    for (const beneficiary of beneficiaries) {
      for (let visit = 0; visit < 3; visit++) {
        const day = 1 + Math.floor(next() * 20);
        const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
          itemId: pick(items).id,
          quantity: 1 + Math.floor(next() * 2),
          fundingSourceId: pick(funding).id,
        }));
        events.push({
          beneficiaryId: beneficiary.id,
          occurredAt: new Date(Date.UTC(2026, month, day, 7 + Math.floor(next() * 8))),
          kind: pick([CareEventKind.Delivery, CareEventKind.HomeVisit, CareEventKind.Consultation]),
          lines,
        });
      }
    }
  }
  const { created } = await services.care.createBatch(orgId, events, actor);
  return created;
}
