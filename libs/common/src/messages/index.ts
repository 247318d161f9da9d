import { en, MessageKey } from './en.js';
import { ru } from './ru.js';

export type { MessageKey } from './en.js';

export type Language = 'en' | 'ru';

export type MessageArgs = Record<string, string | number>;

const catalogues: Record<Language, Record<MessageKey, string>> = { en, ru };

/** The message `key` in `language`, each `{name}` replaced by its argument. */
export function message(key: MessageKey, args: MessageArgs = {}, language: Language = 'en'): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in args ? String(args[name]) : placeholder,
  );
}

interface Template {
  key: MessageKey;
  pattern: RegExp;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each English message as a pattern whose named groups capture its arguments. */
const templates: Template[] = (Object.entries(en) as [MessageKey, string][]).map(([key, text]) => ({
  key,
  pattern: new RegExp(
    `^${text
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) ? `(?<${part.slice(1, -1)}>.+?)` : escaped(part)))
      .join('')}$`,
    's',
  ),
}));

/**
 * An English message of the catalogue (as errors carry it) in `language`: `must not be greater than 2100`
 * becomes `должно быть не больше 2100`; arguments that are messages themselves (`each value {message}`)
 * are translated too. Text the catalogue does not hold is answered as it is.
 */
export function translated(text: string, language: Language): string {
  if (language === 'en') return text;
  for (const { key, pattern } of templates) {
    const match = pattern.exec(text);
    if (match) {
      const args = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([name, arg]) => [name, translated(arg, language)]),
      );
      return message(key, args, language);
    }
  }
  return text;
}

/** Whether the catalogue holds `text` (an English message, arguments filled in). */
export function isCatalogued(text: string): boolean {
  return templates.some(({ pattern }) => pattern.test(text));
}
