import type { OnApplicationShutdown, Provider } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';

import { ApiClientRepository, AuditRepository, GatewayDatabase, IdempotencyRepository } from '@bma-kpi/gateway-data-access';

import type { GatewayOptions } from '../gateway.options';
import { AccessGuard } from './access.guard';
import { AuditRecorder } from './audit-recorder';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { Authenticator } from './authenticator';
import { API_CLIENT_REPOSITORY, AUDIT_REPOSITORY, IDEMPOTENCY_REPOSITORY } from './auth.tokens';
import { JwtVerifier } from './jwt-verifier';
import { TargetResolver } from './target-resolver';

/** Closes the gateway's database after the audit recorder has written its last entries. */
@Injectable()
class GatewayDatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly database: GatewayDatabase,
    private readonly audit: AuditRecorder,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.audit.onApplicationShutdown();
    await this.database.close();
  }
}

/**
 * Authentication, the access guard, the audit log and the repositories behind them. The guard is
 * registered after the rate limiter, so that floods of bad credentials are throttled first.
 */
export function authProviders(options: GatewayOptions, database: GatewayDatabase): Provider[] {
  const prisma = database.prisma;

  return [
    { provide: GatewayDatabase, useValue: database },
    { provide: API_CLIENT_REPOSITORY, useValue: new ApiClientRepository(prisma) },
    { provide: AUDIT_REPOSITORY, useValue: new AuditRepository(prisma) },
    { provide: IDEMPOTENCY_REPOSITORY, useValue: new IdempotencyRepository(prisma) },
    { provide: JwtVerifier, useValue: new JwtVerifier(options.jwt) },
    {
      provide: Authenticator,
      useFactory: (jwt: JwtVerifier, clients: ApiClientRepository) => new Authenticator(jwt, clients),
      inject: [JwtVerifier, API_CLIENT_REPOSITORY],
    },
    TargetResolver,
    AuditRecorder,
    GatewayDatabaseLifecycle,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ];
}
