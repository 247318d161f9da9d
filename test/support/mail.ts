import type { MailTemplate } from '@careledger/mail';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

/**
 * The link of the newest mail of a template to an address, read from the mail outbox (as the
 * application role, which the worker's sender uses too). Undefined when there is none, or when a
 * worker running in the suite has already sent it: sending clears the link.
 */
export async function outboxLink(
  app: NestFastifyApplication,
  to: string,
  template: MailTemplate,
): Promise<string | undefined> {
  const [row]: { link: string | null }[] = await app
    .get(DataSource)
    .query(
      `select link from mail_outbox where recipient = $1 and template = $2 order by created_at desc limit 1`,
      [to.toLowerCase(), template],
    );
  return row?.link ?? undefined;
}

/** The one-time token a mailed link carries. */
export function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`the link carries no token: ${link}`);
  return token;
}

/**
 * Follows the verification link mailed to a newly registered address and answers the token pair.
 * A worker in the suite may send the mail, and so clear its link, before the test reads it: then a new
 * link is asked for, as a person would.
 */
export async function followVerificationLink(
  app: NestFastifyApplication,
  email: string,
): Promise<{ accessToken: string; refreshToken: string }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const link = await outboxLink(app, email, 'email_verification');
    if (link) {
      const verified = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/verify-email',
        payload: { token: tokenOf(link) },
      });
      if (verified.statusCode !== 200)
        throw new Error(`verification failed: ${verified.statusCode} ${verified.body}`);
      return verified.json();
    }
    await app.inject({ method: 'POST', url: '/api/v1/auth/verify-email/resend', payload: { email } });
  }
  throw new Error(`no verification link for ${email} in the mail outbox`);
}
