import { FundingKind } from '@careledger/funding';

/** Which reports a demo organisation publishes: on time, late, or the previous year's annual report. */
export type DemoReport = 'annual-2025' | 'q1-2026-late' | 'q3-2026';

/** Demo organisations: real-sounding CSOs across regions, of different sizes, funding and habits. */
export interface DemoOrganisation {
  slug: string;
  name: string;
  regionCode: string;
  legalForm: string;
  description: string;
  staffFte: number;
  volunteers: number;
  /** people in its care (each has care logged in every year it is active) */
  beneficiaries: number;
  fundingKinds: FundingKind[];
  /** the demo years in which it logs care: continuity counts those active last year and still active */
  activeYears: (2025 | 2026)[];
  reports: DemoReport[];
}

export const demoPassword = 'careledger-demo';

/** A regional official of Lipetsk Oblast (48), to sign in to the authority dashboard with. */
export const demoOfficial = { email: 'official@lipetsk.demo', regionCodes: ['48'] };

/**
 * The regions with demo organisations: roughly in proportion to population (Moscow most, then Moscow
 * Oblast, St Petersburg, the Volga and the Urals), with the differences real regions show: some have a
 * denser civil society (Perm, Lipetsk, St Petersburg), some report diligently, some do not. Eleven
 * regions reach the three active CSOs the league ranks; the rest are listed, not ranked.
 */
interface DemoRegion {
  code: string;
  organisations: number;
  /** the share of its organisations that publish a report on time, and an annual report, 0–1 */
  reporting: number;
  /** the share of its organisations that were already active the year before */
  history: number;
}

export const demoRegions: DemoRegion[] = [
  { code: '77', organisations: 6, reporting: 0.9, history: 0.8 },
  { code: '50', organisations: 4, reporting: 0.3, history: 0.5 },
  { code: '78', organisations: 5, reporting: 1, history: 1 },
  { code: '23', organisations: 3, reporting: 0.2, history: 0.3 },
  { code: '66', organisations: 3, reporting: 0.7, history: 0.7 },
  { code: '02', organisations: 3, reporting: 0.4, history: 0.4 },
  { code: '16', organisations: 4, reporting: 0.8, history: 0.9 },
  { code: '52', organisations: 3, reporting: 0.1, history: 0.2 },
  { code: '59', organisations: 3, reporting: 0.9, history: 1 },
  { code: '54', organisations: 3, reporting: 0.5, history: 0.6 },
  { code: '48', organisations: 3, reporting: 0.6, history: 0.7 },
  { code: '61', organisations: 2, reporting: 0.5, history: 0.5 },
  { code: '74', organisations: 2, reporting: 0.5, history: 0.5 },
  { code: '63', organisations: 2, reporting: 0.5, history: 0.5 },
  ...['24', '36', '22', '38', '31', '25', '10', '11'].map((code) => ({
    code,
    organisations: 1,
    reporting: 0.5,
    history: 0.5,
  })),
];

const flagships = [
  {
    slug: 'dobrye-ruki',
    name: 'Благотворительный фонд «Добрые руки»',
    regionCode: '48',
    legalForm: 'Фонд',
    description: 'Помогаем детям с буллёзным эпидермолизом: перевязочные материалы, мази, патронаж.',
  },
  {
    slug: 'svet',
    name: 'АНО «Свет»',
    regionCode: '77',
    legalForm: 'АНО',
    description: 'Паллиативная помощь на дому в Москве.',
  },
  {
    slug: 'opora',
    name: 'АНО «Опора»',
    regionCode: '78',
    legalForm: 'АНО',
    description: 'Сопровождение семей с детьми с редкими заболеваниями.',
  },
  {
    slug: 'nadezhda',
    name: 'Региональная общественная организация «Надежда»',
    regionCode: '66',
    legalForm: 'РОО',
    description: 'Лекарственное обеспечение подопечных с орфанными заболеваниями.',
  },
  {
    slug: 'vmeste',
    name: 'Фонд «Вместе»',
    regionCode: '16',
    legalForm: 'Фонд',
    description: 'Транспорт и юридическая помощь семьям подопечных.',
  },
  {
    slug: 'istok',
    name: 'АНО «Исток»',
    regionCode: '54',
    legalForm: 'АНО',
    description: 'Реабилитация и средства гигиены для лежачих подопечных.',
  },
];

