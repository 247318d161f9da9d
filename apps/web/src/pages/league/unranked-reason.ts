// The league computation says in English why a region is not ranked; the page says it in the reader's
// language for the reasons it knows, and shows any other reason as the api wrote it.
import type { MessageKey, Translate } from '../../i18n';

const knownReasons: { pattern: RegExp; key: MessageKey }[] = [
  { pattern: /^fewer than (\d+) active CSOs$/, key: 'league.reason.fewCsos' },
  { pattern: /^population unknown$/, key: 'league.reason.noPopulation' },
  { pattern: /^no indicator values$/, key: 'league.reason.noIndicators' },
];

export function unrankedReason(reason: string | undefined, t: Translate): string {
  if (!reason) return t('league.reason.notRanked');
  for (const { pattern, key } of knownReasons) {
    const match = pattern.exec(reason);
    if (match) return t(key, { n: match[1] ?? '' });
  }
  return reason;
}
