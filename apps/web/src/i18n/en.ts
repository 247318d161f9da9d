// The English catalogue: the same keys as ru.ts (the type refuses a missing or extra key).
import type { MessageKey } from './ru';

export const en: Record<MessageKey, string> = {
  'app.name': 'CareLedger',
  'app.tagline': 'Open data on social care by region',
  'app.skipToContent': 'Skip to content',
  'app.footer': 'CareLedger — data from non-profit organisations, published under disclosure control.',
  'app.openData': 'Open data',
  'nav.label': 'Main navigation',
  'nav.league': 'League',
  'nav.methodology': 'Methodology',
  'nav.reports': 'Reports',
  'lang.switch': 'Русский',
  'lang.switchLabel': 'Переключить на русский',
  'common.loading': 'Loading…',
  'common.error': 'Could not load the data. Try reloading the page.',
  'common.notFound': 'Page not found.',
  'common.backHome': 'Home',
  'common.withheld': '< 5',
  'common.withheldExplained':
    'Fewer than five: the exact number is withheld so that no one can be identified by it.',
  'common.withheldLink': 'How disclosure control works',
  'placeholder.comingSoon': 'This page is coming soon.',
};
