// The Russian catalogue, the default language. Every visible string of the web app lives here and in
// en.ts under the same key; `{name}` marks a parameter filled in by t(key, { name }).
export const ru = {
  'app.name': 'CareLedger',
  'app.tagline': 'Открытые данные о социальной помощи по регионам',
  'app.skipToContent': 'Перейти к содержанию',
  'app.footer': 'CareLedger — данные некоммерческих организаций, опубликованные с контролем раскрытия.',
  'app.openData': 'Открытые данные',
  'nav.label': 'Основная навигация',
  'nav.league': 'Лига',
  'nav.methodology': 'Методология',
  'nav.reports': 'Отчёты',
  'lang.switch': 'English',
  'lang.switchLabel': 'Switch to English',
  'common.loading': 'Загрузка…',
  'common.error': 'Не удалось загрузить данные. Попробуйте обновить страницу.',
  'common.notFound': 'Страница не найдена.',
  'common.backHome': 'На главную',
  'common.withheld': '< 5',
  'common.withheldExplained':
    'Меньше пяти: точное число скрыто, чтобы по нему нельзя было узнать конкретных людей.',
  'common.withheldLink': 'Как устроен контроль раскрытия',
  'placeholder.comingSoon': 'Эта страница скоро появится.',
} as const;

export type MessageKey = keyof typeof ru;
