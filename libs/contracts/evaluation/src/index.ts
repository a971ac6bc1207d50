export * from './lib/evaluation.errors';
export type * from './lib/evaluation.events';
export type * from './lib/evaluation.map';
export * from './lib/evaluation.request';
export type * from './lib/evaluation.responses';
export * from './lib/evaluation.subjects';
export * from './lib/evaluation-summary';
export * from './lib/evaluation-calendar';
export * from './lib/evaluation-list';
