export * from './lib/logger.module';
