import type { PrismaClient } from '../../generated/prisma/client';
import { planPathsOf, type PlanNodeRecord } from './plan.repository';

interface Waiter {
  resolve: (path: PlanNodeRecord[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads the plan paths that concurrent requests need with one query, as Prisma does for
 * concurrent findUnique calls. Node ids requested before the next check phase of the event loop
 * go into one planPathsOf query. Each query starts after the requests it serves, so no result
 * is older than its request. Not for use inside a transaction, which needs its own client.
 */
export class PlanPathBatcher {
  private pending = new Map<string, Waiter[]>();

  constructor(private readonly client: PrismaClient) {}

  /** Returns the root-first path of a plan node, or an empty path for an unknown node. */
  load(nodeId: string): Promise<PlanNodeRecord[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) {
        setImmediate(() => void this.flush());
      }
      this.pending.set(nodeId, [...(this.pending.get(nodeId) ?? []), { resolve, reject }]);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;

    this.pending = new Map();
    try {
      const paths = await planPathsOf(this.client, [...batch.keys()]);

      for (const [nodeId, waiters] of batch) {
        // Each caller gets its own copies, so one caller's changes cannot reach another's.
        waiters.forEach((waiter) => waiter.resolve((paths.get(nodeId) ?? []).map((node) => ({ ...node }))));
      }
    } catch (error) {
      batch.forEach((waiters) => waiters.forEach((waiter) => waiter.reject(error)));
    }
  }
}
