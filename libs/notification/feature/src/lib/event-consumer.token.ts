/** The consumer of the evaluation events that become notices. */
export const NOTIFICATION_EVENT_CONSUMER = Symbol('NOTIFICATION_EVENT_CONSUMER');
