// The reader's language (Russian unless they switched; the choice is kept in localStorage), the
// catalogue lookup t(key, params) and the formatters bound to that language.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import * as format from './format';
import type { Language } from './format';
import { ru, type MessageKey } from './ru';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { ru, en };
const storageKey = 'careledger.language';

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const message = catalogues[language][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru'; // storage can be disabled; the default language then
  }
}

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  number: (value: number | null | undefined, fractionDigits?: number) => string;
  money: (kopecks: number | string | null | undefined) => string;
  percent: (share: number | null | undefined, fractionDigits?: number) => string;
  date: (value: string) => string;
  month: (value: string, length?: 'long' | 'short') => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  initialLanguage,
}: {
  children: ReactNode;
  initialLanguage?: Language;
}) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? storedLanguage());

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // not kept across visits when storage is disabled; the switch still works for this one
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      number: (value, digits) => format.formatNumber(language, value, digits),
      money: (kopecks) => format.formatMoney(language, kopecks),
      percent: (share, digits) => format.formatPercent(language, share, digits),
      date: (value) => format.formatDate(language, value),
      month: (value, length) => format.formatMonth(language, value, length),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** The catalogue lookup alone, for components that format nothing. */
export function useT(): Translate {
  return useI18n().t;
}
