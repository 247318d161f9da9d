import { MailLanguage, MailRequest, MailTemplate } from './mail-request.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A message's words: a subject and paragraphs, with the link placed after the paragraphs that lead to it. */
interface Wording {
  subject: string;
  beforeLink: string[];
  afterLink: string[];
}

type Params = Record<string, string>;

const roleNames: Record<MailLanguage, Record<string, string>> = {
  ru: { admin: 'администратор', staff: 'сотрудник', viewer: 'наблюдатель' },
  en: { admin: 'administrator', staff: 'staff member', viewer: 'viewer' },
};

const signature: Record<MailLanguage, string> = {
  ru: 'CareLedger — учёт помощи и отчётность для НКО',
  en: 'CareLedger — case management and reporting for civil-society organisations',
};

const wordings: Record<MailTemplate, Record<MailLanguage, (params: Params) => Wording>> = {
  email_verification: {
    ru: () => ({
      subject: 'Подтвердите адрес электронной почты',
      beforeLink: [
        'Здравствуйте!',
        'Вы зарегистрировали организацию в CareLedger. Чтобы войти, подтвердите адрес электронной почты по ссылке:',
      ],
      afterLink: [
        'Ссылка работает один раз и в течение ограниченного времени.',
        'Если вы не регистрировались, просто не обращайте внимания на это письмо.',
      ],
    }),
    en: () => ({
      subject: 'Confirm your email address',
      beforeLink: [
        'Hello,',
        'You have registered an organisation on CareLedger. To sign in, confirm your email address by following this link:',
      ],
      afterLink: [
        'The link works once and for a limited time.',
        'If you did not register, you can ignore this message.',
      ],
    }),
  },
  password_reset: {
    ru: () => ({
      subject: 'Восстановление пароля',
      beforeLink: ['Здравствуйте!', 'Чтобы задать новый пароль для входа в CareLedger, перейдите по ссылке:'],
      afterLink: [
        'Ссылка работает один раз и в течение ограниченного времени. После смены пароля все сеансы входа завершатся.',
        'Если вы не запрашивали смену пароля, ничего делать не нужно: пароль останется прежним.',
      ],
    }),
    en: () => ({
      subject: 'Reset your password',
      beforeLink: ['Hello,', 'To choose a new password for CareLedger, follow this link:'],
      afterLink: [
        'The link works once and for a limited time. Once the password is changed, every session is signed out.',
        'If you did not ask to reset your password, there is nothing to do: it stays as it is.',
      ],
    }),
  },
  invitation: {
    ru: (params) => ({
      subject: `Приглашение в организацию «${params.organisationName ?? ''}»`,
      beforeLink: [
        'Здравствуйте!',
        `Вас пригласили в организацию «${params.organisationName ?? ''}» в CareLedger${roleClause('ru', params)}. Чтобы принять или отклонить приглашение, перейдите по ссылке:`,
      ],
      afterLink: ['Если вы не ждали приглашения, просто не обращайте внимания на это письмо.'],
    }),
    en: (params) => ({
      subject: `Invitation to join ${params.organisationName ?? ''}`,
      beforeLink: [
        'Hello,',
        `You have been invited to join ${params.organisationName ?? ''} on CareLedger${roleClause('en', params)}. To accept or decline, follow this link:`,
      ],
      afterLink: ['If you did not expect an invitation, you can ignore this message.'],
    }),
  },
  account_exists: {
    ru: () => ({
      subject: 'Вы уже зарегистрированы в CareLedger',
      beforeLink: [
        'Здравствуйте!',
        'Кто-то, возможно вы, попытался зарегистрироваться в CareLedger с этим адресом, но учётная запись с ним уже есть. Войдите по ссылке; если не помните пароль, восстановите его там же:',
      ],
      afterLink: ['Если это были не вы, ничего делать не нужно: ваша учётная запись не изменилась.'],
    }),
    en: () => ({
      subject: 'You already have a CareLedger account',
      beforeLink: [
        'Hello,',
        'Someone, perhaps you, tried to register on CareLedger with this address, but an account with it already exists. Sign in here; if you have forgotten your password, you can reset it there:',
      ],
      afterLink: ['If this was not you, there is nothing to do: your account has not changed.'],
    }),
  },
};

function roleClause(language: MailLanguage, params: Params): string {
  const role = params.role && (roleNames[language][params.role] ?? params.role);
  if (!role) return '';
  return language === 'ru' ? ` с ролью «${role}»` : ` as ${role}`;
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

function paragraphs(lines: string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
}

/** The subject, plain text and HTML of a message, in its language. */
export function renderMail(
  request: Pick<MailRequest, 'template' | 'language' | 'link' | 'params'>,
): RenderedMail {
  const wording = wordings[request.template][request.language](request.params ?? {});
  const text = [...wording.beforeLink, request.link, ...wording.afterLink, '—', signature[request.language]];
  const link = escapeHtml(request.link);
  const html = [
    `<!doctype html><html lang="${request.language}"><body>`,
    paragraphs(wording.beforeLink),
    `<p><a href="${link}">${link}</a></p>`,
    paragraphs(wording.afterLink),
    `<p>—<br>${escapeHtml(signature[request.language])}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `${wording.subject} — CareLedger`, text: `${text.join('\n\n')}\n`, html };
}
