import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type {
  DatasetIndicatorLink,
  DatasetIndicatorsResponse,
  IndicatorDatasetsResponse,
  IndicatorLinkResponse,
} from '@bma-kpi/contracts-catalog';
import {
  CatalogSubjects,
  DatasetReferenceRequest,
  LinkIndicatorRequest,
  ListIndicatorDatasetsRequest,
  UnlinkIndicatorRequest,
} from '@bma-kpi/contracts-catalog';

import { LinkService } from './link.service';
import { requestMetaOf } from './request-meta';

/** Request handlers of the links between datasets and indicators. Validation runs in the global pipe. */
@Controller()
export class LinkController {
  constructor(private readonly links: LinkService) {}

  @MessagePattern(CatalogSubjects.linkCreate)
  link(@Payload() request: LinkIndicatorRequest, @Ctx() context: unknown): Promise<DatasetIndicatorLink> {
    return this.links.link(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.linkDelete)
  unlink(@Payload() request: UnlinkIndicatorRequest, @Ctx() context: unknown): Promise<IndicatorLinkResponse> {
    return this.links.unlink(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.linkListByDataset)
  listByDataset(
    @Payload() request: DatasetReferenceRequest,
    @Ctx() context: unknown,
  ): Promise<DatasetIndicatorsResponse> {
    return this.links.listByDataset(request.idOrSlug, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.linkListByIndicator)
  listByIndicator(
    @Payload() request: ListIndicatorDatasetsRequest,
    @Ctx() context: unknown,
  ): Promise<IndicatorDatasetsResponse> {
    return this.links.listByIndicator(request, requestMetaOf(context));
  }
}
