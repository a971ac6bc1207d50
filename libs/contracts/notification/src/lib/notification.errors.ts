/** Error codes that the notification service returns to its clients. */
export const NotificationErrorCode = {
  /** No inbox item with this id for this recipient. */
  notificationNotFound: 'NOTIFICATION_NOT_FOUND',
} as const;

export type NotificationErrorCode = (typeof NotificationErrorCode)[keyof typeof NotificationErrorCode];
