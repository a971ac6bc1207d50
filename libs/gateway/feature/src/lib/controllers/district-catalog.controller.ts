import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiResponse, ApiTags, OmitType } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsIn, IsOptional, IsString } from 'class-validator';

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

import { DISTRICT_EXPORT_TABLES, districtExportTable, type DistrictExportTable } from '../catalog-files/district-matrix.table';
import { xlsxMediaType } from '../catalog-files/table-file.reader';
import { CsvTableSink, XlsxTableSink } from '../catalog-files/table-file.writer';
import { CatalogClient } from '../clients/catalog.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  districtItemListSchema,
  districtMatrixSchema,
  districtSubmissionSchema,
  districtSweepBodySchema,
  districtSweepSchema,
  putDistrictItemListBodySchema,
  submitDistrictReportBodySchema,
} from '../openapi/district-catalog.schemas';
import { Access, districtOf } from '../auth/access.decorator';

/** Body of PUT …/fiscal-years/{fiscalYear}/items: the request without the fiscal year, which is in the path. */
export class PutDistrictItemListBody extends OmitType(PutDistrictItemListRequest, ['fiscalYear'] as const) {}

/** Query of the matrix: the request without the fiscal year, which is in the path. */
export class DistrictMatrixQuery extends OmitType(DistrictMatrixRequest, ['fiscalYear'] as const) {}

/** Query of the matrix exports: the matrix query and which table to write. */
export class DistrictExportQuery extends DistrictMatrixQuery {
  /** `cells` (default) writes one row per district × item × month, `rates` one row per district. */
  @IsOptional()
  @IsIn(DISTRICT_EXPORT_TABLES)
  @IsString()
  table?: DistrictExportTable;
}

const fiscalYearParam = ApiParam({ name: 'fiscalYear', type: Number, description: 'ปีงบประมาณ พ.ศ. เช่น 2568 / Buddhist-era fiscal year such as 2568' });
const asOfQuery = ApiQuery({
  name: 'asOf',
  required: false,
  description: 'วันที่ YYYY-MM-DD (เริ่มวันตามเวลากรุงเทพฯ) หรือเวลา ISO 8601 ค่าเริ่มต้นคือปัจจุบัน / Date (start of the Bangkok day) or ISO 8601 instant; now by default',
});
const districtQuery = ApiQuery({ name: 'district', required: false, description: 'รหัสเขต เช่น 1026 / District geocode such as 1026' });

/** District Catalog (ระบบบริหารจัดการพื้นที่เขต): monthly data items of the 50 district offices. */
@ApiTags('district catalog')
@Controller('v1/district-catalog')
export class DistrictCatalogController {
  constructor(private readonly catalog: CatalogClient) {}

  @Access('evaluation.write')
  @Put('fiscal-years/:fiscalYear/items')
  @ApiOperation({
    summary: 'กำหนดรายการข้อมูลที่เขตต้องรายงานรายเดือน / Replace the monthly data item list of a fiscal year',
    description:
      'รายการที่ไม่อยู่ในรายการใหม่จะถูกพักไว้ ข้อมูลที่ส่งแล้วไม่หาย วันครบกำหนดเริ่มต้นวันที่ 15 / ' +
      'Items left out are retired and their submissions kept; reports are due on the 15th unless set otherwise',
  })
  @fiscalYearParam
  @ApiBody({ schema: putDistrictItemListBodySchema })
  @ApiOkResponse({ schema: districtItemListSchema })
  @ApiProblems(400)
  putItems(@Param() params: DistrictItemListReferenceRequest, @Body() body: PutDistrictItemListBody): Promise<DistrictItemListResponse> {
    return this.catalog.request(CatalogSubjects.districtItemListPut, { ...body, fiscalYear: params.fiscalYear });
  }

  @Access('read')
  @Get('fiscal-years/:fiscalYear/items')
  @ApiOperation({ summary: 'รายการข้อมูลของปีงบประมาณ / The data item list of a fiscal year' })
  @fiscalYearParam
  @ApiOkResponse({ schema: districtItemListSchema })
  @ApiProblems(400, 404)
  getItems(@Param() params: DistrictItemListReferenceRequest): Promise<DistrictItemListResponse> {
    return this.catalog.request(CatalogSubjects.districtItemListGet, params);
  }

  @Access('agency.write', { agency: districtOf() })
  @Post('submissions')
  @ApiOperation({
    summary: 'ส่งหรือแก้ไขข้อมูลรายเดือนของเขต / Submit or correct a district’s monthly report',
    description:
      'ตรวจระเบียนกับพจนานุกรมข้อมูลและพิกัดในกรุงเทพฯ การส่งซ้ำคือการแก้ไข ต้องระบุ reason และเก็บทุกฉบับ สถานะมาจากการส่งครั้งแรก / ' +
      'Records are checked against the data dictionary and Bangkok’s bounding box. Sending again is a correction that needs a reason; every version is kept and the status comes from the first',
  })
  @ApiBody({ schema: submitDistrictReportBodySchema })
  @ApiResponse({ status: 201, description: 'บันทึกแล้ว / Stored', schema: districtSubmissionSchema })
  @ApiProblems(400, 404, 422)
  submit(@Body() body: SubmitDistrictReportRequest): Promise<DistrictSubmissionResponse> {
    return this.catalog.request(CatalogSubjects.districtSubmissionSubmit, body);
  }

