import type { Request, Response } from 'express';
import { applyDecorators, Controller, Get, HttpCode, Logger, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';

import type { CatalogImportReport, CatalogImportRowsResponse, CatalogTablePage } from '@bma-kpi/contracts-catalog';
import {
  CATALOG_HEADER_LANGUAGES,
  CatalogImportOptions,
  CatalogSubjects,
  IsCatalogText,
  maxCatalogFileBytes,
} from '@bma-kpi/contracts-catalog';
import type { CatalogHeaderLanguage } from '@bma-kpi/contracts-catalog';

import { assertRowCount, importReport, missingHeader, planImportBatches } from '../catalog-files/catalog-import.batches';
import { readTableRows, tableFileFormat, xlsxMediaType } from '../catalog-files/table-file.reader';
import { CsvTableSink, XlsxTableSink } from '../catalog-files/table-file.writer';
import type { TableSink } from '../catalog-files/table-file.writer';
import { readUpload } from '../catalog-files/upload-body';
import { CatalogClient } from '../clients/catalog.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { catalogImportReportSchema } from '../openapi/catalog-transfer.schemas';
import { Access } from '../auth/access.decorator';

/** Query of the catalog exports. */
export class CatalogExportQuery {
  /** Organisation (CKAN `owner_org`) whose datasets to export; every agency when absent. */
  @IsOptional()
  @IsCatalogText(100)
  agency?: string;

  /** Header row language: `th` for Thai labels (default), `en` for CKAN field names. */
  @IsOptional()
  @IsIn(CATALOG_HEADER_LANGUAGES)
  @IsString()
  headers?: CatalogHeaderLanguage;
}

const exportQueries = [
  ApiQuery({ name: 'agency', required: false, description: 'หน่วยงานเจ้าของ (owner_org) ทุกหน่วยงานถ้าไม่ระบุ / Owner organisation; every agency when absent' }),
  ApiQuery({ name: 'headers', required: false, enum: CATALOG_HEADER_LANGUAGES, description: 'หัวตารางภาษาไทย (th) หรือชื่อฟิลด์ CKAN (en) / Thai labels or CKAN field names' }),
];

/** Returns a Content-Disposition value with an ASCII file name and the same name in UTF-8. */
function attachment(agency: string | undefined, extension: 'csv' | 'xlsx'): string {
  const name = `catalog-${agency ?? 'all'}.${extension}`;
  const ascii = name.replace(/[^A-Za-z0-9._-]+/gu, '_');

  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Agency data catalog (บัญชีรายการข้อมูล) as CSV and XLSX: export and import. */
@ApiTags('catalog')
@Controller('v1/catalog')
export class CatalogTransferController {
  private readonly logger = new Logger(CatalogTransferController.name);

  constructor(private readonly catalog: CatalogClient) {}

  @Access('read')
  @Get('catalog.csv')
  @ApiOperation({
    summary: 'ส่งออกบัญชีรายการข้อมูลเป็น CSV / Export the agency data catalog as CSV',
    description: 'CSV แบบ UTF-8 มี BOM หนึ่งแถวต่อชุดข้อมูล / UTF-8 CSV with a byte order mark, one row per dataset',
  })
  @applyDecorators(...exportQueries)
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblems(400)
  async exportCsv(@Query() query: CatalogExportQuery, @Res() res: Response): Promise<void> {
    await this.exportPages(query, res, 'csv');
  }

  @Access('read')
  @Get('catalog.xlsx')
  @ApiOperation({ summary: 'ส่งออกบัญชีรายการข้อมูลเป็น XLSX / Export the agency data catalog as XLSX' })
  @applyDecorators(...exportQueries)
  @ApiProduces(xlsxMediaType)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400)
  async exportXlsx(@Query() query: CatalogExportQuery, @Res() res: Response): Promise<void> {
    await this.exportPages(query, res, 'xlsx');
  }

  @Access('admin')
  @Post('catalog/import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: maxCatalogFileBytes, files: 1 } }))
  @ApiOperation({
    summary: 'นำเข้าบัญชีรายการข้อมูลจาก CSV หรือ XLSX / Import the agency data catalog from CSV or XLSX',
    description:
      'ตรวจทีละแถว แถวที่มีชื่อ URL (name) ตรงกับชุดข้อมูลเดิมจะแก้ไขชุดข้อมูลนั้น แถวอื่นสร้างใหม่ แถวที่ผิดไม่ทำให้แถวอื่นล้มเหลว / ' +
      'Checks each row on its own: a row whose name is a stored slug updates that dataset, other rows create one, and a bad row never stops the others.',
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'ตรวจอย่างเดียว ไม่บันทึก / Validate only, store nothing' })
  @ApiQuery({ name: 'agency', required: false, description: 'หน่วยงานของทุกแถว / Organisation of every row' })
  @ApiConsumes('text/csv', xlsxMediaType, 'multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiOkResponse({ schema: catalogImportReportSchema })
  @ApiProblems(400, 413, 415, 422)
  async importCatalog(
    @Query() query: CatalogImportOptions,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<CatalogImportReport> {
    const upload = await readUpload(req, res, file, { limit: maxCatalogFileBytes, name: { th: 'บัญชีรายการข้อมูล', en: 'data catalog file' } });
    const format = tableFileFormat(upload.bytes, upload.mediaType, upload.fileName);
    const [header, ...rows] = await readTableRows(upload.bytes, format);

    if (header === undefined) {
      throw missingHeader();
    }
    assertRowCount(rows.length);
    const plan = planImportBatches(rows);
    const replies: CatalogImportRowsResponse[] = [];

    // Batches go one after another: the first one checks the header before any row of a later batch is stored.
    for (const batch of plan.batches) {
      replies.push(await this.catalog.request(CatalogSubjects.catalogImportRows, { ...query, header: header.cells, rows: batch }));
    }

    return importReport({ format, dryRun: query.dryRun ?? false, totalRows: rows.length }, replies, plan.rejected);
  }

  /**
   * Streams every page of the catalog table to the client. The first page is read before the
   * status line is sent, so an invalid query or a missing service still gets a problem+json reply.
   */
  private async exportPages(query: CatalogExportQuery, res: Response, format: 'csv' | 'xlsx'): Promise<void> {
    const pageRequest = { agency: query.agency, headerLanguage: query.headers ?? 'th' };
    let page: CatalogTablePage = await this.catalog.request(CatalogSubjects.catalogTablePage, pageRequest);

    res.status(200);
    res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : xlsxMediaType);
    res.setHeader('content-disposition', attachment(query.agency, format));
    const sink: TableSink = format === 'csv' ? new CsvTableSink(res) : new XlsxTableSink(res, 'บัญชีรายการข้อมูล');

    try {
      await sink.writeHeader(page.header);
      await sink.writeRows(page.rows);
      while (page.nextAfterSlug !== null) {
        page = await this.catalog.request(CatalogSubjects.catalogTablePage, { ...pageRequest, afterSlug: page.nextAfterSlug });
        await sink.writeRows(page.rows);
      }
      await sink.close();
    } catch (error) {
      // The status line is already sent, so the only way left to signal the failure is to cut the response short.
      this.logger.error({ err: error, agency: query.agency, format }, 'Catalog export failed after the first page');
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
