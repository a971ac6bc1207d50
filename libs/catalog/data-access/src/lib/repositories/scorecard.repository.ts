import type { ScorecardArtefact, ScorecardDataset } from '@bma-kpi/catalog-domain';
import type { PrismaClient } from '../../generated/prisma/client';

/** Reads the facts that the governance scorecard counts, for one agency or for all of them. */
export class ScorecardRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Returns every dataset of the agency (or of all agencies) with its number of dictionary fields. */
  async datasets(agencyCode?: string): Promise<ScorecardDataset[]> {
    const rows = await this.prisma.dataset.findMany({
      where: agencyCode === undefined ? {} : { agencyCode },
      select: {
        id: true,
        slug: true,
        titleTh: true,
        agencyCode: true,
        metadata: true,
        classification: true,
        lastUpdatedDate: true,
        updateFrequencyUnit: true,
        updateFrequencyInterval: true,
        _count: { select: { fields: true } },
      },
      orderBy: [{ agencyCode: 'asc' }, { sortKey: 'asc' }],
    });

    return rows.map(({ _count: counts, lastUpdatedDate, metadata, ...row }) => ({
      ...row,
      metadata: typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? metadata : {},
      lastUpdatedDate: lastUpdatedDate === null ? null : lastUpdatedDate.toISOString().slice(0, 10),
      dictionaryFieldCount: counts.fields,
    }));
  }

  /** Returns the latest version of each artefact of the fiscal year (BE) with its number of evidence files. */
  async latestArtefacts(fiscalYear: number, agencyCode?: string): Promise<ScorecardArtefact[]> {
    const rows = await this.prisma.governanceArtefact.findMany({
      where: { fiscalYear, supersededBy: null, ...(agencyCode === undefined ? {} : { agencyCode }) },
      select: { agencyCode: true, kind: true, usageScope: true, _count: { select: { evidence: true } } },
    });

    return rows.map(({ _count: counts, ...row }) => ({ ...row, evidenceCount: counts.evidence }));
  }
}