  @Access('read')
  @Get('submissions')
  @ApiOperation({ summary: 'ข้อมูลที่เขตส่งพร้อมประวัติการแก้ไข / A district’s report with every version' })
  @ApiQuery({ name: 'fiscalYear', required: true, type: Number })
  @ApiQuery({ name: 'district', required: true })
  @ApiQuery({ name: 'itemCode', required: true })
  @ApiQuery({ name: 'month', required: true, description: 'YYYY-MM (ค.ศ. / CE)' })
  @ApiOkResponse({ schema: districtSubmissionSchema })
  @ApiProblems(400, 404)
  getSubmission(@Query() query: DistrictSubmissionReferenceRequest): Promise<DistrictSubmissionResponse> {
    return this.catalog.request(CatalogSubjects.districtSubmissionGet, query);
  }

  @Access('read')
  @Get('fiscal-years/:fiscalYear/matrix')
  @ApiOperation({
    summary: 'ตารางความครบถ้วน เขต × รายการ × เดือน และอัตราการส่ง / Completeness matrix and per-district rates',
    description: 'ร้อยละคิดจากช่องที่ครบกำหนดแล้วหรือส่งแล้ว / Percentages are out of the cells that are due or submitted',
  })
  @fiscalYearParam
  @asOfQuery
  @districtQuery
  @ApiOkResponse({ schema: districtMatrixSchema })
  @ApiProblems(400, 404, 422)
  getMatrix(@Param() params: DistrictItemListReferenceRequest, @Query() query: DistrictMatrixQuery): Promise<DistrictMatrixResponse> {
    return this.catalog.request(CatalogSubjects.districtMatrixGet, { ...query, fiscalYear: params.fiscalYear });
  }

  @Access('read')
  @Get('fiscal-years/:fiscalYear/matrix.csv')
  @ApiOperation({ summary: 'ส่งออกตารางความครบถ้วนเป็น CSV / Export the matrix as CSV', description: 'UTF-8 มี BOM หัวตารางภาษาไทย / UTF-8 with a byte order mark, Thai headers' })
  @fiscalYearParam
  @asOfQuery
  @districtQuery
  @ApiQuery({ name: 'table', required: false, enum: DISTRICT_EXPORT_TABLES, description: 'cells รายช่อง (ค่าเริ่มต้น) หรือ rates รายเขต / One row per cell (default) or per district' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblems(400, 404)
  async exportCsv(@Param() params: DistrictItemListReferenceRequest, @Query() query: DistrictExportQuery, @Res() res: Response): Promise<void> {
    await this.export(params.fiscalYear, query, res, 'csv');
  }

  @Access('read')
  @Get('fiscal-years/:fiscalYear/matrix.xlsx')
  @ApiOperation({ summary: 'ส่งออกตารางความครบถ้วนเป็น XLSX / Export the matrix as XLSX' })
  @fiscalYearParam
  @asOfQuery
  @districtQuery
  @ApiQuery({ name: 'table', required: false, enum: DISTRICT_EXPORT_TABLES })
  @ApiProduces(xlsxMediaType)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async exportXlsx(@Param() params: DistrictItemListReferenceRequest, @Query() query: DistrictExportQuery, @Res() res: Response): Promise<void> {
    await this.export(params.fiscalYear, query, res, 'xlsx');
  }

  @Access('admin')
  @Post('sweeps')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ตรวจหารายงานที่ขาดส่ง ณ วันที่ระบุ / Record the reports missing as of a date',
    description:
      'บริการตรวจเป็นระยะอยู่แล้ว ใช้สำหรับผู้ดูแลระบบและการทดสอบ แต่ละรายงานส่งเหตุการณ์ missing ครั้งเดียว / ' +
      'The service also sweeps on a timer; this is for operators and tests. Each report emits one missing event',
  })
  @ApiBody({ schema: districtSweepBodySchema, required: false })
  @ApiOkResponse({ schema: districtSweepSchema })
  @ApiProblems(400)
  sweep(@Body() body: DistrictSweepRequest): Promise<DistrictSweepResponse> {
    return this.catalog.request(CatalogSubjects.districtSweepRun, body);
  }

  /** Reads the matrix before the status line is sent, so a bad query still gets a problem+json reply. */
  private async export(fiscalYear: number, query: DistrictExportQuery, res: Response, format: 'csv' | 'xlsx'): Promise<void> {
    const { table = 'cells', ...matrixQuery } = query;
    const matrix = await this.catalog.request(CatalogSubjects.districtMatrixGet, { ...matrixQuery, fiscalYear });
    const { header, rows } = districtExportTable(matrix, table);
    const name = `district-catalog-${fiscalYear}-${table}.${format}`;

    res.status(200);
    res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : xlsxMediaType);
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    const sink = format === 'csv' ? new CsvTableSink(res) : new XlsxTableSink(res, 'ความครบถ้วน');

    await sink.writeHeader(header);
    await sink.writeRows(rows);
    await sink.close();
  }
}
