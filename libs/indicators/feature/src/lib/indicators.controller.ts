import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type {
  AgencyResponse,
  HealthCheckResponse,
  ImportRecordResponse,
  IndicatorDetail,
  ScoringIndicator,
  ScoringIndicatorBatch,
  IndicatorSummary,
  Page,
  PlanNodeResponse,
  PlanTreeResponse,
  ProgressResponse,
} from '@bma-kpi/contracts-indicators';
import {
  AddProgressRequest,
  CreateIndicatorRequest,
  GetIndicatorRequest,
  ImportRecordRequest,
  IndicatorsSubjects,
  ListAgenciesRequest,
  ListScoringIndicatorsRequest,
  ListIndicatorsRequest,
  ListPlanNodesRequest,
  ListProgressRequest,
  PlanTreeRequest,
  UpdateIndicatorRequest,
} from '@bma-kpi/contracts-indicators';

import { IndicatorService } from './indicator.service';
import { ProgressService } from './progress.service';
import { RecordImportService } from './record-import.service';
import { ReferenceService } from './reference.service';
import { requestMetaOf } from './request-meta';

/** NATS request/reply handlers of the indicators service; validation runs in the global pipe. */
@Controller()
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly progress: ProgressService,
    private readonly imports: RecordImportService,
    private readonly reference: ReferenceService,
  ) {}

  @MessagePattern(IndicatorsSubjects.indicatorCreate)
  create(@Payload() request: CreateIndicatorRequest, @Ctx() context: unknown): Promise<IndicatorDetail> {
    return this.indicators.create(request, requestMetaOf(context));
  }

  @MessagePattern(IndicatorsSubjects.indicatorGet)
  get(@Payload() request: GetIndicatorRequest): Promise<IndicatorDetail> {
    return this.indicators.get(request.id);
  }

  @MessagePattern(IndicatorsSubjects.indicatorSummaryGet)
  getSummary(@Payload() request: GetIndicatorRequest): Promise<IndicatorSummary> {
    return this.indicators.getSummary(request.id);
  }

  @MessagePattern(IndicatorsSubjects.indicatorScoringGet)
  getScoring(@Payload() request: GetIndicatorRequest): Promise<ScoringIndicator> {
    return this.indicators.getScoring(request.id);
  }

  @MessagePattern(IndicatorsSubjects.indicatorList)
  list(@Payload() request: ListIndicatorsRequest): Promise<Page<IndicatorSummary>> {
    return this.indicators.list(request);
  }

  @MessagePattern(IndicatorsSubjects.indicatorScoringBatch)
  listScoring(@Payload() request: ListScoringIndicatorsRequest): Promise<ScoringIndicatorBatch> {
    return this.indicators.listScoring(request);
  }

  @MessagePattern(IndicatorsSubjects.indicatorUpdate)
  update(@Payload() request: UpdateIndicatorRequest, @Ctx() context: unknown): Promise<IndicatorDetail> {
    return this.indicators.update(request, requestMetaOf(context));
  }

  @MessagePattern(IndicatorsSubjects.progressAdd)
  addProgress(@Payload() request: AddProgressRequest, @Ctx() context: unknown): Promise<ProgressResponse> {
    return this.progress.add(request, requestMetaOf(context));
  }

  @MessagePattern(IndicatorsSubjects.progressList)
  listProgress(@Payload() request: ListProgressRequest): Promise<Page<ProgressResponse>> {
    return this.progress.list(request);
  }

  @MessagePattern(IndicatorsSubjects.recordImport)
  importRecord(@Payload() request: ImportRecordRequest, @Ctx() context: unknown): Promise<ImportRecordResponse> {
    return this.imports.importRecord(request, requestMetaOf(context));
  }

  @MessagePattern(IndicatorsSubjects.planTree)
  planTree(@Payload() request: PlanTreeRequest): Promise<PlanTreeResponse> {
    return this.reference.planTree(request);
  }

  @MessagePattern(IndicatorsSubjects.planNodeList)
  planNodes(@Payload() request: ListPlanNodesRequest): Promise<Page<PlanNodeResponse>> {
    return this.reference.listPlanNodes(request);
  }

  @MessagePattern(IndicatorsSubjects.agencyList)
  agencies(@Payload() request: ListAgenciesRequest): Promise<Page<AgencyResponse>> {
    return this.reference.listAgencies(request);
  }

  @MessagePattern(IndicatorsSubjects.healthCheck)
  health(): Promise<HealthCheckResponse> {
    return this.reference.health();
  }
}
