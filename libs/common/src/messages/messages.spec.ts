import { en, MessageKey } from './en.js';
import { isCatalogued, message, translated } from './index.js';
import { ru } from './ru.js';

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogue', () => {
  it.each(Object.keys(en) as MessageKey[])('says %s in Russian with the same arguments', (key) => {
    expect(ru[key]).not.toBe(en[key]);
    expect(placeholdersOf(ru[key])).toEqual(placeholdersOf(en[key]));
  });

  it('fills in arguments', () => {
    expect(message('field.max', { limit: 2100 })).toBe('must not be greater than 2100');
    expect(message('field.max', { limit: 2100 }, 'ru')).toBe('должно быть не больше 2100');
  });

  it('translates an English message with its arguments, and messages inside messages', () => {
    expect(translated('must not be greater than 2100', 'ru')).toBe('должно быть не больше 2100');
    expect(translated('each value must be a string', 'ru')).toBe('каждое значение: должно быть строкой');
    expect(translated('is not a known region code (99, 100)', 'ru')).toBe(
      'неизвестный код региона (99, 100)',
    );
  });

  it('tells a shortage now from a shortage then', () => {
    expect(translated('only 2.5 in stock', 'ru')).toBe('на складе только 2.5');
    expect(translated('only 0 in stock on 2026-11-01T10:00:00.000Z', 'ru')).toBe(
      'на складе было только 0 на 2026-11-01T10:00:00.000Z',
    );
  });

  it('leaves English as it is, and text it does not hold', () => {
    expect(translated('must be a string', 'en')).toBe('must be a string');
    expect(translated('a sentence nobody catalogued', 'ru')).toBe('a sentence nobody catalogued');
    expect(isCatalogued('a sentence nobody catalogued')).toBe(false);
    expect(isCatalogued('must be shorter than or equal to 200 characters')).toBe(true);
  });
});
