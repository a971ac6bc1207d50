export * from './lib/domain.exception';
export * from './lib/error-body';
export * from './lib/validation-errors';
