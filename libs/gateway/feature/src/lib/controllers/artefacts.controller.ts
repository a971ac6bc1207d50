import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { IsUUID } from 'class-validator';

import type { ArtefactListResponse, ArtefactResponse } from '@bma-kpi/contracts-catalog';
import {
  ARTEFACT_KINDS,
  CatalogErrorCode,
  CatalogSubjects,
  CreateArtefactRequest,
  ListArtefactsRequest,
  LockArtefactRequest,
  SupersedeArtefactRequest,
} from '@bma-kpi/contracts-catalog';
import { DomainException } from '@bma-kpi/errors';

import { CatalogClient } from '../clients/catalog.client';
import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  artefactListSchema,
  artefactSchema,
  createArtefactBodySchema,
  lockArtefactBodySchema,
  supersedeArtefactBodySchema,
} from '../openapi/artefact.schemas';
import { findEvidence, sendStoredFile } from './evidence-download';
import { EVIDENCE_TYPES } from './evidence-content-type';
import { receiveEvidenceUpload } from './evidence-upload';
import { Access, fieldOf, ownerOf } from '../auth/access.decorator';

/** Body of POST /catalog/artefacts/{id}/supersede: the request without the artefact, which is in the path. */
export class SupersedeArtefactBody extends OmitType(SupersedeArtefactRequest, ['artefactId'] as const) {}

/** Body of POST /catalog/artefacts/{id}/lock: the request without the artefact, which is in the path. */
export class LockArtefactBody extends OmitType(LockArtefactRequest, ['artefactId'] as const) {}

/** Path of an evidence download; both ids are checked as UUIDs, as the other artefact routes do. */
export class EvidenceContentParams {
  @IsUUID()
  id: string;

  @IsUUID()
  evidenceId: string;
}

const idParam = ApiParam({ name: 'id', description: 'รหัส UUID ของเอกสาร (ฉบับ) / Artefact version UUID' });
const evidenceIdParam = ApiParam({ name: 'evidenceId', description: 'รหัส UUID ของไฟล์หลักฐาน / Evidence file UUID' });

/** Fails fast, before a byte of the upload is stored, when the artefact is locked. The service checks again. */
function assertUnlocked(artefact: ArtefactResponse): void {
  if (artefact.lockedAt !== null) {
    throw new DomainException(
      CatalogErrorCode.artefactLocked,
      `Governance artefact ${artefact.id} is locked since ${artefact.lockedAt} because a signed-off evaluation uses it, so its evidence cannot change. ` +
        `Supersede it with a new version: POST /api/v1/catalog/artefacts/${artefact.id}/supersede.`,
      `เอกสารธรรมาภิบาลข้อมูล ${artefact.id} ถูกล็อกตั้งแต่ ${artefact.lockedAt} เพราะผลการประเมินที่ลงนามแล้วอ้างถึง จึงแก้ไขไฟล์หลักฐานไม่ได้ ` +
        `โปรดส่งฉบับใหม่แทน: POST /api/v1/catalog/artefacts/${artefact.id}/supersede`,
      { details: { artefactId: artefact.id, lockedAt: artefact.lockedAt } },
    );
  }
}

