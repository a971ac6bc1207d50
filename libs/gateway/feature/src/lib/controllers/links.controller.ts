import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';

import type { DatasetIndicatorLink, DatasetIndicatorsResponse, IndicatorDatasetsResponse } from '@bma-kpi/contracts-catalog';
import { CatalogSubjects, LinkIndicatorRequest, ListIndicatorDatasetsRequest } from '@bma-kpi/contracts-catalog';
import { ValidationFailedException } from '@bma-kpi/errors';

import { CatalogClient } from '../clients/catalog.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  datasetIndicatorLinkSchema,
  datasetIndicatorsSchema,
  indicatorDatasetsSchema,
  linkIndicatorBodySchema,
} from '../openapi/link.schemas';
import { Access, ownerOf } from '../auth/access.decorator';

/** Body of POST /catalog/datasets/{id}/indicators: the link request without the dataset, which is in the path. */
export class LinkIndicatorBody extends OmitType(LinkIndicatorRequest, ['idOrSlug'] as const) {}

/** Query of GET /indicators/{id}/datasets. */
export class ListIndicatorDatasetsQuery extends OmitType(ListIndicatorDatasetsRequest, ['indicatorId'] as const) {}

/** Validates a UUID path parameter and reports a malformed one as a field error of that parameter. */
function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new ValidationFailedException([
        { field, rule: 'isUuid', messageEn: `${field} must be a UUID`, messageTh: `${field} ต้องเป็น UUID` },
      ]),
  });
}

const datasetParam = ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL ของชุดข้อมูล / Dataset UUID or slug' });

/**
 * Links between datasets (or their dictionary fields) and indicators: the KPIs that depend on a
 * dataset, and the data behind a KPI.
 */
@ApiTags('links')
@Controller('v1')
export class LinksController {
  constructor(private readonly catalog: CatalogClient) {}

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Post('catalog/datasets/:id/indicators')
  @ApiOperation({
    summary: 'เชื่อมชุดข้อมูลกับตัวชี้วัด / Link a dataset to an indicator',
    description:
      'ตรวจกับบริการตัวชี้วัดว่ามีตัวชี้วัดนี้ และตรวจว่ามีฟิลด์ในพจนานุกรมข้อมูล / ' +
      'Checks with the indicators service that the indicator exists, and that the field is in the data dictionary.',
  })
  @datasetParam
  @ApiBody({ schema: linkIndicatorBodySchema })
  @ApiResponse({ status: 201, description: 'เชื่อมแล้ว / Linked', schema: datasetIndicatorLinkSchema })
  @ApiProblems(400, 404, 409, 422)
  link(@Param('id') id: string, @Body() body: LinkIndicatorBody): Promise<DatasetIndicatorLink> {
    return this.catalog.request(CatalogSubjects.linkCreate, { ...body, idOrSlug: id });
  }

  @Access('read')
  @Get('catalog/datasets/:id/indicators')
  @ApiOperation({
    summary: 'ตัวชี้วัดที่ใช้ชุดข้อมูลนี้ / Indicators that depend on a dataset',
    description:
      'เมื่อบริการตัวชี้วัดไม่ตอบ ยังคืนรายการเชื่อมโยงโดยมี indicatorStatus เป็น unavailable / ' +
      'When the indicators service does not reply, the links still come back with indicatorStatus unavailable.',
  })
  @datasetParam
  @ApiOkResponse({ schema: datasetIndicatorsSchema })
  @ApiProblems(400, 404)
  listByDataset(@Param('id') id: string): Promise<DatasetIndicatorsResponse> {
    return this.catalog.request(CatalogSubjects.linkListByDataset, { idOrSlug: id });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Delete('catalog/datasets/:id/indicators/:linkId')
  @HttpCode(204)
  @ApiOperation({ summary: 'ยกเลิกการเชื่อมโยง / Remove a link' })
  @datasetParam
  @ApiParam({ name: 'linkId', format: 'uuid', description: 'รหัสการเชื่อมโยง / Link id' })
  @ApiNoContentResponse({ description: 'ลบแล้ว / Removed' })
  @ApiProblems(400, 404)
  async unlink(@Param('id') id: string, @Param('linkId', uuidParam('linkId')) linkId: string): Promise<void> {
    await this.catalog.request(CatalogSubjects.linkDelete, { idOrSlug: id, linkId });
  }

  @Access('read')
  @Get('indicators/:id/datasets')
  @ApiTags('indicators')
  @ApiOperation({
    summary: 'ชุดข้อมูลที่อยู่เบื้องหลังตัวชี้วัด / Datasets behind an indicator',
    description:
      'แต่ละรายการมีหมวดหมู่และชั้นความลับของชุดข้อมูล ใช้ publicOnly=true เพื่อรับเฉพาะข้อมูลสาธารณะ / ' +
      "Each item carries the dataset's category and classification; publicOnly=true returns public data only.",
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'รหัสตัวชี้วัด / Indicator id' })
  @ApiQuery({ name: 'publicOnly', required: false, type: Boolean, description: 'เฉพาะข้อมูลสาธารณะ / Public data only' })
  @ApiOkResponse({ schema: indicatorDatasetsSchema })
  @ApiProblems(400, 404)
  listByIndicator(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ListIndicatorDatasetsQuery,
  ): Promise<IndicatorDatasetsResponse> {
    return this.catalog.request(CatalogSubjects.linkListByIndicator, { ...query, indicatorId: id });
  }
}
