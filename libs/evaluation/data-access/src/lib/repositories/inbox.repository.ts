import { InboxStore } from '@bma-kpi/database';

import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { runInTransaction } from '../evaluation-client';

/**
 * The evaluation service's inbox of handled event ids; see InboxStore. Its work runs in a
 * transaction of the evaluation database.
 */
export class InboxRepository extends InboxStore<Prisma.TransactionClient> {
  constructor(prisma: PrismaClient) {
    super((work) => runInTransaction(prisma, work), prisma);
  }
}
