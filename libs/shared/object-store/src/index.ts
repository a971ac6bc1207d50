export * from './lib/filesystem-object-store';
export * from './lib/jetstream-object-store';
export * from './lib/object-store';
export * from './lib/object-store.config';
