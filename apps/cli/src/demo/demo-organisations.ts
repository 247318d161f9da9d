/** Demo organisations: real-sounding CSOs across regions, each with a few people in every role. */
export interface DemoOrganisation {
  slug: string;
  name: string;
  regionCode: string;
  legalForm: string;
  inn: string;
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
    inn: '4826000012',
    description: 'Помогаем детям с буллёзным эпидермолизом: перевязочные материалы, мази, патронаж.',
    staffFte: 6.5,
    volunteers: 40,
  },
  {
    slug: 'svet',
    name: 'АНО «Свет»',
    regionCode: '77',
    legalForm: 'АНО',
    inn: '7701000017',
    description: 'Паллиативная помощь на дому в Москве.',
    staffFte: 14,
    volunteers: 120,
  },
  {
    slug: 'opora',
    name: 'АНО «Опора»',
    regionCode: '78',
    legalForm: 'АНО',
    inn: '7801000018',
    description: 'Сопровождение семей с детьми с редкими заболеваниями.',
    staffFte: 9,
    volunteers: 65,
  },
  {
    slug: 'nadezhda',
    name: 'Региональная общественная организация «Надежда»',
    regionCode: '66',
    legalForm: 'РОО',
    inn: '6601000015',
    description: 'Лекарственное обеспечение подопечных с орфанными заболеваниями.',
    staffFte: 4,
    volunteers: 22,
  },
  {
    slug: 'vmeste',
    name: 'Фонд «Вместе»',
    regionCode: '16',
    legalForm: 'Фонд',
    inn: '1601000016',
    description: 'Транспорт и юридическая помощь семьям подопечных.',
    staffFte: 3,
    volunteers: 18,
  },
  {
    slug: 'istok',
    name: 'АНО «Исток»',
    regionCode: '54',
    legalForm: 'АНО',
    inn: '5401000011',
    description: 'Реабилитация и средства гигиены для лежачих подопечных.',
    staffFte: 5.5,
    volunteers: 31,
  },
];
