import { Inject, Injectable } from '@nestjs/common';

import { isRetryableStatus, signWebhook } from '@bma-kpi/notification-domain';

import { resolveDeliverySettings } from './delivery-settings';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';

/** Header names of a webhook request; receivers read them case-insensitively, as HTTP does. */
export const WebhookHeaders = {
  signature: 'X-BMA-Signature',
  deliveryId: 'X-BMA-Delivery-Id',
  kind: 'X-BMA-Kind',
} as const;

/** Outcome of one attempt of a webhook or e-mail delivery. */
export interface WebhookAttemptResult {
  ok: boolean;
  /** HTTP status of a webhook response or SMTP reply code of an e-mail; null without one (network error, timeout). */
  statusCode: number | null;
  durationMs: number;
  /** Error message for the delivery log, without secrets; null when ok. */
  error: string | null;
  /** Whether a later attempt may succeed; false for a success and for permanent failures. */
  retryable: boolean;
}

/** A webhook endpoint to send to, with its signing secrets in plain text: the current one first, then the previous one during a rotation. */
export interface WebhookTarget {
  id: string;
  url: string;
  secrets: readonly string[];
}

/** Maximum length of an error message kept for the delivery log. */
const maxErrorLength = 500;

/**
 * Sends signed webhook requests. Redirects are not followed, because a 3xx could send the signed
 * body to an address that was never registered. A 3xx response is therefore a permanent failure.
 */
@Injectable()
export class WebhookSender {
  private readonly timeoutMs: number;

  constructor(@Inject(NOTIFICATION_SERVICE_OPTIONS) options: Pick<NotificationServiceOptions, 'delivery'>) {
    this.timeoutMs = resolveDeliverySettings(options.delivery).webhookTimeoutMs;
  }

  /** POSTs the exact body string to the target and classifies the response. A failed request is returned as a result, not thrown. */
  async send(target: WebhookTarget, body: string, headers: { deliveryId: string; kind: string }): Promise<WebhookAttemptResult> {
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    const invalid = invalidTarget(target);

    if (invalid !== null) {
      return { ok: false, statusCode: null, durationMs: 0, error: invalid, retryable: false };
    }

    try {
      const signature = signWebhook(target.secrets, body, Math.floor(Date.now() / 1000));
      const response = await fetch(target.url, {
        method: 'POST',
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          'Content-Type': 'application/json',
          [WebhookHeaders.signature]: signature,
          [WebhookHeaders.deliveryId]: headers.deliveryId,
          [WebhookHeaders.kind]: headers.kind,
        },
      });

      // The answer's body is not used; cancelling it frees the connection.
      await response.body?.cancel();

      return classifyStatus(response.status, response.statusText, elapsed());
    } catch (error) {
      // Network errors and timeouts may pass later; the target itself was checked above.
      return { ok: false, statusCode: null, durationMs: elapsed(), error: describeFetchError(error, this.timeoutMs), retryable: true };
    }
  }
}

/** Classifies an HTTP response: 2xx succeeded, 408, 429 and 5xx may pass later, the rest fail the same way again. */
export function classifyStatus(status: number, statusText: string, durationMs: number): WebhookAttemptResult {
  if (status >= 200 && status < 300) {
    return { ok: true, statusCode: status, durationMs, error: null, retryable: false };
  }
  const text = statusText.trim() === '' ? '' : ` ${statusText.trim()}`;
  const redirect = status >= 300 && status < 400 ? '; redirects are not followed, register the final address' : '';

  return { ok: false, statusCode: status, durationMs, error: `HTTP ${status}${text}${redirect}`, retryable: isRetryableStatus(status) };
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `Timed out after ${timeoutMs} ms without an answer.`;
  }
  if (!(error instanceof Error)) {
    return String(error).slice(0, maxErrorLength);
  }
  // undici reports network failures as "fetch failed" and puts the reason (ECONNREFUSED, …) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';

  return `${error.message}${cause}`.slice(0, maxErrorLength);
}

/** Returns why a target can never be sent to, or null when it can. */
function invalidTarget(target: WebhookTarget): string | null {
  if (target.secrets.length === 0 || target.secrets.some((secret) => secret === '')) {
    return `Webhook ${target.id} has no signing secret.`;
  }
  let url: URL;

  try {
    url = new URL(target.url);
  } catch {
    return `Invalid webhook URL of ${target.id}: expected an absolute http or https address.`;
  }

  return url.protocol === 'http:' || url.protocol === 'https:'
    ? null
    : `Invalid webhook URL of ${target.id}: scheme ${url.protocol} is not http or https.`;
}
