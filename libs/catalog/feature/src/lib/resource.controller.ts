import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { DatasetDetail, ResourceResponse } from '@bma-kpi/contracts-catalog';
import { AddResourceRequest, CatalogSubjects, ResourceReferenceRequest, UpdateResourceRequest } from '@bma-kpi/contracts-catalog';

import { requestMetaOf } from './request-meta';
import { ResourceService } from './resource.service';

/** NATS handlers of dataset resources (distributions). */
@Controller()
export class ResourceController {
  constructor(private readonly resources: ResourceService) {}

  @MessagePattern(CatalogSubjects.resourceAdd)
  add(@Payload() request: AddResourceRequest, @Ctx() context: unknown): Promise<DatasetDetail> {
    return this.resources.add(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.resourceUpdate)
  update(@Payload() request: UpdateResourceRequest, @Ctx() context: unknown): Promise<DatasetDetail> {
    return this.resources.update(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.resourceRemove)
  remove(@Payload() request: ResourceReferenceRequest, @Ctx() context: unknown): Promise<DatasetDetail> {
    return this.resources.remove(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.resourceGet)
  get(@Payload() request: ResourceReferenceRequest): Promise<ResourceResponse> {
    return this.resources.get(request);
  }
}
