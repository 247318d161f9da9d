import { reportWording, wordFor } from './dictionary.js';
import { reportFormat } from './format.js';

describe('reportFormat', () => {
  it('writes roubles as 1 234,50 ₽ in Russian, with plain spaces whatever Intl puts there', () => {
    expect(reportFormat('ru').money(123450)).toBe('1 234,50 ₽');
    expect(reportFormat('ru').money(123456789)).toBe('1 234 567,89 ₽');
    expect(reportFormat('ru').money(-5)).toBe('-0,05 ₽');
    expect(reportFormat('ru').number(12345.5)).toBe('12 345,5');
  });

  it('writes roubles as ₽1,234.50 in English', () => {
    expect(reportFormat('en').money(123450)).toBe('₽1,234.50');
    expect(reportFormat('en').money(100)).toBe('₽1.00');
  });

  it('writes dates as 27.11.2026 in Russian and 27 Nov 2026 in English, whatever the time zone', () => {
    expect(reportFormat('ru').date('2026-11-27')).toBe('27.11.2026');
    expect(reportFormat('en').date('2026-11-27')).toBe('27 Nov 2026');
    expect(reportFormat('ru').instant(new Date('2026-04-02T23:30:00Z'))).toBe('02.04.2026');
    expect(() => reportFormat('ru').date('27.11.2026')).toThrow('Not a YYYY-MM-DD date');
  });

  it('writes instants in the organisation’s time zone and names it with its offset', () => {
    const moscow = reportFormat('ru', 'Europe/Moscow');
    expect(moscow.instant(new Date('2026-10-31T22:30:00Z'))).toBe('01.11.2026');
    expect(moscow.dateTime('2026-11-01', '01:30')).toBe('01.11.2026 01:30');
    expect(moscow.zone(new Date('2026-11-01T00:00:00Z'))).toBe('Europe/Moscow (UTC+03:00)');
    expect(reportFormat('en', 'Asia/Kolkata').zone(new Date('2026-11-01T00:00:00Z'))).toBe(
      'Asia/Kolkata (UTC+05:30)',
    );
    expect(reportFormat('en', 'Europe/Moscow').dateTime('2026-11-01', '01:30')).toBe('1 Nov 2026 01:30');
  });

  it('writes coverage as a whole percentage', () => {
    expect(reportFormat('en').percent(0.853)).toBe('85%');
    expect(reportFormat('ru').percent(1.2)).toBe('120 %');
  });
});

describe('report wording', () => {
  it('names every unit, category and funding kind of the catalogue in both languages', () => {
    const codes = {
      units: ['tube', 'pack', 'piece', 'hour', 'visit'],
      categories: [
        'medication',
        'dressing',
        'hygiene',
        'nutrition',
        'equipment',
        'service',
        'transport',
        'other',
      ],
      fundingKinds: [
        'presidential_grant',
        'government_grant',
        'government_contract',
        'business',
        'individual_donations',
        'commercial_services',
        'own_funds',
        'other',
        'unattributed',
      ],
    } as const;
    for (const language of ['ru', 'en'] as const) {
      const words = reportWording(language);
      for (const [group, list] of Object.entries(codes) as [keyof typeof codes, readonly string[]][]) {
        for (const code of list) expect(Object.hasOwn(words[group], code)).toBe(true);
      }
    }
    const ru = reportWording('ru');
    expect(ru.units.tube).toBe('туба');
    expect(ru.fundingKinds.presidential_grant).toBe('грант Президента РФ');
    expect(ru.fundingKinds.unattributed).toBe('без источника');
    expect(ru.withheld(5)).toBe('скрыто (менее 5)');
    expect(reportWording('en').withheld(3)).toBe('withheld (fewer than 3)');
  });

  it('prints an unknown code as it is', () => {
    expect(wordFor(reportWording('ru').units, 'bottle')).toBe('bottle');
    expect(wordFor(reportWording('ru').units, 'toString')).toBe('toString');
  });
});
