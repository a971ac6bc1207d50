import { Injectable } from '@nestjs/common';

import type { GetScorecardRequest, GovernanceScorecard } from '@bma-kpi/contracts-catalog';
import { ScorecardRepository } from '@bma-kpi/catalog-data-access';
import { buildAgencyScorecard, type ScorecardArtefact, type ScorecardDataset } from '@bma-kpi/catalog-domain';
import { fiscalYearOf, toBangkokIsoDate } from '@bma-kpi/util-thai';

function groupByAgency<T extends { agencyCode: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();

  for (const row of rows) {
    groups.set(row.agencyCode, [...(groups.get(row.agencyCode) ?? []), row]);
  }

  return groups;
}

/** Builds the governance scorecard of one agency or of every agency. */
@Injectable()
export class ScorecardService {
  constructor(private readonly scorecards: ScorecardRepository) {}

  /**
   * Counts the measures of each agency on today's Bangkok date. Without an agency, every agency
   * with datasets or artefacts of the fiscal year gets a card, without its list of stale datasets
   * so that the reply stays small.
   */
  async get(request: GetScorecardRequest, now: Date = new Date()): Promise<GovernanceScorecard> {
    const fiscalYear = request.fiscalYear ?? fiscalYearOf(now);
    const today = toBangkokIsoDate(now);
    const [datasets, artefacts] = await Promise.all([
      this.scorecards.datasets(request.agency),
      this.scorecards.latestArtefacts(fiscalYear, request.agency),
    ]);
    const datasetsByAgency = groupByAgency<ScorecardDataset>(datasets);
    const artefactsByAgency = groupByAgency<ScorecardArtefact>(artefacts);
    const agencyCodes =
      request.agency === undefined ? [...new Set([...datasetsByAgency.keys(), ...artefactsByAgency.keys()])].sort() : [request.agency];
    const agencies = agencyCodes.map((agencyCode) => {
      const card = buildAgencyScorecard(agencyCode, datasetsByAgency.get(agencyCode) ?? [], artefactsByAgency.get(agencyCode) ?? [], today);

      return request.agency === undefined ? { ...card, staleDatasets: [] } : card;
    });

    return { fiscalYear, asOf: today, agencies };
  }
}
