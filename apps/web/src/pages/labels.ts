// Names for the codes the api uses for item categories, funding kinds, report types and federal districts; a code the catalogue does not
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

const reportTypes: Record<string, MessageKey> = {
  activity: 'reportType.activity',
  funding_source: 'reportType.funding_source',
  beneficiary_statement: 'reportType.beneficiary_statement',
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
export const districtLabel = (name: string, t: Translate) => label(districts, name, t);
export const reportTypeLabel = (code: string, t: Translate) => label(reportTypes, code, t);
