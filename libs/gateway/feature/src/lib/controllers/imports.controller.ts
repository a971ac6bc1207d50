import type { Request, Response } from 'express';
import { Controller, HttpCode, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';

import type { ImportRecordResponse } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';

import { IndicatorsClient } from '../clients/indicators.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { importResponseSchema } from '../openapi/openapi.schemas';
import { ImportQuery, readImportInput } from './import-input';
import { Access, fieldOf } from '../auth/access.decorator';
import { agencyRestrictionOf } from '../auth/access-policy';
import { requestAccessOf } from '../auth/access.guard';

/** The three shapes of an import body. */
const importBody = {
  description:
    'text/plain: ข้อความบันทึก / the record text; application/json: ImportJsonBody; ' +
    'multipart/form-data: ไฟล์ในฟิลด์ file / the file in field "file"',
  schema: {
    oneOf: [
      { type: 'string', example: 'ค่าเป้าหมาย ร้อยละ : 100\nผลงานที่ทำได้ ร้อยละ : 70\n…' },
      { $ref: '#/components/schemas/ImportJsonBody' },
      { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
    ],
  },
};

/** Imports KPI record exports of BMA Digital Plans / BMA Monitor. */
@ApiTags('imports')
@Controller('v1/imports')
export class ImportsController {
  constructor(private readonly indicators: IndicatorsClient) {}

  // A JSON body's agency overrides the query's, as in readImportInput, so the body is checked first.
  @Access('agency.write', { agency: [fieldOf('body', 'agency'), fieldOf('query', 'agency')] })
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
  @ApiBody(importBody)

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
    const input = await readImportInput(req, query, file);
    const restrictToAgency = agencyRestrictionOf(requestAccessOf(req)?.principal);
    const result = await this.indicators.request(IndicatorsSubjects.recordImport, { ...input, ...(restrictToAgency ? { restrictToAgency } : {}) });

    res.status(result.outcome === 'created' ? 201 : 200);

    return result;
  }
}
