export { GatewayDatabase, gatewayMigrationsDir, gatewaySchema, type GatewayDatabaseOptions } from './lib/gateway-database';
export {
  ApiClientRepository,
  type ApiClientInput,
  type ApiClientRecord,
} from './lib/repositories/api-client.repository';
export {
  AuditRepository,
  type AuditEntryInput,
  type AuditEntryRecord,
  type AuditFilter,
  type AuditOutcome,
} from './lib/repositories/audit.repository';
export {
  IdempotencyRepository,
  type IdempotencyRequest,
  type IdempotencyStart,
} from './lib/repositories/idempotency.repository';
export type { Page, PageRequest } from '@bma-kpi/database';
