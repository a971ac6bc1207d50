import { writeTransactionOptions } from '@bma-kpi/database';

import type { Prisma, PrismaClient } from '../generated/prisma/client';

/**
 * The Prisma client that a repository works on: the service's client, or the transaction client
 * that InboxRepository.handleOnce passes to its work, so that the repository's writes commit
 * together with the inbox row.
 */
export type NotificationClient = PrismaClient | Prisma.TransactionClient;

/**
 * Runs `work` in a new write transaction, or directly in the caller's transaction when `client`
 * is already a transaction client.
 */
export async function runInTransaction<T>(
  client: NotificationClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  // Prisma 7.10 transaction clients lack $connect (checked at runtime). They do have a
  // $transaction, but a nested call from inside an interactive transaction failed in the
  // integration tests with "Transaction already closed".
  if ('$connect' in client) {
    return client.$transaction(work, writeTransactionOptions);
  }

  return work(client);
}
