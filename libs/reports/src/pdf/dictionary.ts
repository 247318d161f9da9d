import type { ReportLanguage, ReportType } from '../report-model.js';

/**
 * The fixed wording of a report's PDF, in each language it is printed in. Russian follows
 * shared/GLOSSARY.md, so the report reads as the sector writes.
 */
export interface ReportWording {
  title: Record<ReportType, string>;
  organisation: string;
  region: string;
  inn: string;
  ogrn: string;
  period: string;
  funder: string;
  fundingSource: string;
  fundingKind: string;
  beneficiaryCode: string;
  beneficiaryName: string;
  birthDate: string;
  requestedAt: string;
  reportId: string;

  keyFiguresHeading: string;
  keyFigures: {
    beneficiaries: string;
    events: string;
    itemsDelivered: string;
    spend: string;
    costPerBeneficiary: string;
  };
  withheld: (k: number) => string;
  noData: string;

  chartByCategory: string;
  chartByFundingKind: string;

  byCategoryHeading: string;
  byFundingKindHeading: string;
  coverageHeading: string;
  linesHeading: string;
  columns: {
    category: string;
    fundingKind: string;
    quantity: string;
    spend: string;
    indicator: string;
    value: string;
    item: string;
    unit: string;
    needed: string;
    delivered: string;
    coverage: string;
    date: string;
    unitCost: string;
    cost: string;
    beneficiary: string;
    fundingSource: string;
  };

  methodologyHeading: string;
  methodology: (p: { from: string; to: string; requestedAt: string; k: number }) => string[];
  withheldInThisReport: string;

  page: (n: number) => string;
  verification: (url: string) => string;

  categories: Record<string, string>;
  fundingKinds: Record<string, string>;
  units: Record<string, string>;
}

const ru: ReportWording = {
  title: {
    activity: 'Отчёт о деятельности',
    funding_source: 'Отчёт перед грантодателем',
    beneficiary_statement: 'Справка о полученной помощи',
  },
  organisation: 'Организация',
  region: 'Регион',
  inn: 'ИНН',
  ogrn: 'ОГРН',
  period: 'Период',
  funder: 'Грантодатель',
  fundingSource: 'Источник финансирования',
  fundingKind: 'Вид источника',
  beneficiaryCode: 'Код подопечного',
  beneficiaryName: 'ФИО',
  birthDate: 'Дата рождения',
  requestedAt: 'Дата формирования',
  reportId: 'Номер отчёта',

  keyFiguresHeading: 'Основные показатели',
  keyFigures: {
    beneficiaries: 'Благополучатели, получившие помощь',
    events: 'Выдачи (случаи оказания помощи)',
    itemsDelivered: 'Выдано позиций, всех единиц',
    spend: 'Расходы',
    costPerBeneficiary: 'Расходы на одного благополучателя',
  },
  withheld: (k) => `скрыто (менее ${k})`,
  noData: 'Нет данных за период',

  chartByCategory: 'Расходы по категориям',
  chartByFundingKind: 'Расходы по видам источников финансирования',

  byCategoryHeading: 'Выдано по категориям',
  byFundingKindHeading: 'Расходы по видам источников финансирования',
  coverageHeading: 'Обеспеченность потребности',
  linesHeading: 'Реестр позиций выдачи',
  columns: {
    category: 'Категория',
    fundingKind: 'Вид источника',
    quantity: 'Кол-во',
    spend: 'Расходы',
    indicator: 'Показатель',
    value: 'Значение',
    item: 'Позиция',
    unit: 'Ед. изм.',
    needed: 'Потребность',
    delivered: 'Выдано',
    coverage: 'Покрытие',
    date: 'Дата',
    unitCost: 'Цена за ед.',
    cost: 'Сумма',
    beneficiary: 'Подопечный',
    fundingSource: 'Источник',
  },

  methodologyHeading: 'Методика и скрытие малых значений',
  methodology: ({ from, to, requestedAt, k }) => [
    `Все показатели рассчитаны по журналу выдач организации за период с ${from} по ${to} включительно, ` +
      `по данным, внесённым до формирования отчёта (${requestedAt}). Журнал не редактируется: ` +
      'аннулированная выдача отражается отрицательной строкой, которая погашает исходную, ' +
      'поэтому в итоги аннулированные выдачи не входят.',
    'Расходы — количество, умноженное на цену за единицу, зафиксированную в момент выдачи. ' +
      'Благополучатели считаются без повторов. Обеспеченность потребности — отношение выданного ' +
      'количества к потребности по той же позиции номенклатуры.',
    `Чтобы по отчёту нельзя было узнать отдельного человека, значения меньше ${k} не публикуются: ` +
      `вместо них напечатано «скрыто (менее ${k})». Дополнительно скрываются значения, по которым ` +
      'скрытое можно было бы вычислить из итогов (вторичное скрытие).',
    `Показатель скрывается, если он о менее чем ${k} благополучателях, сколько бы их ни было в ` +
      'организации. Опубликованные значения точны: они не округляются и не искажаются. Реестр отчёта ' +
      'перед грантодателем печатает одну строку на позицию и месяц.',
  ],
  withheldInThisReport: 'В этом отчёте скрыто',

  page: (n) => `Стр. ${n}`,
  verification: (url) => `Проверка подлинности: ${url}`,

  categories: {
    medication: 'лекарства',
    dressing: 'перевязочные средства',
    hygiene: 'средства гигиены',
    nutrition: 'питание',
    equipment: 'оборудование',
    service: 'услуги',
    transport: 'транспорт',
    other: 'другое',
  },
  fundingKinds: {
    presidential_grant: 'грант Президента РФ',
    government_grant: 'субсидия',
    government_contract: 'государственный контракт',
    business: 'поддержка бизнеса',
    individual_donations: 'частные пожертвования',
    commercial_services: 'платные услуги',
    own_funds: 'собственные средства',
    other: 'другое',
    unattributed: 'без источника',
  },
  units: { tube: 'туба', pack: 'упаковка', piece: 'штука', hour: 'час', visit: 'визит' },
};

