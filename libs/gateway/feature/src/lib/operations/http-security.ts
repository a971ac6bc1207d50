import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';

import type { GatewayOperations } from '../gateway.options';

/** Response headers that browser code on an allowed origin may read. */
const exposedHeaders = ['Retry-After', 'Content-Disposition', 'Content-Language', 'X-Correlation-Id', 'Location', 'ETag'];

/**
 * Adds the security headers of helmet 8 and, when CORS_ORIGINS lists origins, CORS for exactly
 * those origins. The default Content-Security-Policy of helmet allows scripts and styles from the
 * gateway's own origin only, which the Swagger UI at /api/docs needs and which is enough for it
 * because its scripts are files, not inline code.
 */
export function applyHttpSecurity(app: INestApplication, operations: GatewayOperations): void {
  app.use(
    helmet({
      // TLS ends at the proxy in front of the gateway, so an installation served over plain HTTP
      // must not have browsers upgrade the documentation's script requests to HTTPS.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
      // The API sends its own Cache-Control where it matters; HSTS is for the TLS proxy in front of it.
      strictTransportSecurity: false,
      // Allows an allowed origin's pages to embed downloads such as evidence files in <img> or <a>.
      crossOriginResourcePolicy: { policy: operations.corsOrigins.length > 0 ? 'cross-origin' : 'same-origin' },
    }),
  );
  if (operations.corsOrigins.length > 0) {
    app.enableCors({
      origin: operations.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposedHeaders,
      maxAge: 600,
    });
  }
}
