import { Injectable } from '@nestjs/common';

import type { GetScorecardRequest, GovernanceScorecard } from '@bma-kpi/contracts-catalog';
import { AssessmentRepository, QualityRepository, ScorecardRepository } from '@bma-kpi/catalog-data-access';
import {
  buildAgencyScorecard,
  buildAssessmentScores,
  type ScorecardArtefact,
  type ScorecardAssessment,
  type ScorecardDataset,
  type ScorecardQuality,
} from '@bma-kpi/catalog-domain';
import { fiscalYearOf, toBangkokIsoDate } from '@bma-kpi/util-thai';

import { fiscalYearInstants } from './fiscal-year-instants.util';

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
  constructor(
    private readonly scorecards: ScorecardRepository,
    private readonly assessments: AssessmentRepository,
    private readonly quality: QualityRepository,
  ) {}

  /**
   * Counts the measures of each agency on today's Bangkok date. Without an agency, every agency
   * with datasets, artefacts or accepted assessments of the fiscal year gets a card, without its
   * list of stale datasets so that the reply stays small. Data quality counts each dataset's latest
   * assessment finished in the fiscal year, Bangkok time.
   */
  async get(request: GetScorecardRequest, now: Date = new Date()): Promise<GovernanceScorecard> {
    const fiscalYear = request.fiscalYear ?? fiscalYearOf(now);
    const today = toBangkokIsoDate(now);
    const [datasets, artefacts, assessments, qualityMeans] = await Promise.all([
      this.scorecards.datasets(request.agency),
      this.scorecards.latestArtefacts(fiscalYear, request.agency),
      this.assessments.acceptedScores(fiscalYear, request.agency),
      this.qualityMeans(fiscalYear, request.agency),
    ]);
    const datasetsByAgency = groupByAgency<ScorecardDataset>(datasets);
    const artefactsByAgency = groupByAgency<ScorecardArtefact>(artefacts);
    const assessmentsByAgency = groupByAgency<ScorecardAssessment>(assessments);
    const qualityByAgency = new Map<string, ScorecardQuality>(qualityMeans.map((row) => [row.agencyCode, row]));
    const agencyCodes =
      request.agency === undefined
        ? [...new Set([...datasetsByAgency.keys(), ...artefactsByAgency.keys(), ...assessmentsByAgency.keys()])].sort()
        : [request.agency];
    const agencies = agencyCodes.map((agencyCode) => {
      const agencyDatasets = datasetsByAgency.get(agencyCode) ?? [];
      const card = {
        ...buildAgencyScorecard(agencyCode, agencyDatasets, artefactsByAgency.get(agencyCode) ?? [], today),
        assessments: buildAssessmentScores(
          assessmentsByAgency.get(agencyCode) ?? [],
          agencyDatasets.length,
          qualityByAgency.get(agencyCode) ?? null,
        ),
      };

      return request.agency === undefined ? { ...card, staleDatasets: [] } : card;
    });

    return { fiscalYear, asOf: today, agencies };
  }

  private async qualityMeans(fiscalYear: number, agency?: string): Promise<ScorecardQuality[]> {
    const range = fiscalYearInstants(fiscalYear);

    return range === null ? [] : this.quality.agencyMeans(range, agency);
  }
}
