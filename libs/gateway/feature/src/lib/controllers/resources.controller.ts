import { randomUUID } from 'node:crypto';

import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type { DatasetDetail, DictionaryResponse, ResourceResponse } from '@bma-kpi/contracts-catalog';
import { AddResourceRequest, CatalogErrorCode, CatalogSubjects, ResourceReferenceRequest, UpdateResourceRequest } from '@bma-kpi/contracts-catalog';
import { DomainException } from '@bma-kpi/errors';

import { CatalogClient } from '../clients/catalog.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { datasetDetailSchema, dictionarySchema } from '../openapi/catalog.schemas';
import { ReplaceDictionaryBody } from './catalog.controller';
import { readDictionaryCsv } from './dictionary-csv-input';
import { RESOURCE_UPLOAD } from './evidence-content-type';
import { sendStoredFile } from './evidence-download';
import { receiveEvidenceUpload } from './evidence-upload';
import { Access, ownerOf } from '../auth/access.decorator';

/** Body of POST /catalog/datasets/{id}/resources: a link resource, without the fields that the path and the upload route set. */
export class AddResourceBody extends OmitType(AddResourceRequest, ['idOrSlug', 'resourceId', 'file'] as const) {}

/** Body of PUT /catalog/datasets/{id}/resources/{resourceId}. */
export class UpdateResourceBody extends OmitType(UpdateResourceRequest, ['idOrSlug', 'resourceId'] as const) {}

/** Query of DELETE /catalog/datasets/{id}/resources/{resourceId}. */
export class RemoveResourceQuery extends OmitType(ResourceReferenceRequest, ['idOrSlug', 'resourceId', 'publicOnly'] as const) {}

const idParam = ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL ของชุดข้อมูล / Dataset UUID or slug' });
const resourceIdParam = ApiParam({ name: 'resourceId', description: 'รหัส UUID ของทรัพยากร / Resource UUID' });

