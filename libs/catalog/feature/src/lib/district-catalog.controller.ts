import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { DistrictItemListResponse, DistrictMatrixResponse, DistrictSubmissionResponse, DistrictSweepResponse } from '@bma-kpi/contracts-catalog';
import {
  CatalogSubjects,
  DistrictItemListReferenceRequest,
  DistrictMatrixRequest,
  DistrictSubmissionReferenceRequest,
  DistrictSweepRequest,
  PutDistrictItemListRequest,
  SubmitDistrictReportRequest,
} from '@bma-kpi/contracts-catalog';

import { DistrictItemService } from './district-item.service';
import { DistrictMatrixService } from './district-matrix.service';
import { DistrictSubmissionService } from './district-submission.service';
import { DistrictSweepService } from './district-sweep.service';
import { requestMetaOf } from './request-meta';

/** NATS request/reply handlers of the District Catalog. Validation runs in the global pipe. */
@Controller()
export class DistrictCatalogController {
  constructor(
    private readonly items: DistrictItemService,
    private readonly submissions: DistrictSubmissionService,
    private readonly matrix: DistrictMatrixService,
    private readonly sweeps: DistrictSweepService,
  ) {}

  @MessagePattern(CatalogSubjects.districtItemListPut)
  putItems(@Payload() request: PutDistrictItemListRequest, @Ctx() context: unknown): Promise<DistrictItemListResponse> {
    return this.items.put(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.districtItemListGet)
  getItems(@Payload() request: DistrictItemListReferenceRequest): Promise<DistrictItemListResponse> {
    return this.items.get(request.fiscalYear);
  }

  @MessagePattern(CatalogSubjects.districtSubmissionSubmit)
  submit(@Payload() request: SubmitDistrictReportRequest, @Ctx() context: unknown): Promise<DistrictSubmissionResponse> {
    return this.submissions.submit(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.districtSubmissionGet)
  getSubmission(@Payload() request: DistrictSubmissionReferenceRequest): Promise<DistrictSubmissionResponse> {
    return this.submissions.get(request);
  }

  @MessagePattern(CatalogSubjects.districtMatrixGet)
  getMatrix(@Payload() request: DistrictMatrixRequest, @Ctx() context: unknown): Promise<DistrictMatrixResponse> {
    return this.matrix.get(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.districtSweepRun)
  sweep(@Payload() request: DistrictSweepRequest, @Ctx() context: unknown): Promise<DistrictSweepResponse> {
    return this.sweeps.run(request.asOf, requestMetaOf(context));
  }
}
