import { AppConfig, loadConfig } from '@careledger/config';
import { dropDatabase, setupDatabase, superuserUrl } from '@careledger/database';
import { migrations } from '@careledger/migrations';
import { Mailer, MailRequest, MailSender } from '@careledger/mail';
import { eventually, linkIn, TestSmtpServer } from '@careledger/testing';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, defaultPassword } from './support/factories.js';
import { tokenOf } from './support/mail.js';
import { startTestWorker } from './support/worker.js';

interface OutboxRow {
  link: string | null;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  next_attempt_at: Date | null;
}

function freshEmail(label: string): string {
  return `${label}-${randomUUID()}@example.org`;
}

function request(overrides: Partial<MailRequest> = {}): MailRequest {
  return {
    to: freshEmail('mail'),
    template: 'password_reset',
    language: 'ru',
    link: `http://localhost:3000/reset-password?token=${randomUUID()}`,
    ...overrides,
  };
}

async function enqueue(api: TestApi, mail: MailRequest): Promise<void> {
  await api.app.get(DataSource).transaction((manager) => api.app.get(Mailer).enqueueWithin(manager, mail));
}

async function outboxRows(api: TestApi, to: string): Promise<OutboxRow[]> {
  return api.db.asSuperuser<OutboxRow>(
    `select link, attempts, last_error, sent_at, next_attempt_at from mail_outbox where recipient = $1`,
    [to],
  );
}

describe('mail through the outbox and the worker', () => {
  let smtp: TestSmtpServer;
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    api = await startTestApi('mail', { SMTP_URL: smtp.url, MAIL_RETRY_SECONDS: '1' });
    worker = await startTestWorker(api.db);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  it('delivers a message to the SMTP server in Russian, with its link, and then forgets the link', async () => {
    const mail = request();
    await enqueue(api, mail);
    const received = await smtp.waitForMail(mail.to);
    expect(received).toMatchObject({ template: 'password_reset', language: 'ru' });
    expect(received.subject).toBe('Восстановление пароля — CareLedger');
    expect(received.from).toBe('no-reply@localhost');
    expect(linkIn(received)).toBe(mail.link);
    expect(received.html).toContain(`href="${mail.link}"`);
    await eventually(async () => {
      const [row] = await outboxRows(api, mail.to);
      expect(row).toMatchObject({ link: null, attempts: 1, next_attempt_at: null });
      expect(row.sent_at).toBeInstanceOf(Date);
    });
  });

  it('delivers a message in English when asked', async () => {
    const mail = request({
      template: 'invitation',
      language: 'en',
      params: { organisationName: 'Dobrye Ruki Foundation', role: 'staff' },
    });
    await enqueue(api, mail);
    const received = await smtp.waitForMail(mail.to);
    expect(received).toMatchObject({ template: 'invitation', language: 'en' });
    expect(received.subject).toBe('Invitation to join Dobrye Ruki Foundation — CareLedger');
    expect(received.text).toContain('as staff member');
    expect(linkIn(received)).toBe(mail.link);
  });

  it('sends nothing when the transaction that asked for the mail rolls back', async () => {
    const rolledBack = request();
    const committed = request();
    await expect(
      api.app.get(DataSource).transaction(async (manager) => {
        await api.app.get(Mailer).enqueueWithin(manager, rolledBack);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await enqueue(api, committed);
    await smtp.waitForMail(committed.to);
    expect(smtp.mailTo(rolledBack.to)).toEqual([]);
    expect(await outboxRows(api, rolledBack.to)).toEqual([]);
  });

  it('retries a mail the SMTP server refused and then delivers it exactly once', async () => {
    const mail = request({ template: 'email_verification' });
    smtp.refuseNext(1);
    await enqueue(api, mail);
    await smtp.waitForMail(mail.to);
    const [row] = await outboxRows(api, mail.to);
    expect(row).toMatchObject({ attempts: 2, link: null, next_attempt_at: null });
    expect(row.last_error).toMatch(/451/);
    // Several polls later there is still one message.
    await sleep(1500);
    expect(smtp.mailTo(mail.to)).toHaveLength(1);
  });

  it('mails a new registration a working verification link in the language the caller prefers', async () => {
    const email = freshEmail('register');
    const registered = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'accept-language': 'en-GB,en;q=0.9,ru;q=0.5' },
      payload: {
        email,
        password: defaultPassword,
        fullName: 'Olga Smirnova',
        organisation: { name: 'Dobrye Ruki Foundation', regionCode: '48' },
      },
    });
    expect(registered.statusCode).toBe(202);
    const received = await smtp.waitForMail(email);
    expect(received).toMatchObject({ template: 'email_verification', language: 'en' });
    const link = linkIn(received);
    expect(link).toMatch(/^http:\/\/localhost:3000\/verify-email\?token=/);

    const verified = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/verify-email',
      payload: { token: tokenOf(link) },
    });
    expect(verified.statusCode).toBe(200);
    const me = await api.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(verified.json().accessToken),
    });
    expect(me.json()).toMatchObject({ user: { email }, memberships: [{ role: 'admin' }] });
  });
});

describe('mail without SMTP_URL', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('mail_log');
  });

  afterAll(() => api?.close());

  it('writes each message with its link to the log instead, and marks it sent', async () => {
    const mail = request({ template: 'email_verification' });
    await enqueue(api, mail);
    const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      const config = Object.assign(new AppConfig(), api.db.config, { SMTP_URL: undefined });
      await new MailSender(api.app.get(DataSource), config).sendDue();
      const messages = logged.mock.calls.map(([message]) => String(message));
      expect(messages).toEqual(
        expect.arrayContaining([expect.stringContaining(mail.link), expect.stringContaining(mail.to)]),
      );
    } finally {
      logged.mockRestore();
    }
    const [row] = await outboxRows(api, mail.to);
    expect(row).toMatchObject({ link: null, attempts: 1, next_attempt_at: null });
    expect(row.sent_at).toBeInstanceOf(Date);
  });
});

describe('accounts made before addresses were verified', () => {
  it('count as verified once the migration that adds verification has run', async () => {
    const url = new URL(loadConfig().DATABASE_URL);
    url.pathname = `/careledger_test_before_verification_${randomUUID().slice(0, 8)}`;
    const config = loadConfig({ ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
    const firstOfVerification = migrations.findIndex((migration) =>
      migration.name.startsWith('EmailVerification'),
    );
    const superuser = () => new pg.Client({ connectionString: superuserUrl(config) });
    try {
      await setupDatabase(config, { migrations: migrations.slice(0, firstOfVerification) });
      const before = superuser();
      await before.connect();
      await before.query(
        `insert into users (id, email, password_hash, full_name) values ($1, 'old@example.org', 'x', 'Давний пользователь')`,
        [randomUUID()],
      );
      await before.end();

      await setupDatabase(config, { migrations });
      const after = superuser();
      await after.connect();
      const { rows } = await after.query(
        `select email_verified_at from users where email = 'old@example.org'`,
      );
      await after.end();
      expect(rows[0].email_verified_at).toBeInstanceOf(Date);
    } finally {
      await dropDatabase(config);
    }
  });
});