/** Data governance artefacts (ธรรมาภิบาลข้อมูล) per agency and fiscal year, with evidence files in the object store. */
@ApiTags('catalog artefacts')
@Controller('v1/catalog/artefacts')
export class ArtefactsController {
  constructor(
    private readonly catalog: CatalogClient,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  @Access('agency.write', { agency: fieldOf('body', 'agencyCode') })
  @Post()
  @ApiOperation({ summary: 'ส่งเอกสารธรรมาภิบาลข้อมูล / Submit a governance artefact', description: 'สร้างฉบับที่ 1 / Stores version 1' })
  @ApiBody({ schema: createArtefactBodySchema })
  @ApiResponse({ status: 201, description: 'สร้างแล้ว / Created', schema: artefactSchema })
  @ApiProblems(400, 422)
  create(@Body() body: CreateArtefactRequest): Promise<ArtefactResponse> {
    return this.catalog.request(CatalogSubjects.artefactCreate, body);
  }

  @Access('read')
  @Get()
  @ApiOperation({ summary: 'รายการเอกสารธรรมาภิบาลข้อมูลของหน่วยงานในปีงบประมาณ / List an agency’s artefacts of a fiscal year' })
  @ApiQuery({ name: 'agency', required: true, description: 'รหัสหน่วยงาน / Agency code' })
  @ApiQuery({ name: 'fiscalYear', required: true, type: Number, description: 'ปีงบประมาณ พ.ศ. / Buddhist-era fiscal year' })
  @ApiQuery({ name: 'kind', required: false, enum: [...ARTEFACT_KINDS], description: 'ประเภทเอกสาร / Artefact kind' })
  @ApiQuery({ name: 'latestOnly', required: false, type: Boolean, description: 'เฉพาะฉบับล่าสุด / Latest versions only' })
  @ApiOkResponse({ schema: artefactListSchema })
  @ApiProblems(400)
  list(@Query() query: ListArtefactsRequest): Promise<ArtefactListResponse> {
    return this.catalog.request(CatalogSubjects.artefactList, query);
  }

  @Access('read')
  @Get(':id')
  @ApiOperation({ summary: 'เอกสารธรรมาภิบาลข้อมูลพร้อมไฟล์หลักฐาน / One artefact version with its evidence files' })
  @idParam
  @ApiOkResponse({ schema: artefactSchema })
  @ApiProblems(400, 404)
  get(@Param('id') id: string): Promise<ArtefactResponse> {
    return this.catalog.request(CatalogSubjects.artefactGet, { artefactId: id });
  }

  @Access('agency.write', { agency: ownerOf('artefact') })
  @Post(':id/supersede')
  @ApiOperation({
    summary: 'ส่งฉบับใหม่แทนฉบับเดิม / Supersede with a new version',
    description: 'ใช้ได้กับเอกสารที่ถูกล็อก / Works on locked artefacts; agency, fiscal year and kind stay the same',
  })
  @idParam
  @ApiBody({ schema: supersedeArtefactBodySchema })
  @ApiResponse({ status: 201, description: 'สร้างฉบับใหม่แล้ว / New version stored', schema: artefactSchema })
  @ApiProblems(400, 404, 409, 422)
  supersede(@Param('id') id: string, @Body() body: SupersedeArtefactBody): Promise<ArtefactResponse> {
    return this.catalog.request(CatalogSubjects.artefactSupersede, { ...body, artefactId: id });
  }

  @Access(['agency.approve', 'evaluation.write'], { agency: ownerOf('artefact') })
  @Post(':id/lock')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ล็อกเอกสารเมื่อผลประเมินลงนาม / Lock at evaluation sign-off',
    description: 'บันทึกผู้ล็อก (X-Actor) และเหตุผล หลังล็อกแก้ไขไฟล์หลักฐานไม่ได้ / Records who (X-Actor) and why; evidence is fixed afterwards',
  })
  @idParam
  @ApiBody({ schema: lockArtefactBodySchema })
  @ApiOkResponse({ schema: artefactSchema })
  @ApiProblems(400, 404)
  lock(@Param('id') id: string, @Body() body: LockArtefactBody): Promise<ArtefactResponse> {
    return this.catalog.request(CatalogSubjects.artefactLock, { ...body, artefactId: id });
  }

  @Access('agency.write', { agency: ownerOf('artefact') })
  @Post(':id/evidence')
  @ApiOperation({
    summary: 'อัปโหลดไฟล์หลักฐาน / Upload an evidence file',
    description:
      `ฟิลด์ multipart "file" หรือส่งไฟล์เป็นเนื้อหาคำขอพร้อม ?fileName= ชนิดที่รับ / Multipart field "file", or the raw body with ?fileName=. ` +
      `Accepted: ${EVIDENCE_TYPES.map((type) => type.mediaType).join(', ')}`,
  })
  @idParam
  @ApiQuery({ name: 'fileName', required: false, description: 'ชื่อไฟล์ เมื่อส่งเป็นเนื้อหาคำขอ / File name of a raw body' })
  @ApiConsumes('multipart/form-data', ...EVIDENCE_TYPES.map((type) => type.mediaType))
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiResponse({ status: 201, description: 'แนบไฟล์แล้ว / Evidence attached', schema: artefactSchema })
  @ApiProblems(400, 404, 409, 413, 415)
  async uploadEvidence(@Param('id') id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<ArtefactResponse> {
    assertUnlocked(await this.catalog.request(CatalogSubjects.artefactGet, { artefactId: id }));
    const evidence = await receiveEvidenceUpload(req, res, this.options.objectStore, { maxUploadBytes: this.options.maxUploadBytes });

    return this.catalog.request(CatalogSubjects.evidenceAdd, { ...evidence, artefactId: id });
  }

  @Access('agency.write', { agency: ownerOf('artefact') })
  @Delete(':id/evidence/:evidenceId')
  @ApiOperation({ summary: 'นำไฟล์หลักฐานออก / Remove an evidence file', description: 'ไฟล์ยังอยู่ในที่เก็บ / The stored bytes stay' })
  @idParam
  @evidenceIdParam
  @ApiOkResponse({ schema: artefactSchema })
  @ApiProblems(400, 404, 409)
  removeEvidence(@Param('id') id: string, @Param('evidenceId') evidenceId: string): Promise<ArtefactResponse> {
    return this.catalog.request(CatalogSubjects.evidenceRemove, { artefactId: id, evidenceId });
  }

  @Access('read')
  @Get(':id/evidence/:evidenceId/content')
  @ApiOperation({ summary: 'ดาวน์โหลดไฟล์หลักฐาน / Download an evidence file', description: 'ETag คือ SHA-256 / The ETag is the SHA-256' })
  @idParam
  @evidenceIdParam
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'เนื้อหาไฟล์ / The file', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'ไฟล์ไม่เปลี่ยน / Not modified (If-None-Match)' })
  @ApiProblems(400, 404)
  async downloadEvidence(@Param() params: EvidenceContentParams, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = findEvidence(await this.catalog.request(CatalogSubjects.artefactGet, { artefactId: params.id }), params.evidenceId);

    await sendStoredFile(req, res, this.options.objectStore, file);
  }
}
