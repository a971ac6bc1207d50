import { Inject, Injectable } from '@nestjs/common';

import type { NotificationMessages } from '@bma-kpi/contracts-notification';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { RequestContextProvider } from '../http/request-context';
import { GatewayMetrics } from '../operations/gateway-metrics';
import { ContextualServiceClient } from './contextual-service.client';

/** Client of the notification service. */
@Injectable()
export class NotificationClient extends ContextualServiceClient<NotificationMessages> {
  constructor(@Inject(GATEWAY_OPTIONS) options: GatewayOptions, context: RequestContextProvider, metrics: GatewayMetrics) {
    super('notification', options.notificationProxy, options, context, metrics);
  }
}
