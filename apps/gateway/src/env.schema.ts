import { IsString, Matches } from 'class-validator';

import { withNatsEnv } from '@bma-kpi/config';
import { GatewayHttpEnv } from '@bma-kpi/gateway-feature';
import { withObjectStoreEnv } from '@bma-kpi/object-store';

/** Environment of the standalone gateway (distributed mode). */
export class GatewayEnv extends withObjectStoreEnv(withNatsEnv(GatewayHttpEnv)) {
  /** Database of the gateway's API clients, audit log and idempotency keys; `?schema=` names its schema (default `gateway`). */
  @Matches(/^(postgres(ql)?:\/\/|pglite:)/u, { message: 'GATEWAY_DATABASE_URL must start with postgresql:// or pglite:' })
  @IsString()
  GATEWAY_DATABASE_URL: string;
}