const en: ReportWording = {
  title: {
    activity: 'Activity report',
    funding_source: 'Funding source report',
    beneficiary_statement: 'Care statement',
  },
  organisation: 'Organisation',
  region: 'Region',
  inn: 'INN',
  ogrn: 'OGRN',
  period: 'Period',
  funder: 'Funder',
  fundingSource: 'Funding source',
  fundingKind: 'Funding kind',
  beneficiaryCode: 'Beneficiary code',
  beneficiaryName: 'Full name',
  birthDate: 'Date of birth',
  requestedAt: 'Generated on',
  reportId: 'Report number',

  keyFiguresHeading: 'Key figures',
  keyFigures: {
    beneficiaries: 'Beneficiaries served',
    events: 'Care events',
    itemsDelivered: 'Items delivered, all units',
    spend: 'Spend',
    costPerBeneficiary: 'Cost per beneficiary',
  },
  withheld: (k) => `withheld (fewer than ${k})`,
  noData: 'No data for the period',

  chartByCategory: 'Spend by category',
  chartByFundingKind: 'Spend by funding kind',

  byCategoryHeading: 'Items delivered by category',
  byFundingKindHeading: 'Spend by funding kind',
  coverageHeading: 'Needs coverage',
  linesHeading: 'Register of items issued',
  columns: {
    category: 'Category',
    fundingKind: 'Funding kind',
    quantity: 'Qty',
    spend: 'Spend',
    indicator: 'Indicator',
    value: 'Value',
    item: 'Item',
    unit: 'Unit',
    needed: 'Needed',
    delivered: 'Delivered',
    coverage: 'Coverage',
    date: 'Date',
    unitCost: 'Unit cost',
    cost: 'Cost',
    beneficiary: 'Beneficiary',
    fundingSource: 'Funding source',
  },

  methodologyHeading: 'Methodology and suppression',
  methodology: ({ from, to, requestedAt, k }) => [
    `All figures are computed from the organisation's care ledger for ${from} to ${to} inclusive, ` +
      `using only data recorded before the report was requested (${requestedAt}). The ledger is never ` +
      'edited: a voided care event appears as a negative line that cancels the original, so voided ' +
      'events do not count in the totals.',
    'Spend is quantity times the unit cost fixed when the item was issued. Beneficiaries are counted ' +
      'once each. Needs coverage is the quantity delivered divided by the quantity needed for the same ' +
      'catalogue item.',
    `So that no individual can be identified, values below ${k} are not published and are printed as ` +
      `"withheld (fewer than ${k})". Further values from which a withheld one could be worked out from ` +
      'the totals are withheld too (complementary suppression).',
    `A figure is withheld when it is about fewer than ${k} beneficiaries, however many the ` +
      'organisation serves. Published values are exact, neither rounded nor perturbed. The register of ' +
      'a funding-source report shows one line per item and month.',
  ],
  withheldInThisReport: 'Withheld in this report',

  page: (n) => `Page ${n}`,
  verification: (url) => `Verify this document: ${url}`,

  categories: {
    medication: 'medication',
    dressing: 'dressings',
    hygiene: 'hygiene',
    nutrition: 'nutrition',
    equipment: 'equipment',
    service: 'services',
    transport: 'transport',
    other: 'other',
  },
  fundingKinds: {
    presidential_grant: 'presidential grant',
    government_grant: 'government grant',
    government_contract: 'government contract',
    business: 'business support',
    individual_donations: 'individual donations',
    commercial_services: 'commercial services',
    own_funds: 'own funds',
    other: 'other',
    unattributed: 'unattributed',
  },
  units: { tube: 'tube', pack: 'pack', piece: 'piece', hour: 'hour', visit: 'visit' },
};

const wordings: Record<ReportLanguage, ReportWording> = { ru, en };

export function reportWording(language: ReportLanguage): ReportWording {
  return wordings[language];
}

/** A code (category, funding kind, unit) as a word; an unknown code prints as it is. */
export function wordFor(words: Record<string, string>, code: string): string {
  return Object.hasOwn(words, code) ? words[code] : code;
}
