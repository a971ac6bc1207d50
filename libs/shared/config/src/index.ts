export * from './lib/load-config';
export * from './lib/env-decorators';
export * from './lib/common-env';
