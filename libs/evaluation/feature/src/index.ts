export * from './lib/evaluation-service.bootstrap';
export * from './lib/evaluation-service.module';
export * from './lib/evaluation-service.options';
export * from './lib/evaluation-calendar.env';
