/**
 * Wakes the delivery worker after new deliveries commit, so they go out before its next poll.
 * Callers depend on this rather than on the worker, which lives in the delivery folder.
 */
export abstract class DeliveryKick {
  abstract kick(): void;
}
