// Names for the codes the api uses for item categories, funding kinds, units, report types and
// federal districts; a code the catalogue does not
// know yet is shown as it is.
import type { MessageKey, Translate } from '../i18n';

const categories: Record<string, MessageKey> = {
  medication: 'category.medication',
  dressing: 'category.dressing',
  hygiene: 'category.hygiene',
  nutrition: 'category.nutrition',
  equipment: 'category.equipment',
  service: 'category.service',
  transport: 'category.transport',
  other: 'category.other',
};

const fundingKinds: Record<string, MessageKey> = {
  presidential_grant: 'funding.presidential_grant',
  government_grant: 'funding.government_grant',
  government_contract: 'funding.government_contract',
  business: 'funding.business',
  individual_donations: 'funding.individual_donations',
  commercial_services: 'funding.commercial_services',
  own_funds: 'funding.own_funds',
  other: 'funding.other',
};

/** The report types a reader can filter by (a beneficiary statement is never published). */
export const reportTypes = ['activity', 'funding_source'] as const;

const reportTypeNames: Record<string, MessageKey> = {
  activity: 'reportType.activity',
  funding_source: 'reportType.funding_source',
  beneficiary_statement: 'reportType.beneficiary_statement',
};

const units: Record<string, MessageKey> = {
  tube: 'unit.tube',
  pack: 'unit.pack',
  piece: 'unit.piece',
  hour: 'unit.hour',
  visit: 'unit.visit',
  kg: 'unit.kg',
  g: 'unit.g',
  l: 'unit.l',
  ml: 'unit.ml',
  pair: 'unit.pair',
  set: 'unit.set',
  course: 'unit.course',
  day: 'unit.day',
  night: 'unit.night',
};

// the league methodology's units, as the api writes them (in English)
const indicatorUnits: Record<string, MessageKey> = {
  'per 100k residents': 'indicatorUnit.per100k',
  'per 10k residents': 'indicatorUnit.per10k',
  'per 1k residents': 'indicatorUnit.per1k',
  'RUB per resident': 'indicatorUnit.rubPerResident',
  'FTE per 10k residents': 'indicatorUnit.ftePer10k',
  share: 'indicatorUnit.share',
  '1 − normalised Herfindahl, median of CSOs': 'indicatorUnit.herfindahl',
};

const districts: Record<string, MessageKey> = {
  Central: 'district.central',
  'North-Western': 'district.northwestern',
  Southern: 'district.southern',
  'North Caucasian': 'district.northCaucasian',
  Volga: 'district.volga',
  Ural: 'district.ural',
  Siberian: 'district.siberian',
  'Far Eastern': 'district.farEastern',
};

function label(names: Record<string, MessageKey>, code: string, t: Translate): string {
  return code in names ? t(names[code]) : code;
}

export const categoryLabel = (code: string, t: Translate) => label(categories, code, t);
export const fundingKindLabel = (code: string, t: Translate) => label(fundingKinds, code, t);
export const unitLabel = (code: string, t: Translate) => label(units, code, t);
export const indicatorUnitLabel = (unit: string, t: Translate) => label(indicatorUnits, unit, t);
export const districtLabel = (name: string, t: Translate) => label(districts, name, t);
export const reportTypeLabel = (code: string, t: Translate) => label(reportTypeNames, code, t);
