// Tiers have a colour (styles.css .tier--A…D: dark text on a light fill, for AA contrast) and always a
// letter beside it in the table and the legend, so no reader depends on telling the colours apart.
import type { LeagueRow } from '../../api/queries';

export const tiers = ['A', 'B', 'C', 'D'] as const;

export function tierClass(tier: LeagueRow['tier']): string {
  return tier ? `tier--${tier}` : 'tier--none';
}
