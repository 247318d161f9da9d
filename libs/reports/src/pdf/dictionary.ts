import type { ReportLanguage, ReportType } from '../report-model.js';

/** What the methodology must speak of: only what the report shows. */
export interface MethodologyFacts {
  from: string;
  to: string;
  requestedAt: string;
  k: number;
  /** withheld small numbers apply: a report that may be published */
  publishable: boolean;
  coverage: boolean;
  /** a register of items per month (funding source) or of care lines (statement) */
  register: 'month' | 'line' | 'none';
  grant: boolean;
}

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
  /** the time zone the report's dates and times are in */
  timeZone: string;
  reportId: string;

  keyFiguresHeading: string;
  keyFigures: {
    beneficiaries: string;
    events: string;
    spend: string;
    costPerBeneficiary: string;
  };
  withheld: (k: number) => string;
  /** printed instead of every table when no care was recorded in the period */
  nothingRecorded: string;

  grantHeading: string;
  grant: {
    amount: string;
    period: string;
    spentInPeriod: string;
    spentToDate: string;
    remaining: string;
    overspent: string;
    notRecorded: string;
  };

  chartByCategory: string;
  chartByFundingKind: string;

  byUnitHeading: string;
  byItemHeading: string;
  byMonthHeading: string;
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
    people: string;
    month: string;
  };

  methodologyHeading: string;
  methodology: (p: MethodologyFacts) => string[];
  withheldInThisReport: string;
  /** a withheld figure of a table, as the reader knows it: `лекарства (расходы)` */
  withheldIn: (table: string, what: string) => string;

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
  timeZone: 'Время',
  reportId: 'Номер отчёта',

  keyFiguresHeading: 'Основные показатели',
  keyFigures: {
    beneficiaries: 'Благополучатели, получившие помощь',
    events: 'Выдачи (случаи оказания помощи)',
    spend: 'Расходы',
    costPerBeneficiary: 'Расходы на одного благополучателя',
  },
  withheld: (k) => `скрыто (менее ${k})`,
  nothingRecorded: 'За период не зарегистрировано ни одной выдачи.',

  grantHeading: 'Грант и его использование',
  grant: {
    amount: 'Сумма гранта',
    period: 'Срок реализации',
    spentInPeriod: 'Израсходовано за период отчёта',
    spentToDate: 'Израсходовано с начала гранта по конец периода',
    remaining: 'Остаток средств',
    overspent: 'Перерасход',
    notRecorded: 'не указано',
  },

  chartByCategory: 'Расходы по категориям',
  chartByFundingKind: 'Расходы по видам источников финансирования',

  byUnitHeading: 'Выдано по единицам измерения',
  byItemHeading: 'Что выдано: по позициям номенклатуры',
  byMonthHeading: 'Расходы по месяцам',
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
    people: 'Получателей',
    month: 'Месяц',
  },

  methodologyHeading: 'Методика',
  methodology: (p) => [
    `Все показатели рассчитаны по журналу выдач организации за период с ${p.from} по ${p.to} включительно, ` +
      `по данным, внесённым до формирования отчёта (${p.requestedAt}). Журнал не редактируется: ` +
      'аннулированная выдача отражается отрицательной строкой, которая погашает исходную, ' +
      'поэтому в итоги аннулированные выдачи не входят.',
    'Расходы — количество, умноженное на цену за единицу, зафиксированную в момент выдачи. ' +
      'Количества складываются только в одной единице измерения: тубы, упаковки и часы не суммируются. ' +
      'Благополучатели считаются без повторов.' +
      (p.coverage
        ? ' Обеспеченность потребности — отношение выданного количества к потребности по той же позиции номенклатуры.'
        : ''),
    ...(p.grant
      ? [
          'Израсходовано с начала гранта — все выдачи за счёт источника с его первой выдачи по конец периода ' +
            'отчёта; остаток — сумма гранта за вычетом этих расходов.',
        ]
      : []),
    ...(p.publishable
      ? [
          `Чтобы по отчёту нельзя было узнать отдельного человека, показатель о менее чем ${p.k} ` +
            `благополучателях не публикуется, сколько бы их ни было в организации: вместо него напечатано ` +
            `«скрыто (менее ${p.k})». Дополнительно скрываются значения, по которым скрытое можно было бы ` +
            'вычислить из итогов (вторичное скрытие). Опубликованные значения точны: они не округляются и не искажаются.',
        ]
      : []),
    ...(p.register === 'month' ? ['Реестр печатает одну строку на позицию номенклатуры и месяц.'] : []),
    ...(p.register === 'line'
      ? [
          'Справка содержит персональные данные, предназначена подопечному и не публикуется; реестр печатает каждую выдачу.',
        ]
      : []),
  ],
  withheldInThisReport: 'В этом отчёте скрыто',
  withheldIn: (table, what) => `${what} (${table})`,

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
  units: {
    tube: 'туба',
    pack: 'упаковка',
    piece: 'штука',
    hour: 'час',
    visit: 'визит',
    kg: 'кг',
    g: 'г',
    l: 'л',
    ml: 'мл',
    pair: 'пара',
    set: 'набор',
    course: 'курс',
    day: 'сутки',
    night: 'ночь',
  },
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
  timeZone: 'Time zone',
  reportId: 'Report number',

  keyFiguresHeading: 'Key figures',
  keyFigures: {
    beneficiaries: 'Beneficiaries served',
    events: 'Care events',
    spend: 'Spend',
    costPerBeneficiary: 'Cost per beneficiary',
  },
  withheld: (k) => `withheld (fewer than ${k})`,
  nothingRecorded: 'No care was recorded in the period.',

  grantHeading: 'The grant and its use',
  grant: {
    amount: 'Grant amount',
    period: 'Grant period',
    spentInPeriod: 'Spent in the report’s period',
    spentToDate: 'Spent from the start of the grant to the end of the period',
    remaining: 'Remaining',
    overspent: 'Overspent',
    notRecorded: 'not recorded',
  },

  chartByCategory: 'Spend by category',
  chartByFundingKind: 'Spend by funding kind',

  byUnitHeading: 'Quantities by unit',
  byItemHeading: 'What was given, by item',
  byMonthHeading: 'Spend by month',
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
    people: 'People',
    month: 'Month',
  },

  methodologyHeading: 'Methodology',
  methodology: (p) => [
    `All figures are computed from the organisation's care ledger for ${p.from} to ${p.to} inclusive, ` +
      `using only data recorded before the report was requested (${p.requestedAt}). The ledger is never ` +
      'edited: a voided care event appears as a negative line that cancels the original, so voided ' +
      'events do not count in the totals.',
    'Spend is quantity times the unit cost fixed when the item was issued. Quantities are added up ' +
      'within one unit only: tubes, packs and hours are never summed. Beneficiaries are counted once each.' +
      (p.coverage
        ? ' Needs coverage is the quantity delivered divided by the quantity needed for the same catalogue item.'
        : ''),
    ...(p.grant
      ? [
          'Spent from the start of the grant counts every item issued from the source, from its first one to ' +
            'the end of the report’s period; the remainder is the grant amount less that spend.',
        ]
      : []),
    ...(p.publishable
      ? [
          `So that no individual can be identified, a figure about fewer than ${p.k} beneficiaries is not ` +
            `published, however many the organisation serves, and is printed as "withheld (fewer than ${p.k})". ` +
            'Further values from which a withheld one could be worked out from the totals are withheld too ' +
            '(complementary suppression). Published values are exact, neither rounded nor perturbed.',
        ]
      : []),
    ...(p.register === 'month' ? ['The register shows one line per catalogue item and month.'] : []),
    ...(p.register === 'line'
      ? [
          'This statement holds personal data, is meant for the beneficiary and is never published; its register shows every line.',
        ]
      : []),
  ],
  withheldInThisReport: 'Withheld in this report',
  withheldIn: (table, what) => `${what} (${table})`,

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
  units: {
    tube: 'tube',
    pack: 'pack',
    piece: 'piece',
    hour: 'hour',
    visit: 'visit',
    kg: 'kg',
    g: 'g',
    l: 'l',
    ml: 'ml',
    pair: 'pair',
    set: 'set',
    course: 'course',
    day: 'day',
    night: 'night',
  },
};

const wordings: Record<ReportLanguage, ReportWording> = { ru, en };

export function reportWording(language: ReportLanguage): ReportWording {
  return wordings[language];
}

/** A code (category, funding kind, unit) as a word; an unknown code prints as it is. */
export function wordFor(words: Record<string, string>, code: string): string {
  return Object.hasOwn(words, code) ? words[code] : code;
}
