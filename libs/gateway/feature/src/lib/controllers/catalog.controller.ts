import type { Request, Response } from 'express';
import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
  OmitType,
} from '@nestjs/swagger';

import type {
  CatalogPage,
  CkanPackageResponse,
  DatasetDetail,
  DatasetSummary,
  DictionaryResponse,
} from '@bma-kpi/contracts-catalog';
import {
  CatalogSubjects,
  CLASSIFICATION_LEVELS,
  choiceValues,
  CreateDatasetRequest,
  DATA_CATEGORIES,
  DATASET_TYPES,
  ExportCatalogRequest,
  ListDatasetsRequest,
  ReplaceDictionaryRequest,
} from '@bma-kpi/contracts-catalog';

import { CatalogClient } from '../clients/catalog.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ckanPackageSchema, datasetDetailSchema, datasetPageSchema, dcatCatalogSchema, dictionarySchema } from '../openapi/catalog.schemas';
import { streamDcatCatalog } from './dcat-stream';
import { readDictionaryCsv } from './dictionary-csv-input';
import { Access, fieldOf, ownerOf } from '../auth/access.decorator';
import { publicOnlyOrRead } from '../auth/permission-choices';

/** Body of PUT /catalog/datasets/{id}/dictionary: the replace request without the dataset, which is in the path. */
export class ReplaceDictionaryBody extends OmitType(ReplaceDictionaryRequest, ['datasetName', 'resourceId'] as const) {}

/** Query of GET /catalog/catalog.jsonld: the export request without the catalog IRI and paging, which the gateway sets. */
export class ExportCatalogQuery extends OmitType(ExportCatalogRequest, ['catalogUri', 'afterSlug', 'limit'] as const) {}

/** Query of the public dataset list: the list filters without `publicOnly`, which the route sets. */
export class ListPublicDatasetsQuery extends OmitType(ListDatasetsRequest, ['publicOnly'] as const) {}

const listQueries = [
  ApiQuery({ name: 'agency', required: false, description: 'หน่วยงานเจ้าของ (owner_org) / Owner organisation' }),
  ApiQuery({ name: 'type', required: false, enum: choiceValues(DATASET_TYPES), description: 'ประเภทชุดข้อมูล / Dataset type' }),
  ApiQuery({ name: 'category', required: false, enum: choiceValues(DATA_CATEGORIES), description: 'หมวดหมู่ข้อมูล / Data category' }),
  ApiQuery({
    name: 'classification',
    required: false,
    enum: choiceValues(CLASSIFICATION_LEVELS),
    description: 'ชั้นความลับ / Classification',
  }),
  ApiQuery({ name: 'tag', required: false, description: 'คำสำคัญหนึ่งคำ / One keyword' }),
  ApiQuery({
    name: 'q',
    required: false,
    description:
      'ค้นหาจากชื่อ คำอธิบาย หรือคำสำคัญ ตัดคำภาษาไทย เรียงตามความเกี่ยวข้อง ถ้าไม่พบทุกคำจะค้นชื่อที่ใกล้เคียง / ' +
      'Search title, description or keywords; Thai words are segmented, results sorted by relevance, with similar titles when no dataset has every word',
  }),
  ApiQuery({
    name: 'withMetadata',
    required: false,
    type: Boolean,
    description: 'รวมเมทาดาตา thai_gdc ของแต่ละชุดข้อมูล / Include each dataset\'s thai_gdc metadata',
  }),
  ApiQuery({ name: 'page', required: false, description: 'หน้าที่ (เริ่ม 1) / Page, from 1' }),
  ApiQuery({ name: 'pageSize', required: false, description: 'จำนวนต่อหน้า (สูงสุด 200) / Page size, max 200' }),
];

