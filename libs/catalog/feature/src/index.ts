export * from './lib/catalog-service.bootstrap';
export * from './lib/catalog-service.module';
export * from './lib/catalog-service.options';
export * from './lib/district-catalog.env';
export { DEFAULT_DISTRICT_CATALOG_SETTINGS } from './lib/district-catalog.settings';
export * from './lib/quality.options';
export * from './lib/quality-settings.env';
