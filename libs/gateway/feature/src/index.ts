export * from './lib/gateway.bootstrap';
export * from './lib/gateway.module';
export * from './lib/gateway.options';
export * from './lib/http/gateway-error-codes';
export * from './lib/http/language';
export * from './lib/gateway-http.env';
export * from './lib/operations/nats-payload';