function textField(body: unknown, name: string): string | undefined {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;

  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// A resource names its file by title and format, such as `ข้อมูลรายเดือน.csv`.
function downloadName(resource: ResourceResponse): string {
  const extension = `.${resource.format.toLowerCase()}`;

  return resource.name.toLowerCase().endsWith(extension) ? resource.name : `${resource.name}${extension}`;
}

function fileMissing(resource: ResourceResponse): DomainException {
  return new DomainException(
    CatalogErrorCode.resourceNotFound,
    `Resource ${resource.id} is a link, not an uploaded file. Download it from ${resource.url ?? 'its URL'}.`,
    `ทรัพยากร ${resource.id} เป็นลิงก์ ไม่ใช่ไฟล์ที่อัปโหลด โปรดดาวน์โหลดจาก ${resource.url ?? 'URL ของทรัพยากร'}`,
  );
}

/** Streams the uploaded file of a resource; with `publicOnly`, only of a dataset that is public data. */
async function sendResourceFile(
  catalog: CatalogClient,
  options: GatewayOptions,
  reference: { idOrSlug: string; resourceId: string; publicOnly?: boolean },
  req: Request,
  res: Response,
): Promise<void> {
  const resource = await catalog.request(CatalogSubjects.resourceGet, reference);

  if (resource.sha256 === null || resource.sizeBytes === null) {
    throw fileMissing(resource);
  }
  const file = { id: resource.id, sha256: resource.sha256, sizeBytes: resource.sizeBytes, fileName: downloadName(resource), contentType: resource.mediaType ?? 'application/octet-stream' };

  await sendStoredFile(req, res, options.objectStore, file);
}

/** Resources (distributions) of catalog datasets: links, and files uploaded to the object store. */
@ApiTags('catalog')
@Controller('v1/catalog/datasets/:id/resources')
export class ResourcesController {
  constructor(
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Post()
  @ApiOperation({ summary: 'เพิ่มทรัพยากรแบบลิงก์ / Add a link resource', description: 'ตรวจฟิลด์ทรัพยากรตามแบบ thai_gdc / Checks thai_gdc resource fields' })
  @idParam
  @ApiBody({ schema: { $ref: '#/components/schemas/AddResourceBody' } })
  @ApiResponse({ status: 201, description: 'เพิ่มแล้ว / Added', schema: datasetDetailSchema })
  @ApiProblems(400, 404, 409)
  add(@Param('id') id: string, @Body() body: AddResourceBody): Promise<DatasetDetail> {
    return this.catalog.request(CatalogSubjects.resourceAdd, { ...body, idOrSlug: id });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Post('upload')
  @ApiOperation({
    summary: 'อัปโหลดไฟล์ข้อมูลเป็นทรัพยากร / Upload a data file as a resource',
    description:
      'ฟิลด์ multipart "file" พร้อม name และ format (ไม่บังคับ) หรือส่งไฟล์เป็นเนื้อหาคำขอพร้อม ?fileName= / ' +
      `Multipart field "file" with optional name and format fields, or the raw body with ?fileName=. Accepted: ${RESOURCE_UPLOAD.types
        .flatMap((type) => type.extensions)
        .join(', ')}`,
  })
  @idParam
  @ApiQuery({ name: 'fileName', required: false, description: 'ชื่อไฟล์ เมื่อส่งเป็นเนื้อหาคำขอ / File name of a raw body' })
  @ApiQuery({ name: 'name', required: false, description: 'ชื่อทรัพยากร ค่าเริ่มต้นคือชื่อไฟล์ / Resource name, the file name by default' })
  @ApiQuery({ name: 'format', required: false, description: 'รูปแบบไฟล์ ค่าเริ่มต้นจากนามสกุล / Format, from the extension by default' })
  @ApiConsumes('multipart/form-data', ...RESOURCE_UPLOAD.types.map((type) => type.mediaType))
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, name: { type: 'string' }, format: { type: 'string' } }, required: ['file'] } })
  @ApiResponse({ status: 201, description: 'เพิ่มแล้ว / Added', schema: datasetDetailSchema })
  @ApiProblems(400, 404, 409, 413, 415, 422)
  async upload(@Param('id') id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<DatasetDetail> {
    // Resolving the dataset first keeps a request for an unknown dataset from storing its file.
    const dataset = await this.catalog.request(CatalogSubjects.datasetGet, { idOrSlug: id });
    const file = await receiveEvidenceUpload(req, res, this.options.objectStore, { maxUploadBytes: this.options.maxUploadBytes, kind: RESOURCE_UPLOAD });
    const resourceId = randomUUID();
    const extension = /\.([A-Za-z0-9]+)$/.exec(file.fileName)?.[1] ?? 'bin';

    return this.catalog.request(CatalogSubjects.resourceAdd, {
      idOrSlug: dataset.id,
      resourceId,
      resource: {
        name: textField(req.body, 'name') ?? textField(req.query, 'name') ?? file.fileName,
        format: textField(req.body, 'format') ?? textField(req.query, 'format') ?? extension.toUpperCase(),
        url: `${this.options.publicBaseUrl}/api/v1/catalog/datasets/${dataset.id}/resources/${resourceId}/content`,
      },
      file: { sha256: file.sha256, sizeBytes: file.sizeBytes, mediaType: file.contentType },
    });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Put(':resourceId')
  @ApiOperation({ summary: 'แก้ไขทรัพยากร / Replace a resource\'s fields', description: 'ไฟล์ที่อัปโหลดยังคงเดิม / An uploaded file stays' })
  @idParam
  @resourceIdParam
  @ApiBody({ schema: { $ref: '#/components/schemas/UpdateResourceBody' } })
  @ApiOkResponse({ schema: datasetDetailSchema })
  @ApiProblems(400, 404, 409)
  update(@Param('id') id: string, @Param('resourceId') resourceId: string, @Body() body: UpdateResourceBody): Promise<DatasetDetail> {
    return this.catalog.request(CatalogSubjects.resourceUpdate, { ...body, idOrSlug: id, resourceId });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Delete(':resourceId')
  @ApiOperation({ summary: 'ลบทรัพยากร / Remove a resource', description: 'ไฟล์ยังอยู่ในที่เก็บ / The stored bytes stay' })
  @idParam
  @resourceIdParam
  @ApiQuery({ name: 'expectedVersion', required: false, type: Number, description: 'ฉบับของชุดข้อมูลที่อ่านไว้ / Dataset version read' })
  @ApiOkResponse({ schema: datasetDetailSchema })
  @ApiProblems(400, 404, 409)
  remove(@Param('id') id: string, @Param('resourceId') resourceId: string, @Query() query: RemoveResourceQuery): Promise<DatasetDetail> {
    return this.catalog.request(CatalogSubjects.resourceRemove, { ...query, idOrSlug: id, resourceId });
  }

  @Access('read')
  @Get(':resourceId/dictionary')
  @ApiOperation({ summary: 'พจนานุกรมข้อมูลของทรัพยากร / Data dictionary of one resource' })
  @idParam
  @resourceIdParam
  @ApiOkResponse({ schema: dictionarySchema })
  @ApiProblems(400, 404)
  getDictionary(@Param('id') id: string, @Param('resourceId') resourceId: string): Promise<DictionaryResponse> {
    return this.catalog.request(CatalogSubjects.dictionaryGet, { idOrSlug: id, resourceId });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Put(':resourceId/dictionary')
  @ApiOperation({ summary: 'แทนที่พจนานุกรมข้อมูลของทรัพยากร / Replace the data dictionary of one resource' })
  @idParam
  @resourceIdParam
  @ApiBody({ schema: { $ref: '#/components/schemas/ReplaceDictionaryBody' } })
  @ApiOkResponse({ schema: dictionarySchema })
  @ApiProblems(400, 404)
  replaceDictionary(@Param('id') id: string, @Param('resourceId') resourceId: string, @Body() body: ReplaceDictionaryBody): Promise<DictionaryResponse> {
    return this.catalog.request(CatalogSubjects.dictionaryReplace, { ...body, datasetName: id, resourceId });
  }

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Post(':resourceId/dictionary/csv')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    summary: 'นำเข้าพจนานุกรมข้อมูลของทรัพยากรจาก CSV / Import one resource\'s data dictionary from CSV',
    description: 'หัวตารางภาษาไทยหรืออังกฤษ แถวที่ผิดทำให้ไม่บันทึกทั้งไฟล์ / Thai or English headers; any row error rejects the whole file',
  })
  @idParam
  @resourceIdParam
  @ApiConsumes('text/csv', 'text/plain', 'multipart/form-data')
  @ApiOkResponse({ schema: dictionarySchema })
  @ApiProblems(400, 404, 413, 415, 422)
  importDictionaryCsv(
    @Param('id') id: string,
    @Param('resourceId') resourceId: string,
    @Req() req: Request,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<DictionaryResponse> {
    return this.catalog.request(CatalogSubjects.dictionaryImportCsv, { idOrSlug: id, resourceId, csv: readDictionaryCsv(req, file) });
  }

  @Access('read')
  @Get(':resourceId/dictionary.csv')
  @ApiOperation({ summary: 'ส่งออกพจนานุกรมข้อมูลของทรัพยากรเป็น CSV / Export one resource\'s data dictionary as CSV' })
  @idParam
  @resourceIdParam
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV แบบ UTF-8 หัวตารางภาษาไทย / UTF-8 CSV with Thai headers', schema: { type: 'string' } })
  @ApiProblems(400, 404)
  async exportDictionaryCsv(@Param('id') id: string, @Param('resourceId') resourceId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const exported = await this.catalog.request(CatalogSubjects.dictionaryExportCsv, { idOrSlug: id, resourceId });

    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${exported.fileName}"`);

    return exported.csv;
  }

  @Access('read')
  @Get(':resourceId/content')
  @ApiOperation({ summary: 'ดาวน์โหลดไฟล์ของทรัพยากร / Download a resource file', description: 'ETag คือ SHA-256 / The ETag is the SHA-256' })
  @idParam
  @resourceIdParam
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'เนื้อหาไฟล์ / The file', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'ไฟล์ไม่เปลี่ยน / Not modified (If-None-Match)' })
  @ApiProblems(400, 404)
  download(@Param('id') id: string, @Param('resourceId') resourceId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return sendResourceFile(this.catalog, this.options, { idOrSlug: id, resourceId }, req, res);
  }

}

/** Files of public datasets for anyone: a dataset that is not public data is reported as not found. */
@ApiTags('catalog')
@Controller('v1/catalog/public/datasets/:id/resources')
export class PublicResourcesController {
  constructor(
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('public')
  @Get(':resourceId/content')
  @ApiOperation({ summary: 'ดาวน์โหลดไฟล์ของชุดข้อมูลสาธารณะ / Download a file of a public dataset', description: 'ETag คือ SHA-256 / The ETag is the SHA-256' })
  @idParam
  @resourceIdParam
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'เนื้อหาไฟล์ / The file', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  download(@Param('id') id: string, @Param('resourceId') resourceId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return sendResourceFile(this.catalog, this.options, { idOrSlug: id, resourceId, publicOnly: true }, req, res);
  }
}
