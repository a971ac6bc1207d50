import type { ClientProxy } from '@nestjs/microservices';

import type { ChangeFeed } from '@bma-kpi/messaging';
import type { ObjectStore } from '@bma-kpi/object-store';

import type { JwtSettings } from './auth/jwt-verifier';

/** Settings of the gateway that its host app (standalone or embedded) supplies. */
export interface GatewayOptions {
  /** Transport to the indicators service: NATS in the distributed mode, in-process when embedded. */
  indicatorsProxy: ClientProxy;
  /** Transport to the catalog service: NATS in the distributed mode, in-process when embedded. */
  catalogProxy: ClientProxy;
  /** Transport to the evaluation service: NATS in the distributed mode, in-process when embedded. */
  evaluationProxy: ClientProxy;
  /** Transport to the notification service: NATS in the distributed mode, in-process when embedded. */
  notificationProxy: ClientProxy;
  subjectPrefix: string;
  /**
   * Notices that cached overviews may be out of date: service events and other gateway instances'
   * writes. NATS subscriptions in the distributed mode, the in-process broker when embedded.
   */
  changeFeed: ChangeFeed;
  /** Time in milliseconds the gateway waits for a service reply before it returns 504. */
  requestTimeoutMs: number;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** Store that evidence uploads stream into and downloads stream from; the gateway closes it on shutdown. */
  objectStore: ObjectStore;
  /** Largest uploaded file accepted, in bytes; larger ones get 413. */
  maxUploadBytes: number;
  /** Address at which clients reach the gateway, without a trailing slash; see PUBLIC_BASE_URL. */
  publicBaseUrl: string;
  /** Whether progress reports are checked against the round calendar; see PROGRESS_ENTRY_CHECK. */
  progressEntryCheck: 'enforce' | 'off';
  /**
   * The gateway's own database (API clients, the audit log, idempotency keys), opened and migrated
   * at start: `postgresql://…?schema=gateway`, `pglite:<folder>` or `pglite:memory`.
   */
  databaseUrl: string;
  /** Settings of the bearer token checks, which jwtSettingsOf reads from the environment. */
  jwt: JwtSettings;
  /** Hours that the first result of a write sent with an Idempotency-Key is kept for replays. */
  idempotencyRetentionHours: number;
  /** Timeouts, rate limits, CORS and shutdown settings; gatewayOperationsOf reads them from the environment. */
  operations: GatewayOperations;
}

/** Operational settings of the gateway; each field is documented at its variable in GatewayHttpEnv. */
export interface GatewayOperations {
  overviewCallTimeoutMs: number;
  overviewCache: { ttlMs: number; maxEntries: number };
  healthCheckTimeoutMs: number;
  /** Requests per minute; 0 turns a limit off. */
  rateLimits: { perIpPerMinute: number; perClientPerMinute: number };
  corsOrigins: string[];
  /** Express's `trust proxy` setting: false, a number of hops, or the trusted addresses and subnets. */
  trustProxy: false | number | string[];
  shutdownGraceMs: number;
}

export const GATEWAY_OPTIONS = Symbol('GATEWAY_OPTIONS');