/** Data catalog (บัญชีข้อมูล): datasets with thai_gdc metadata, data dictionaries, CKAN and DCAT exports. */
@ApiTags('catalog')
@Controller('v1/catalog')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('read')
  @Get('datasets')
  @ApiOperation({ summary: 'รายการชุดข้อมูล / List datasets' })
  @applyDecorators(...listQueries)
  @ApiQuery({ name: 'publicOnly', required: false, type: Boolean, description: 'เฉพาะข้อมูลสาธารณะ / Public data only' })
  @ApiOkResponse({ schema: datasetPageSchema })
  @ApiProblems(400)
  list(@Query() query: ListDatasetsRequest): Promise<CatalogPage<DatasetSummary>> {
    return this.catalog.request(CatalogSubjects.datasetList, query);
  }

  @Access('read')
  @Get('datasets/:idOrSlug')
  @ApiOperation({ summary: 'ชุดข้อมูลพร้อมเมทาดาตาและพจนานุกรมข้อมูล / One dataset with metadata and dictionary' })
  @ApiParam({ name: 'idOrSlug', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiOkResponse({ schema: datasetDetailSchema })
  @ApiProblems(400, 404)
  get(@Param('idOrSlug') idOrSlug: string): Promise<DatasetDetail> {
    return this.catalog.request(CatalogSubjects.datasetGet, { idOrSlug });
  }

  @Access('agency.write', { agency: fieldOf('body', 'owner_org') })
  @Post('datasets')
  @ApiOperation({ summary: 'สร้างชุดข้อมูล / Create a dataset', description: 'ตรวจเมทาดาตาตามแบบ thai_gdc / Validates thai_gdc metadata' })
  @ApiResponse({ status: 201, description: 'สร้างแล้ว / Created', schema: datasetDetailSchema })
  @ApiProblems(400, 409)
  @ApiBody({ schema: { $ref: '#/components/schemas/CreateDatasetRequest' } })
  create(@Body() body: CreateDatasetRequest): Promise<DatasetDetail> {
    return this.catalog.request(CatalogSubjects.datasetCreate, body);
  }

  @Access('read')
  @Get('datasets/:id/dictionary')
  @ApiOperation({ summary: 'พจนานุกรมข้อมูล / Data dictionary of a dataset' })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiOkResponse({ schema: dictionarySchema })
  @ApiProblems(400, 404)
  getDictionary(@Param('id') id: string): Promise<DictionaryResponse> {
    return this.catalog.request(CatalogSubjects.dictionaryGet, { idOrSlug: id });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Put('datasets/:id/dictionary')
  @ApiOperation({ summary: 'แทนที่พจนานุกรมข้อมูล / Replace the data dictionary' })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiOkResponse({ schema: dictionarySchema })
  @ApiProblems(400, 404)
  @ApiBody({ schema: { $ref: '#/components/schemas/ReplaceDictionaryBody' } })
  replaceDictionary(@Param('id') id: string, @Body() body: ReplaceDictionaryBody): Promise<DictionaryResponse> {
    return this.catalog.request(CatalogSubjects.dictionaryReplace, { ...body, datasetName: id });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Post('datasets/:id/dictionary/csv')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    summary: 'นำเข้าพจนานุกรมข้อมูลจาก CSV / Import the data dictionary from CSV',
    description:
      'แทนที่พจนานุกรมข้อมูลด้วยแถวในไฟล์ CSV (หัวตารางภาษาไทยหรืออังกฤษ) แถวที่ผิดทำให้ไม่บันทึกทั้งไฟล์ / ' +
      'Replaces the dictionary with the rows of a CSV file with Thai or English headers; any row error rejects the whole file.',
  })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiConsumes('text/csv', 'text/plain', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', example: 'ฟิลด์,ประเภท,ป้ายกำกับ\ndistrict_code,text,รหัสเขต\n' },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
      ],
    },
  })
  @ApiOkResponse({ schema: dictionarySchema })
  @ApiProblems(400, 404, 413, 415, 422)
  importDictionaryCsv(
    @Param('id') id: string,
    @Req() req: Request,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<DictionaryResponse> {
    return this.catalog.request(CatalogSubjects.dictionaryImportCsv, { idOrSlug: id, csv: readDictionaryCsv(req, file) });
  }

  @Access('read')
  @Get('datasets/:id/dictionary.csv')
  @ApiOperation({ summary: 'ส่งออกพจนานุกรมข้อมูลเป็น CSV / Export the data dictionary as CSV' })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV แบบ UTF-8 หัวตารางภาษาไทย / UTF-8 CSV with Thai headers', schema: { type: 'string' } })
  @ApiProblems(400, 404)
  async exportDictionaryCsv(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const exported = await this.catalog.request(CatalogSubjects.dictionaryExportCsv, { idOrSlug: id });

    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${exported.fileName}"`);

    return exported.csv;
  }

  @Access('read')
  @Get('datasets/:id/ckan')
  @ApiOperation({ summary: 'ส่งออกเป็นแพ็กเกจ CKAN / Export as a CKAN package dict' })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiOkResponse({ schema: ckanPackageSchema })
  @ApiProblems(400, 404)
  exportCkan(@Param('id') id: string): Promise<CkanPackageResponse> {
    return this.catalog.request(CatalogSubjects.datasetExportCkan, { idOrSlug: id });
  }

  @Access(publicOnlyOrRead)
  @Get('catalog.jsonld')
  @ApiOperation({
    summary: 'บัญชีข้อมูลแบบ DCAT JSON-LD / The catalog as DCAT-AP JSON-LD',
    description:
      'ส่งทีละส่วนตามลำดับชื่อ URL จึงส่งบัญชีขนาดใหญ่ได้ / Streamed page by page in slug order, so a large catalog never passes the message size limit',
  })
  @ApiQuery({ name: 'publicOnly', required: false, type: Boolean, description: 'เฉพาะข้อมูลสาธารณะ / Public data only' })
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ schema: dcatCatalogSchema })
  @ApiProblems(400)
  async exportDcat(@Res() res: Response, @Query() query: ExportCatalogQuery): Promise<void> {
    // Dataset IRIs are `<catalog>/datasets/<slug>`, so under this base they resolve to the dataset routes.
    const catalogUri = `${this.options.publicBaseUrl}/api/v1/catalog${query.publicOnly === true ? '/public' : ''}`;

    await streamDcatCatalog(res, (afterSlug) =>
      this.catalog.request(CatalogSubjects.catalogExportDcat, { publicOnly: query.publicOnly, catalogUri, afterSlug }),
    );
  }

  @Access('public')
  @Get('public/datasets')
  @ApiOperation({ summary: 'รายการชุดข้อมูลสาธารณะ / List public datasets' })
  @applyDecorators(...listQueries)
  @ApiOkResponse({ schema: datasetPageSchema })
  @ApiProblems(400)
  listPublic(@Query() query: ListPublicDatasetsQuery): Promise<CatalogPage<DatasetSummary>> {
    return this.catalog.request(CatalogSubjects.datasetList, { ...query, publicOnly: true });
  }

  @Access('public')
  @Get('public/datasets/:idOrSlug')
  @ApiOperation({ summary: 'ชุดข้อมูลสาธารณะ / One public dataset' })
  @ApiParam({ name: 'idOrSlug', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiOkResponse({ schema: datasetDetailSchema })
  @ApiProblems(400, 404)
  getPublic(@Param('idOrSlug') idOrSlug: string): Promise<DatasetDetail> {
    return this.catalog.request(CatalogSubjects.datasetGet, { idOrSlug, publicOnly: true });
  }
}
