// The map's legend: each tier's colour with its letter and the score it starts at.
import type { Methodology } from '../../api/queries';
import { useI18n } from '../../i18n';
import { tierClass, tiers as allTiers } from './tiers';

export function TierLegend({ tiers }: { tiers: Methodology['tiers'] | undefined }) {
  const { t, number } = useI18n();
  const threshold = (tier: string) => tiers?.find((entry) => entry.tier === tier)?.min;
  return (
    <ul className="legend" aria-label={t('league.legend')}>
      {allTiers.map((tier) => {
        const min = threshold(tier);
        return (
          <li key={tier}>
            <span className={`legend__swatch ${tierClass(tier)}`} aria-hidden="true" />
            {min === undefined
              ? t('league.tierName', { tier })
              : t('league.tierFrom', { tier, min: number(min) })}
          </li>
        );
      })}
      <li>
        <span className="legend__swatch tier--none" aria-hidden="true" />
        {t('league.notRanked')}
      </li>
    </ul>
  );
}
