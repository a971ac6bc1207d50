export * from './lib/indicators-service.bootstrap';
export * from './lib/indicators-service.module';
export * from './lib/indicators-service.options';
