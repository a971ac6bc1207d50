export * from './lib/catalog-service.bootstrap';
export * from './lib/catalog-service.module';
export * from './lib/catalog-service.options';
