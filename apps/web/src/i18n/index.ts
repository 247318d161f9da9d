export { I18nProvider, translate, useI18n, useT, type MessageParams, type Translate } from './I18nProvider';
export {
  WITHHELD,
  decimalsOf,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  type Language,
} from './format';
export type { MessageKey } from './ru';
