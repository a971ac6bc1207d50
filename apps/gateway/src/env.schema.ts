import { withNatsEnv } from '@bma-kpi/config';
import { GatewayHttpEnv } from '@bma-kpi/gateway-feature';
import { withObjectStoreEnv } from '@bma-kpi/object-store';

/** Environment of the standalone gateway (distributed mode). */
export class GatewayEnv extends withObjectStoreEnv(withNatsEnv(GatewayHttpEnv)) {}
