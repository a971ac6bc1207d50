export * from './lib/notification-service.bootstrap';
export * from './lib/notification-service.module';
export * from './lib/notification-service.options';
