import { ANY, type NotificationAudience, type NotificationKind, type RoutingRecipient, resolveLanguage } from '@bma-kpi/notification-domain';

import type { NotificationClient } from '../notification-client';

/** Audiences that hear of every agency, so their members are candidates whatever the agency. */
const CROSS_AGENCY_AUDIENCES: NotificationAudience[] = ['evaluator', 'integration'];

const AGENCY_AUDIENCES: NotificationAudience[] = ['agency', 'agencyHead'];

/** Reads the recipients that may get a notice, with what routing needs of each. */
export class RecipientRoutingRepository {
  constructor(private readonly prisma: NotificationClient) {}

  /**
   * Returns every recipient that could be addressed by a notice of this kind about this agency:
   * members of the agency, members of the cross-agency audiences, and anyone with a matching
   * subscription or an active webhook endpoint. routeNotice makes the final choice.
   */
  async candidates(kind: NotificationKind, agencyCode: string | null): Promise<RoutingRecipient[]> {
    const agencies = agencyCode === null ? [ANY] : [agencyCode, ANY];
    const rows = await this.prisma.recipient.findMany({
      where: {
        OR: [
          // A notice about no one agency reaches the agency audiences of every agency.
          agencyCode === null ? { audiences: { hasSome: AGENCY_AUDIENCES } } : { agencyCode },
          { audiences: { hasSome: CROSS_AGENCY_AUDIENCES } },
          { subscriptions: { some: { kind: { in: [kind, ANY] }, agencyCode: { in: agencies } } } },
          { webhooks: { some: { active: true } } },
        ],
      },
      include: {
        subscriptions: { select: { agencyCode: true, kind: true, channel: true } },
        webhooks: { select: { id: true, kinds: true, agencyCodes: true, active: true } },
      },
      orderBy: { id: 'asc' },
    });

    return rows.map((row) => ({
      id: row.id,
      type: row.type === 'client' ? 'client' : 'user',
      agencyCode: row.agencyCode,
      audiences: row.audiences as NotificationAudience[],
      email: row.email,
      language: resolveLanguage(row.language),
      dailyDigest: row.dailyDigest,
      mutedKinds: row.mutedKinds as RoutingRecipient['mutedKinds'],
      subscriptions: row.subscriptions,
      webhooks: row.webhooks,
    }));
  }
}
