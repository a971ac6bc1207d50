export * from './lib/catalog-service.bootstrap';
export * from './lib/catalog-service.module';
export * from './lib/catalog-service.options';
export * from './lib/quality.options';
export * from './lib/quality-settings.env';
