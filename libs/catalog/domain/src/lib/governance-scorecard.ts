import type { AgencyScorecard, ScorecardMeasure } from '@bma-kpi/contracts-catalog';

import { validateDatasetMetadata } from './dataset-metadata.validator';
import { updateFreshness } from './update-freshness.util';

/** The stored facts about one dataset that the scorecard reads. */
export interface ScorecardDataset {
  id: string;
  slug: string;
  titleTh: string;
  agencyCode: string;
  metadata: Record<string, unknown>;
  classification: string;
  dictionaryFieldCount: number;
  lastUpdatedDate: string | null;
  updateFrequencyUnit: string | null;
  updateFrequencyInterval: number | null;
}

/** The latest version of one governance artefact of the fiscal year. */
export interface ScorecardArtefact {
  agencyCode: string;
  kind: string;
  usageScope: string | null;
  evidenceCount: number;
}

/** Artefacts every agency submits each fiscal year: a kind, or `evidenceOfUse:<scope>`. */
export const REQUIRED_ARTEFACTS = [
  'appointmentOrder',
  'databaseDevelopmentPlan',
  'catalogSubmission',
  'evidenceOfUse:internal',
  'evidenceOfUse:bma',
  'evidenceOfUse:public',
] as const;

/** Classification value of a dataset whose level has not been chosen yet. */
export const unclassifiedLevel = 'ไม่ระบุ';

function measure(count: number, total: number): ScorecardMeasure {
  return { count, total, percent: total === 0 ? null : Math.round((count * 1000) / total) / 10 };
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function artefactKey(artefact: ScorecardArtefact): string {
  return artefact.kind === 'evidenceOfUse' ? `evidenceOfUse:${artefact.usageScope ?? ''}` : artefact.kind;
}

/**
 * Builds the scorecard of one agency from its datasets and the latest versions of its artefacts
 * of the fiscal year. Update due dates are compared with `today`, a Bangkok date.
 */
export function buildAgencyScorecard(
  agencyCode: string,
  datasets: readonly ScorecardDataset[],
  artefacts: readonly ScorecardArtefact[],
  today: string,
): Omit<AgencyScorecard, 'assessments'> {
  const total = datasets.length;
  const freshness = datasets.map((dataset) => ({
    dataset,
    ...updateFreshness(dataset.lastUpdatedDate, dataset.updateFrequencyUnit, dataset.updateFrequencyInterval, today),
  }));
  const assessed = freshness.filter((entry) => entry.status !== 'notAssessed');
  const stale = assessed.filter((entry) => entry.status === 'stale');
  const submitted = new Set(artefacts.filter((artefact) => artefact.evidenceCount > 0).map(artefactKey));
  const missingArtefacts = REQUIRED_ARTEFACTS.filter((key) => !submitted.has(key));

  return {
    agencyCode,
    datasets: total,
    metadataComplete: measure(datasets.filter((dataset) => validateDatasetMetadata(dataset.metadata).length === 0).length, total),
    withDictionary: measure(datasets.filter((dataset) => dataset.dictionaryFieldCount > 0).length, total),
    classified: measure(datasets.filter((dataset) => dataset.classification !== unclassifiedLevel).length, total),
    owned: measure(datasets.filter((dataset) => hasText(dataset.metadata.maintainer) && hasText(dataset.metadata.maintainer_email)).length, total),
    updatedOnTime: measure(assessed.length - stale.length, assessed.length),
    artefacts: measure(REQUIRED_ARTEFACTS.length - missingArtefacts.length, REQUIRED_ARTEFACTS.length),
    missingArtefacts,
    staleDatasets: stale
      .map(({ dataset, dueDate }) => ({ id: dataset.id, slug: dataset.slug, titleTh: dataset.titleTh, lastUpdatedDate: dataset.lastUpdatedDate, dueDate }))
      .sort((left, right) => (left.dueDate ?? '').localeCompare(right.dueDate ?? '')),
  };
}
