/** What a message is about. Each has a Russian and an English text in templates.ts. */
export type MailTemplate = 'email_verification' | 'password_reset' | 'invitation' | 'account_exists';

export type MailLanguage = 'ru' | 'en';

export interface MailRequest {
  /** An email address. */
  to: string;
  template: MailTemplate;
  language: MailLanguage;
  /** The one link the message is about (absolute URL). It may carry a one-time secret. */
  link: string;
  /** Values the template fills in, e.g. organisationName and role for an invitation. */
  params?: Record<string, string>;
}

/**
 * The language of a message from a request's Accept-Language header: English when the caller prefers
 * it over Russian, Russian otherwise (the product's first language).
 */
export function mailLanguageOf(acceptLanguage: string | undefined): MailLanguage {
  const preferences = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const quality = rest.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { language: tag.split('-')[0], quality: quality === undefined ? 1 : Number(quality) };
    })
    .filter((preference) => preference.language === 'ru' || preference.language === 'en')
    .sort((a, b) => b.quality - a.quality);
  return preferences[0]?.language === 'en' ? 'en' : 'ru';
}
