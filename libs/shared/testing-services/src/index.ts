export * from './testing/service-test-transport';
