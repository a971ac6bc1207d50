export * from './lib/samples';
export * from './lib/test-names';
