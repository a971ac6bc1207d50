export type * from './lib/notification.map';
export * from './lib/notification.request';
export type * from './lib/notification.responses';
export * from './lib/notification.subjects';
export * from './lib/notification.errors';
