export * from './lib/samples';
export * from './lib/test-names';
export * from './lib/migration-drift';
export * from './lib/thai-gdc-reference';
