import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';

import { Inject, Injectable } from '@nestjs/common';

import { isRetryableStatus, signWebhook } from '@bma-kpi/notification-domain';

import { resolveDeliverySettings } from './delivery-settings';
import { PrivateTargetError, privateHostOf, publicOnlyLookup, type ResolveAll } from './webhook-address';
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

/** Status line of a webhook response. */
interface WebhookResponse {
  status: number;
  statusText: string;
}

/**
 * Sends signed webhook requests. Redirects are not followed, because a 3xx could send the signed
 * body to an address that was never registered. A 3xx response is therefore a permanent failure.
 * Unless private targets are allowed, a target whose host is or resolves to a loopback, private,
 * link-local or other non-public address fails permanently without a request.
 */
@Injectable()
export class WebhookSender {
  private readonly timeoutMs: number;
  /** Null sends to any address, with the system's lookup. */
  private readonly lookup: LookupFunction | null;

  constructor(
    @Inject(NOTIFICATION_SERVICE_OPTIONS) options: Pick<NotificationServiceOptions, 'delivery'>,
    /** Host name resolver for the address check; dns.lookup when omitted. */
    resolveAll?: ResolveAll,
  ) {
    const settings = resolveDeliverySettings(options.delivery);

    this.timeoutMs = settings.webhookTimeoutMs;
    this.lookup = settings.allowPrivateWebhookTargets ? null : publicOnlyLookup(resolveAll);
  }

  /** POSTs the exact body string to the target and classifies the response. A failed request is returned as a result, not thrown. */
  async send(target: WebhookTarget, body: string, headers: { deliveryId: string; kind: string }): Promise<WebhookAttemptResult> {
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    const checked = this.checkTarget(target);

    if (typeof checked === 'string') {
      return { ok: false, statusCode: null, durationMs: 0, error: checked, retryable: false };
    }

    try {
      const signature = signWebhook(target.secrets, body, Math.floor(Date.now() / 1000));
      const response = await this.post(checked, body, {
        'Content-Type': 'application/json',
        [WebhookHeaders.signature]: signature,
        [WebhookHeaders.deliveryId]: headers.deliveryId,
        [WebhookHeaders.kind]: headers.kind,
      });

      return classifyStatus(response.status, response.statusText, elapsed());
    } catch (error) {
      if (error instanceof PrivateTargetError) {
        return { ok: false, statusCode: null, durationMs: elapsed(), error: privateTargetMessage(target.id, error.reason), retryable: false };
      }

      // Network errors and timeouts may pass later; the target itself was checked above.
      return { ok: false, statusCode: null, durationMs: elapsed(), error: describeRequestError(error, this.timeoutMs), retryable: true };
    }
  }

  /** Returns the parsed URL of a target that may be sent to, or why it can never be. */
  private checkTarget(target: WebhookTarget): URL | string {
    const url = parseTarget(target);

    if (typeof url === 'string' || this.lookup === null) {
      return url;
    }
    const host = privateHostOf(url);

    return host === null ? url : privateTargetMessage(target.id, `host ${host.host} is ${host.range}`);
  }

  /**
   * POSTs the body with node:http, whose `lookup` option lets the address check run on the
   * addresses that the socket then connects to. The response body is discarded.
   */
  private post(url: URL, body: string, headers: Record<string, string>): Promise<WebhookResponse> {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const signal = AbortSignal.timeout(this.timeoutMs);

    return new Promise((resolve, reject) => {
      const request = send(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
          // Each request opens its own connection, so every connection has passed the address check
          // and none stays open between deliveries.
          agent: false,
          signal,
          ...(this.lookup === null ? {} : { lookup: this.lookup }),
        },
        (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '' });
        },
      );

      // node:http ends a timed-out request with a plain AbortError, so the signal's TimeoutError is raised instead.
      request.on('error', (error) => reject(signal.aborted ? (signal.reason as Error) : error));
      request.end(body);
    });
  }
}

/** Returns the delivery log message for a target rejected because its address is not public. */
function privateTargetMessage(id: string, reason: string): string {
  return `Webhook ${id} was not sent because its ${reason}, not a public address. Register a public address, or set WEBHOOK_ALLOW_PRIVATE_TARGETS=true for local development.`;
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

function describeRequestError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `Timed out after ${timeoutMs} ms without a response.`;
  }

  return (error instanceof Error ? error.message : String(error)).slice(0, maxErrorLength);
}

/** Returns the parsed URL of a target, or why it can never be sent to. */
function parseTarget(target: WebhookTarget): URL | string {
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
    ? url
    : `Invalid webhook URL of ${target.id}: scheme ${url.protocol} is not http or https.`;
}
