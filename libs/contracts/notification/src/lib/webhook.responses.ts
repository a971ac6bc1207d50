/** A webhook endpoint without its signing secret. Instants are ISO 8601 in UTC. */
export interface WebhookEndpointResponse {
  id: string;
  recipientId: string;
  url: string;
  description: string | null;
  /** Kinds sent to the endpoint; empty for every kind. */
  kinds: string[];
  /** Agencies the endpoint hears about; empty for every agency. */
  agencyCodes: string[];
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  secretRotatedAt: string | null;
  /** Until when requests also carry a signature with the secret before the last rotation; null when they do not. */
  previousSecretUntil: string | null;
}

/**
 * A webhook endpoint with its new signing secret, the only reply that shows it: register and
 * rotate. Receivers check the `X-BMA-Signature` header with it.
 */
export interface WebhookSecretResponse extends WebhookEndpointResponse {
  secret: string;
}

/** One page of webhook endpoints, oldest first. */
export interface WebhookPage {
  items: WebhookEndpointResponse[];
  total: number;
  page: number;
  pageSize: number;
}

/** Outcome of a test request to a webhook endpoint. */
export interface WebhookTestResponse {
  /** True when the receiver responded with a 2xx status. */
  ok: boolean;
  /** HTTP status of the response, or null when none came (network error, timeout). */
  statusCode: number | null;
  durationMs: number;
  /** Error of the failed test request, or null when it succeeded. */
  error: string | null;
}
