import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type {
  AgencyQualityRollupResponse,
  QualityAssessmentResponse,
  QualityFindingsResponse,
  QualityHistoryResponse,
  QualityReportResponse,
} from '@bma-kpi/contracts-catalog';
import {
  AgencyQualityRequest,
  CatalogSubjects,
  LatestQualityRequest,
  QualityAssessmentReferenceRequest,
  QualityFindingsRequest,
  QualityHistoryRequest,
  StartQualityAssessmentRequest,
} from '@bma-kpi/contracts-catalog';

import { QualityService } from './quality.service';
import { requestMetaOf } from './request-meta';

/** NATS handlers of data quality assessments. */
@Controller()
export class QualityController {
  constructor(private readonly quality: QualityService) {}

  @MessagePattern(CatalogSubjects.qualityStart)
  start(@Payload() request: StartQualityAssessmentRequest, @Ctx() context: unknown): Promise<QualityAssessmentResponse> {
    return this.quality.start(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.qualityGet)
  get(@Payload() request: QualityAssessmentReferenceRequest): Promise<QualityAssessmentResponse> {
    return this.quality.get(request);
  }

  @MessagePattern(CatalogSubjects.qualityLatest)
  latest(@Payload() request: LatestQualityRequest): Promise<QualityAssessmentResponse> {
    return this.quality.latest(request);
  }

  @MessagePattern(CatalogSubjects.qualityHistory)
  history(@Payload() request: QualityHistoryRequest): Promise<QualityHistoryResponse> {
    return this.quality.history(request);
  }

  @MessagePattern(CatalogSubjects.qualityFindings)
  findings(@Payload() request: QualityFindingsRequest): Promise<QualityFindingsResponse> {
    return this.quality.findings(request);
  }

  @MessagePattern(CatalogSubjects.qualityReport)
  report(@Payload() request: QualityAssessmentReferenceRequest): Promise<QualityReportResponse> {
    return this.quality.report(request);
  }

  @MessagePattern(CatalogSubjects.qualityAgencies)
  agencies(@Payload() request: AgencyQualityRequest): Promise<AgencyQualityRollupResponse> {
    return this.quality.agencies(request);
  }
}
