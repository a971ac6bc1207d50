import type {
  CreateIndicatorRequest,
  GetIndicatorRequest,
  ListScoringIndicatorsRequest,
  ListIndicatorsRequest,
  UpdateIndicatorRequest,
} from './indicator.request';
import type {
  AgencyResponse,
  HealthCheckResponse,
  ImportRecordResponse,
  IndicatorDetail,
  IndicatorSummary,
  PlanNodeResponse,
  PlanTreeResponse,
  ProgressResponse,
  ScoringIndicator,
  ScoringIndicatorBatch,
} from './indicators.responses';
import { IndicatorsSubjects } from './indicators.subjects';
import type { Page } from './paging.request';
import type { ExportProgressRequest } from './progress-export.request';
import type { ProgressExportItem } from './progress-export.responses';
import type { AddProgressRequest, ListProgressRequest } from './progress.request';
import type { ImportRecordRequest } from './record-import.request';
import type {
  HealthCheckRequest,
  ListAgenciesRequest,
  ListPlanNodesRequest,
  PlanTreeRequest,
} from './reference.request';

/** Request and response type of every indicators subject, for a type-checked client. */
export interface IndicatorsMessages {
  [IndicatorsSubjects.indicatorCreate]: { request: CreateIndicatorRequest; response: IndicatorDetail };
  [IndicatorsSubjects.indicatorGet]: { request: GetIndicatorRequest; response: IndicatorDetail };
  [IndicatorsSubjects.indicatorSummaryGet]: { request: GetIndicatorRequest; response: IndicatorSummary };
  [IndicatorsSubjects.indicatorScoringGet]: { request: GetIndicatorRequest; response: ScoringIndicator };
  [IndicatorsSubjects.indicatorList]: { request: ListIndicatorsRequest; response: Page<IndicatorSummary> };
  [IndicatorsSubjects.indicatorScoringBatch]: { request: ListScoringIndicatorsRequest; response: ScoringIndicatorBatch };
  [IndicatorsSubjects.indicatorUpdate]: { request: UpdateIndicatorRequest; response: IndicatorDetail };
  [IndicatorsSubjects.progressAdd]: { request: AddProgressRequest; response: ProgressResponse };
  [IndicatorsSubjects.progressList]: { request: ListProgressRequest; response: Page<ProgressResponse> };
  [IndicatorsSubjects.progressExport]: { request: ExportProgressRequest; response: Page<ProgressExportItem> };
  [IndicatorsSubjects.recordImport]: { request: ImportRecordRequest; response: ImportRecordResponse };
  [IndicatorsSubjects.planTree]: { request: PlanTreeRequest; response: PlanTreeResponse };
  [IndicatorsSubjects.planNodeList]: { request: ListPlanNodesRequest; response: Page<PlanNodeResponse> };
  [IndicatorsSubjects.agencyList]: { request: ListAgenciesRequest; response: Page<AgencyResponse> };
  [IndicatorsSubjects.healthCheck]: { request: HealthCheckRequest; response: HealthCheckResponse };
}
