export * from './lib/catalog-type-vocabulary.data';
export * from './lib/catalog-vocabulary.data';
export * from './lib/catalog.errors';
export * from './lib/catalog.validators';
export type * from './lib/dataset-metadata.types';
export * from './lib/dataset-type-fields.request';
export * from './lib/dataset.request';
export * from './lib/dictionary-field.request';
