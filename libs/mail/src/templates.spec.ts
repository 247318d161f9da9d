import { MailLanguage, mailLanguageOf, MailTemplate } from './mail-request.js';
import { renderMail } from './templates.js';

const templates: MailTemplate[] = ['email_verification', 'password_reset', 'invitation', 'account_exists'];
const link = 'http://localhost:3000/verify-email?token=abc.def';
const cases: [MailTemplate, MailLanguage][] = templates.flatMap((template) => [
  [template, 'ru'],
  [template, 'en'],
]);

describe('renderMail', () => {
  it.each(cases)('renders %s in %s with the link in the text and the HTML', (template, language) => {
    const mail = renderMail({
      template,
      language,
      link,
      params: { organisationName: 'Фонд', role: 'staff' },
    });
    expect(mail.subject).toMatch(/— CareLedger$/);
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.html).toContain(`<a href="${link.replace('&', '&amp;')}">`);
    expect(mail.html).toContain(`<html lang="${language}">`);
  });

  it('writes Russian in Russian', () => {
    const mail = renderMail({
      template: 'invitation',
      language: 'ru',
      link,
      params: { organisationName: 'Фонд «Добрые руки»', role: 'viewer' },
    });
    expect(mail.subject).toBe('Приглашение в организацию «Фонд «Добрые руки»» — CareLedger');
    expect(mail.text).toContain('с ролью «наблюдатель»');
  });

  it('escapes parameters in the HTML part', () => {
    const mail = renderMail({
      template: 'invitation',
      language: 'en',
      link: 'http://localhost:3000/invitations?token=a&b="c"',
      params: { organisationName: '<script>alert(1)</script>' },
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('href="http://localhost:3000/invitations?token=a&amp;b=&quot;c&quot;"');
  });
});

describe('mailLanguageOf', () => {
  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en-GB,en;q=0.9,ru;q=0.5', 'en'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE,fr;q=0.8', 'ru'],
    ['ru;q=0.4,en;q=0.6', 'en'],
    ['EN-us', 'en'],
  ])('answers %p with %s', (header, language) => {
    expect(mailLanguageOf(header)).toBe(language);
  });
});
