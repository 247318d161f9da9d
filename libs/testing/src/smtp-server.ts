import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { eventually } from './eventually.js';

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  /** Addresses only, lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The X-CareLedger-Template header: which template the message was rendered from. */
  template: string | undefined;
  /** The Content-Language header. */
  language: string | undefined;
}

function temporaryFailure(): Error {
  return Object.assign(new Error('mailbox unavailable, try again later'), { responseCode: 451 });
}

/**
 * A real SMTP server in the test's own process, on a free port, that keeps every message it receives.
 * Point the worker at it with `SMTP_URL: smtp.url`. No TLS and no authentication required, like a
 * relay on localhost.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  private refusals = 0;
  private port = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (_address, _session, callback) => this.refuseOrAccept(callback),
    onData: (stream, _session, callback) => {
      this.keep(stream).then(() => callback(), callback);
    },
  });

  private constructor() {}

  static async start(): Promise<TestSmtpServer> {
    const smtp = new TestSmtpServer();
    smtp.port = await new Promise<number>((resolve, reject) => {
      smtp.server.once('error', reject);
      const listener = smtp.server.listen(0, '127.0.0.1', () =>
        resolve((listener.address() as AddressInfo).port),
      );
    });
    return smtp;
  }

  /** What SMTP_URL should be for the worker to send here. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `count` messages are refused with a temporary failure (451), as a busy server would. */
  refuseNext(count: number): void {
    this.refusals = count;
  }

  /** Waits for a message to `to` that satisfies `matches` (for instance, of one template). */
  waitForMail(
    to: string,
    matches: (mail: ReceivedMail) => boolean = () => true,
    options: { timeoutMs?: number } = {},
  ): Promise<ReceivedMail> {
    return eventually(async () => {
      const mail = this.mailTo(to).find(matches);
      if (!mail) throw new Error(`no mail to ${to} matched (received ${this.received.length} in all)`);
      return mail;
    }, options);
  }

  /** Every message received for `to`, oldest first. */
  mailTo(to: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(to.toLowerCase()));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private refuseOrAccept(callback: (error?: Error | null) => void): void {
    if (this.refusals > 0) {
      this.refusals -= 1;
      callback(temporaryFailure());
    } else callback();
  }

  private async keep(stream: Readable): Promise<void> {
    const parsed = await simpleParser(stream);
    const addresses = [parsed.to ?? []].flat().flatMap((to) => to.value);
    this.received.push({
      to: addresses.map((address) => (address.address ?? '').toLowerCase()),
      from: parsed.from?.value[0]?.address ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      template: parsed.headers.get('x-careledger-template')?.toString(),
      language: parsed.headers.get('content-language')?.toString(),
    });
  }
}

/** The one link of a message (the first http(s) URL in its text). */
export function linkIn(mail: Pick<ReceivedMail, 'text'>): string {
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`the message has no link: ${mail.text}`);
  return link;
}
