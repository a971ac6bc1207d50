import type {
  AssessmentEventData,
  AssessmentReturnedEvent,
  AssessmentReviewedEvent,
  DistrictSubmissionEventData,
  QualityAssessedEvent,
} from '@bma-kpi/contracts-catalog';
import { NO_SCORE, type TemplateVariables } from '@bma-kpi/notification-domain';
import { toBangkokIsoDate } from '@bma-kpi/util-thai';

/** Data of a late or missing district report event that the notice reads. */
export type DistrictReportData = DistrictSubmissionEventData & { submittedAt?: string };

/** Returns a score for a `score` template variable: the number, or NO_SCORE when there is none. */
function scoreOf(score: number | string | null): string | number {
  return score === null ? NO_SCORE : score;
}

/**
 * Builds the template variables of a late or missing district report. `districtNameTh` is the
 * office name that the agency list has, so a notice names the district even when the event
 * carried only the geocode. The due date is the Bangkok date of the event's due instant.
 */
export function districtReportVariables(data: DistrictReportData, districtNameTh: string, publicBaseUrl: string): TemplateVariables {
  return {
    districtNameTh,
    itemCode: data.itemCode,
    itemNameTh: data.itemNameTh,
    fiscalYear: data.fiscalYear,
    month: data.month,
    dueDate: toBangkokIsoDate(data.dueAt),
    link: `${publicBaseUrl}/api/v1/district-catalog/fiscal-years/${data.fiscalYear}/matrix?district=${encodeURIComponent(data.district)}`,
    ...(data.submittedAt === undefined ? {} : { submittedOn: toBangkokIsoDate(data.submittedAt) }),
  };
}

/** Data of an assessment event that the notice reads: the common fields and the review's. */
export type AssessmentNoticeData = AssessmentEventData &
  Partial<Pick<AssessmentReviewedEvent['data'], 'decision'> & Pick<AssessmentReturnedEvent['data'], 'reason' | 'questionCodes'>>;

/**
 * Builds the template variables of an assessment notice. A missing reason becomes blank optional
 * text, which the template shows as "not given", and a component without a score shows `–`.
 */
export function assessmentVariables(data: AssessmentNoticeData, agencyNameTh: string, publicBaseUrl: string): TemplateVariables {
  const componentScores = data.componentScores.map((component) => `${component.code} ${component.score ?? '–'}`).join(', ');

  return {
    assessmentKind: data.kind,
    agencyNameTh,
    fiscalYear: data.fiscalYear,
    overallScore: scoreOf(data.overallScore),
    componentScores,
    submissionCount: data.submissionCount,
    reviewNote: data.reason ?? '',
    questionCodes: (data.questionCodes ?? []).join(', '),
    link: `${publicBaseUrl}/api/v1/governance/assessments/${data.assessmentId}`,
    ...(data.decision === undefined ? {} : { reviewDecision: data.decision }),
  };
}

/** Builds the template variables of a finished data quality assessment; `assessedOn` is the event's Bangkok date. */
export function qualityVariables(data: QualityAssessedEvent['data'], occurredAt: string, agencyNameTh: string, publicBaseUrl: string): TemplateVariables {
  return {
    datasetSlug: data.slug,
    agencyNameTh,
    assessedOn: toBangkokIsoDate(occurredAt),
    overallScore: scoreOf(data.scores.overall),
    completenessScore: scoreOf(data.scores.completeness),
    validityScore: scoreOf(data.scores.validity),
    uniquenessScore: scoreOf(data.scores.uniqueness),
    encodingScore: scoreOf(data.scores.encoding),
    timelinessScore: scoreOf(data.scores.timeliness),
    findingsTotal: data.findingsTotal,
    link: `${publicBaseUrl}/api/v1/catalog/datasets/${data.datasetId}/quality/assessments/${data.assessmentId}`,
  };
}
