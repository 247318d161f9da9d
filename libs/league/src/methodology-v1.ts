import type { Methodology } from './methodology.js';

/**
 * Regional league table, methodology version 1 (DESIGN.md, "Regional league table").
 *
 * Five pillars of weight 0.2, equal indicator weights inside a pillar. Goalposts are fixed so that a
 * region's score does not move because another region changed; they are judgement calls for Russia,
 * chosen so that a strong region can reach the top and an empty one sits at the bottom:
 *
 * - A1 active CSOs per 100k: [0, 40]. Russia has about 45 thousand socially oriented NPOs for 146 million
 *   residents (≈ 30 per 100k); 40 is above the national average, as leading regions are.
 * - A2 beneficiaries per 10k: [0, 500], that is up to 5% of residents served in a year.
 * - A3 care items per 1k: [0, 200].
 * - B1 care spend per resident: [0, 1000] roubles a year.
 * - B2 share of spend reaching beneficiaries: [0.5, 1]; spending half or less on programmes scores 0.
 * - C1 diversification 1 − normalised Herfindahl: [0, 1], its natural range.
 * - C2 share with state partnership or contracts: [0, 0.8]; C3 own income share: [0, 0.8]. Few CSOs
 *   are entirely state- or self-funded, so 80% already is the top of the scale.
 * - C4 continuity: [0.5, 1]; losing half the CSOs in a year scores 0.
 * - D1 staff FTE per 10k: [0, 20]; D2 volunteers per 10k: [0, 100].
 * - E1 reports on time / due and E2 share with a published annual report: [0, 1].
 *
 * The goalposts must be reviewed after the first full year of data, in a version 2, never in place.
 * They were: version 2 (methodology-v2.ts) replaces the per-resident goalposts, which put every region
 * of a partially covered platform near zero. Version 1 stays to recompute the tables computed under it.
 *
 * Shrinkage applies to the shares of a count (B2, C2, C3, C4, E1, E2) with m = 10: a region with 10
 * CSOs behind a share keeps half of its own value. C1 is a median of per-CSO indices, not a share of a
 * count, and is not shrunk: its noise does not follow the binomial n/(n + m) logic.
 */
export const methodologyV1: Methodology = {
  version: 1,
  pillars: [
    {
      id: 'A',
      name: { ru: 'Охват', en: 'Reach' },
      weight: 0.2,
      indicators: [
        {
          id: 'A1',
          name: { ru: 'Активные НКО на 100 тыс. жителей', en: 'Active CSOs per 100k residents' },
          direction: 1,
          proportion: false,
          goalposts: [0, 40],
          unit: 'per 100k residents',
        },
        {
          id: 'A2',
          name: { ru: 'Благополучатели на 10 тыс. жителей', en: 'Beneficiaries served per 10k residents' },
          direction: 1,
          proportion: false,
          goalposts: [0, 500],
          unit: 'per 10k residents',
        },
        {
          id: 'A3',
          name: { ru: 'Выданная помощь на 1 тыс. жителей', en: 'Care items delivered per 1k residents' },
          direction: 1,
          proportion: false,
          goalposts: [0, 200],
          unit: 'per 1k residents',
        },
      ],
    },
    {
      id: 'B',
      name: { ru: 'Экономический вес', en: 'Economic weight' },
      weight: 0.2,
      indicators: [
        {
          id: 'B1',
          name: { ru: 'Расходы на помощь на жителя', en: 'Care spend per resident' },
          direction: 1,
          proportion: false,
          goalposts: [0, 1000],
          unit: 'RUB per resident',
        },
        {
          id: 'B2',
          name: {
            ru: 'Доля расходов, дошедшая до благополучателей',
            en: 'Share of spend reaching beneficiaries as items and services',
          },
          direction: 1,
          proportion: true,
          goalposts: [0.5, 1],
          unit: 'share',
        },
      ],
    },
    {
      id: 'C',
      name: { ru: 'Устойчивость', en: 'Sustainability' },
      weight: 0.2,
      indicators: [
        {
          id: 'C1',
          name: { ru: 'Диверсификация финансирования', en: 'Funding diversification' },
          direction: 1,
          proportion: false,
          goalposts: [0, 1],
          unit: '1 − normalised Herfindahl, median of CSOs',
        },
        {
          id: 'C2',
          name: {
            ru: 'Доля НКО с партнёрством или контрактом с государством',
            en: 'Share of CSOs with state partnership or contract funding',
          },
          direction: 1,
          proportion: true,
          goalposts: [0, 0.8],
          unit: 'share',
        },
        {
          id: 'C3',
          name: { ru: 'Доля собственных доходов', en: 'Own income share' },
          direction: 1,
          proportion: true,
          goalposts: [0, 0.8],
          unit: 'share',
        },
        {
          id: 'C4',
          name: { ru: 'Преемственность', en: 'Continuity' },
          direction: 1,
          proportion: true,
          goalposts: [0.5, 1],
          unit: 'share',
        },
      ],
    },
    {
      id: 'D',
      name: { ru: 'Люди', en: 'People' },
      weight: 0.2,
      indicators: [
        {
          id: 'D1',
          name: { ru: 'Штатные сотрудники (ставки) на 10 тыс.', en: 'Staff FTE per 10k residents' },
          direction: 1,
          proportion: false,
          goalposts: [0, 20],
          unit: 'FTE per 10k residents',
        },
        {
          id: 'D2',
          name: { ru: 'Добровольцы на 10 тыс.', en: 'Volunteers per 10k residents' },
          direction: 1,
          proportion: false,
          goalposts: [0, 100],
          unit: 'per 10k residents',
        },
      ],
    },
    {
      id: 'E',
      name: { ru: 'Прозрачность', en: 'Transparency' },
      weight: 0.2,
      indicators: [
        {
          id: 'E1',
          name: { ru: 'Отчёты, опубликованные в срок', en: 'Reports published on time / due' },
          direction: 1,
          proportion: true,
          goalposts: [0, 1],
          unit: 'share',
        },
        {
          id: 'E2',
          name: {
            ru: 'Доля НКО с опубликованным годовым отчётом',
            en: 'Share of CSOs with a published annual report for the previous year',
          },
          direction: 1,
          proportion: true,
          goalposts: [0, 1],
          unit: 'share',
        },
      ],
    },
  ],
  tiers: [
    { tier: 'A', min: 70 },
    { tier: 'B', min: 55 },
    { tier: 'C', min: 40 },
    { tier: 'D', min: 0 },
  ],
  minActiveCsos: 3,
  shrinkageStrength: 10,
  winsorisation: { skewness: 2, kurtosis: 3.5, maxValues: 5 },
  monteCarlo: { draws: 1000, weightJitter: 0.5, seed: 20240101 },
};
