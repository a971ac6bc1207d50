import { withNatsEnv } from '@bma-kpi/config';
import { GatewayHttpEnv } from '@bma-kpi/gateway-feature';

/** Environment of the standalone gateway (distributed mode). */
export class GatewayEnv extends withNatsEnv(GatewayHttpEnv) {}
