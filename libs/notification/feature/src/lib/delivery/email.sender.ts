import { createHash } from 'node:crypto';

import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { resolveDeliverySettings } from './delivery-settings';
import type { WebhookAttemptResult } from './webhook.sender';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions, type SmtpSettings } from '../notification-service.options';

/** A plain-text e-mail to one address. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /**
   * Key of the Message-ID: the delivery id, or the sorted delivery ids of a digest. A resend after
   * a crash carries the same Message-ID, so mail clients and servers can recognise the repeat.
   */
  messageKey: string;
}

/** Outcome of one e-mail attempt; statusCode is the SMTP reply code. */
export type EmailAttemptResult = WebhookAttemptResult;

/** Milliseconds the transport waits for a connection, the greeting and each reply before it gives up. */
const smtpTimeoutMs = 30_000;
const maxErrorLength = 500;

/**
 * Sends e-mail over SMTP through a pooled nodemailer transport, created on the first send and
 * closed at application shutdown. SMTP 4xx replies (transient) and connection failures may pass
 * later, while 5xx replies (permanent) fail the same way again.
 */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private readonly smtp: SmtpSettings | null;
  private transport: Transporter | null = null;

  constructor(@Inject(NOTIFICATION_SERVICE_OPTIONS) options: Pick<NotificationServiceOptions, 'delivery'>) {
    this.smtp = resolveDeliverySettings(options.delivery).smtp;
  }

  /** Whether an SMTP server is configured; without one every e-mail delivery is dead-lettered. */
  get configured(): boolean {
    return this.smtp !== null;
  }

  /** Sends one message and classifies the outcome. A failed send is returned as a result, not thrown. */
  async send(message: EmailMessage): Promise<EmailAttemptResult> {
    if (this.smtp === null) {
      return { ok: false, statusCode: null, durationMs: 0, error: 'E-mail is off: SMTP_URL is not set.', retryable: false };
    }
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);

    try {
      const info = (await this.transporter(this.smtp).sendMail({
        from: this.smtp.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        textEncoding: 'base64',
        messageId: messageIdOf(message.messageKey, this.smtp.from),
      })) as { response?: unknown };

      return { ok: true, statusCode: replyCodeOf(info.response), durationMs: elapsed(), error: null, retryable: false };
    } catch (error) {
      return classifySmtpError(error, elapsed());
    }
  }

  /**
   * Closes the pooled connections. It runs after every onModuleDestroy, so the delivery worker has
   * finished its sends by then.
   */
  onApplicationShutdown(): void {
    this.transport?.close();
    this.transport = null;
  }

  private transporter(smtp: SmtpSettings): Transporter {
    this.transport ??= createTransport({
      url: smtp.url,
      pool: true,
      connectionTimeout: smtpTimeoutMs,
      greetingTimeout: smtpTimeoutMs,
      socketTimeout: smtpTimeoutMs,
    });

    return this.transport;
  }
}

/**
 * Returns the Message-ID for a message key: `<` hash `@` the sender's domain `>`. The key is
 * hashed, so a digest of many deliveries still gets a short id.
 */
export function messageIdOf(messageKey: string, from: string): string {
  const domain = /@([^\s>@]+)>?\s*$/.exec(from)?.[1] ?? 'bma-kpi.invalid';
  const local = createHash('sha256').update(messageKey, 'utf8').digest('hex').slice(0, 32);

  return `<${local}@${domain}>`;
}

/** Classifies a nodemailer error: a 5xx reply is permanent, a 4xx reply and every failure without a reply may pass later. */
export function classifySmtpError(error: unknown, durationMs: number): EmailAttemptResult {
  const details = error as { responseCode?: unknown; response?: unknown; code?: unknown; message?: unknown };
  const statusCode = typeof details.responseCode === 'number' ? details.responseCode : null;
  const reply = typeof details.response === 'string' ? details.response : null;
  const message = typeof details.message === 'string' ? details.message : String(error);
  const code = typeof details.code === 'string' ? `${details.code}: ` : '';
  // nodemailer's message already contains the reply for most SMTP errors.
  const text = reply !== null && !message.includes(reply) ? `${code}${message} (${reply})` : `${code}${message}`;

  return {
    ok: false,
    statusCode,
    durationMs,
    error: text.slice(0, maxErrorLength),
    retryable: statusCode === null || statusCode < 500,
  };
}

function replyCodeOf(response: unknown): number | null {
  const match = typeof response === 'string' ? /^(\d{3})/.exec(response) : null;

  return match === null ? null : Number(match[1]);
}