const smallerCsoNames = [
  'АНО «Забота»',
  'Фонд «Милосердие»',
  'РОО «Открытые сердца»',
  'АНО «Маяк»',
  'Фонд «Родник»',
  'АНО «Солнечный круг»',
  'Фонд «Вера и надежда»',
  'АНО «Шаг навстречу»',
];

/** Funding mixes from one funder kind to five: diversification, state funding and own income differ. */
const fundingMixes: FundingKind[][] = [
  [FundingKind.PresidentialGrant, FundingKind.IndividualDonations, FundingKind.Business],
  [FundingKind.IndividualDonations],
  [FundingKind.GovernmentContract, FundingKind.GovernmentGrant],
  [FundingKind.IndividualDonations, FundingKind.CommercialServices, FundingKind.OwnFunds],
  [
    FundingKind.PresidentialGrant,
    FundingKind.GovernmentGrant,
    FundingKind.Business,
    FundingKind.IndividualDonations,
    FundingKind.CommercialServices,
  ],
  [FundingKind.Business, FundingKind.OwnFunds],
];

/** Position `i` of `n` gets `yes` when it is among the first round(share · n), counted from an offset. */
function among(i: number, n: number, share: number, offset: number): boolean {
  return (i + offset) % n < Math.round(share * n);
}

function reportsOf(i: number, region: DemoRegion, regionIndex: number): DemoReport[] {
  const n = region.organisations;
  const onTime = among(i, n, region.reporting, 0);
  const annual = among(i, n, region.reporting, regionIndex);
  // Only a region's first organisation publishes both: each rendered report costs the seed time.
  if (onTime) return annual && i === 0 ? ['annual-2025', 'q3-2026'] : ['q3-2026'];
  if (annual) return ['annual-2025'];
  return (i + regionIndex) % 4 === 0 ? ['q1-2026-late'] : [];
}

function activeYearsOf(i: number, region: DemoRegion): (2025 | 2026)[] {
  const hadHistory = among(i, region.organisations, region.history, 1);
  // One in nine organisations with a history stopped this year: continuity below 1 somewhere.
  if (hadHistory && (i * 7 + region.organisations) % 9 === 4) return [2025];
  return hadHistory ? [2025, 2026] : [2026];
}

export const demoOrganisations: DemoOrganisation[] = demoRegions.flatMap((region, regionIndex) =>
  Array.from({ length: region.organisations }, (_, i): DemoOrganisation => {
    const flagship =
      i === 0 ? flagships.find((candidate) => candidate.regionCode === region.code) : undefined;
    const name = smallerCsoNames[(regionIndex + i) % smallerCsoNames.length];
    const size = (regionIndex * 5 + i * 3) % 7;
    return {
      ...(flagship ?? {
        slug: `cso-${region.code}-${i + 1}`,
        name: `${name} (${region.code}-${i + 1})`,
        regionCode: region.code,
        legalForm: name.split(' ')[0],
        description: 'Помощь семьям подопечных с тяжёлыми и редкими заболеваниями.',
      }),
      staffFte: flagship ? 6 + size : 0.5 + ((size * 3) % 8) / 2,
      volunteers: (flagship ? 30 : 2) + ((regionIndex * 7 + i * 11) % 37),
      beneficiaries: (flagship ? 9 : 5) + (size % 4),
      fundingKinds: fundingMixes[(regionIndex + i * 5) % fundingMixes.length],
      activeYears: activeYearsOf(i, region),
      reports: reportsOf(i, region, regionIndex),
    };
  }),
);

function checkDigit(digits: string, weights: number[]): number {
  return ([...digits].reduce((sum, digit, i) => sum + Number(digit) * weights[i], 0) % 11) % 10;
}

/**
 * ИНН and ОГРН for the demo organisation at `index`, made up but with valid checksums, so the demo
 * organisations can be verified as a platform admin would: ИНН region, tax office 01 and a serial;
 * ОГРН sign 1 (a legal entity), year 2015, region, a serial.
 */
export function demoRegistryNumbers(index: number, regionCode: string): { inn: string; ogrn: string } {
  const serial = String(index + 1).padStart(5, '0');
  const innBody = `${regionCode}01${serial}`;
  const inn = `${innBody}${checkDigit(innBody, [2, 4, 10, 3, 5, 9, 4, 6, 8])}`;
  const ogrnBody = `115${regionCode}00${serial}`;
  const ogrn = `${ogrnBody}${Number((BigInt(ogrnBody) % 11n) % 10n)}`;
  return { inn, ogrn };
}
