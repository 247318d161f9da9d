/** Demo organisations: real-sounding CSOs across regions, each with a few people in every role. */
export interface DemoOrganisation {
  slug: string;
  name: string;
  regionCode: string;
  legalForm: string;
  description: string;
  staffFte: number;
  volunteers: number;
}

export const demoPassword = 'careledger-demo';

export const demoOrganisations: DemoOrganisation[] = [
  {
    slug: 'dobrye-ruki',
    name: 'Благотворительный фонд «Добрые руки»',
    regionCode: '48',
    legalForm: 'Фонд',
    description: 'Помогаем детям с буллёзным эпидермолизом: перевязочные материалы, мази, патронаж.',
    staffFte: 6.5,
    volunteers: 40,
  },
  {
    slug: 'svet',
    name: 'АНО «Свет»',
    regionCode: '77',
    legalForm: 'АНО',
    description: 'Паллиативная помощь на дому в Москве.',
    staffFte: 14,
    volunteers: 120,
  },
  {
    slug: 'opora',
    name: 'АНО «Опора»',
    regionCode: '78',
    legalForm: 'АНО',
    description: 'Сопровождение семей с детьми с редкими заболеваниями.',
    staffFte: 9,
    volunteers: 65,
  },
  {
    slug: 'nadezhda',
    name: 'Региональная общественная организация «Надежда»',
    regionCode: '66',
    legalForm: 'РОО',
    description: 'Лекарственное обеспечение подопечных с орфанными заболеваниями.',
    staffFte: 4,
    volunteers: 22,
  },
  {
    slug: 'vmeste',
    name: 'Фонд «Вместе»',
    regionCode: '16',
    legalForm: 'Фонд',
    description: 'Транспорт и юридическая помощь семьям подопечных.',
    staffFte: 3,
    volunteers: 18,
  },
  {
    slug: 'istok',
    name: 'АНО «Исток»',
    regionCode: '54',
    legalForm: 'АНО',
    description: 'Реабилитация и средства гигиены для лежачих подопечных.',
    staffFte: 5.5,
    volunteers: 31,
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

/**
 * More CSOs over 22 regions, roughly in proportion to their population (Moscow most, then St Petersburg,
 * Krasnodar, the Urals and the Volga): eight regions reach the three active CSOs the league table needs,
 * the rest do not.
 */
const smallerCsosPerRegion: [regionCode: string, count: number][] = [
  ['77', 5],
  ['78', 2],
  ['23', 3],
  ['66', 2],
  ['16', 2],
  ['02', 3],
  ['52', 2],
  ['63', 2],
  ['74', 2],
  ['54', 1],
  ['48', 2],
  ['24', 2],
  ['36', 2],
  ['22', 1],
  ['38', 1],
  ['31', 1],
  ['25', 1],
  ['03', 1],
  ['10', 1],
  ['11', 1],
  ['29', 1],
  ['33', 1],
];

demoOrganisations.push(
  ...smallerCsosPerRegion.flatMap(([regionCode, count], regionIndex) =>
    Array.from({ length: count }, (_, i) => {
      const name = smallerCsoNames[(regionIndex + i) % smallerCsoNames.length];
      return {
        slug: `cso-${regionCode}-${i + 1}`,
        name: `${name} (${regionCode}-${i + 1})`,
        regionCode,
        legalForm: name.split(' ')[0],
        description: 'Помощь семьям подопечных с тяжёлыми и редкими заболеваниями.',
        staffFte: 1 + ((regionIndex + i) % 5),
        volunteers: 5 + ((regionIndex * 7 + i * 3) % 40),
      };
    }),
  ),
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
