import type { Request, Response } from 'express';
import { Controller, HttpCode, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { ImportRecordResponse } from '@bma-kpi/contracts-indicators';
import { agencyCodePattern, IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { IndicatorsClient } from '../clients/indicators.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { importResponseSchema } from '../openapi/openapi.schemas';
import { decodeUtf8 } from '../http/body-parser.middleware';

/** Reads `true`/`false` from a query string; other text stays for @IsBoolean to reject. */
function booleanQueryValue(value: unknown): unknown {
  if (value === 'true') {
    return true;
  }

  return value === 'false' ? false : value;
}

/** Query of the import endpoint. */
export class ImportQuery {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => booleanQueryValue(value))
  @IsBoolean()
  dryRun?: boolean;

  @IsOptional()
  @Matches(agencyCodePattern)
  agency?: string;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;
}

function emptyBody(): DomainException {
  return new DomainException(
    CommonErrorCode.emptyBody,
    'The request has no KPI record. Send the text as text/plain, as JSON {"text": …} or as a file field "file".',
    'ไม่พบข้อมูลตัวชี้วัดในคำขอ โปรดส่งข้อความแบบ text/plain, JSON {"text": …} หรือไฟล์ในฟิลด์ "file"',
  );
}

function textOf(req: Request, file: Express.Multer.File | undefined): string {
  if (file) {
    return decodeUtf8(file.buffer);
  }
  const body: unknown = req.body;

  if (typeof body === 'string') {
    return body;
  }
  if (typeof body === 'object' && body !== null && typeof (body as { text?: unknown }).text === 'string') {
    return (body as { text: string }).text;
  }
  if (req.headers['content-type'] && !/^(text\/|application\/json|multipart\/form-data)/i.test(req.headers['content-type'])) {
    throw new DomainException(
      CommonErrorCode.unsupportedMediaType,
      `Content type ${req.headers['content-type']} is not accepted. Send text/plain, application/json or multipart/form-data.`,
      `ไม่รองรับชนิดข้อมูล ${req.headers['content-type']} โปรดส่งแบบ text/plain, application/json หรือ multipart/form-data`,
    );
  }

  return '';
}

/** Imports KPI record exports of BMA Digital Plans / BMA Monitor. */
@ApiTags('imports')
@Controller('v1/imports')
export class ImportsController {
  constructor(private readonly indicators: IndicatorsClient) {}

  @Post('kpi-records')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    summary: 'นำเข้าบันทึกตัวชี้วัด / Import a KPI record export',
    description:
      'รับข้อความที่ส่งออกจาก BMA Digital Plans (text/plain, JSON {"text"} หรือไฟล์ multipart ฟิลด์ "file") ' +
      'แยกวิเคราะห์และบันทึก การนำเข้าข้อความเดิมซ้ำจะไม่เปลี่ยนแปลงข้อมูล / Parses and stores a record ' +
      'exported from BMA Digital Plans; importing the same text again changes nothing. ?dryRun=true only parses.',
  })
  @ApiConsumes('text/plain', 'application/json', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', example: 'ค่าเป้าหมาย ร้อยละ : 100\nผลงานที่ทำได้ ร้อยละ : 70\n…' } })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'แยกวิเคราะห์อย่างเดียว ไม่บันทึก / Parse only' })
  @ApiQuery({ name: 'agency', required: false, description: 'รหัสหน่วยงานเจ้าของ เช่น 0411 / Owner agency code' })
  @ApiQuery({ name: 'fileName', required: false, description: 'ชื่อไฟล์ต้นฉบับ / Original file name' })
  @ApiResponse({ status: 201, description: 'สร้างตัวชี้วัดใหม่ / New indicator stored', schema: importResponseSchema })
  @ApiResponse({ status: 200, description: 'ปรับปรุง ไม่เปลี่ยนแปลง หรือแยกวิเคราะห์อย่างเดียว / Updated, unchanged or parsed only', schema: importResponseSchema })
  @ApiProblems(400, 413, 415, 422)
  async importRecord(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Query() query: ImportQuery,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<ImportRecordResponse> {
    const text = textOf(req, file).replace(/^\uFEFF/, '');

    if (text.trim() === '') {
      throw emptyBody();
    }
    const result = await this.indicators.request(IndicatorsSubjects.recordImport, {
      text,
      fileName: file?.originalname ?? query.fileName,
      agencyCode: query.agency,
      dryRun: query.dryRun ?? false,
    });

    res.status(result.outcome === 'created' ? 201 : 200);

    return result;
  }
}
