import type { Request, Response } from 'express';
import { Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { DictionaryResponse } from '@bma-kpi/contracts-catalog';
import { CatalogSubjects, maxDictionaryXlsxBytes } from '@bma-kpi/contracts-catalog';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { tableFileFormat, xlsxMediaType } from '../catalog-files/table-file.reader';
import { readUpload } from '../catalog-files/upload-body';
import { CatalogClient } from '../clients/catalog.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { dictionarySchema } from '../openapi/catalog.schemas';
import { Access, ownerOf } from '../auth/access.decorator';

function notXlsx(mediaType: string): DomainException {
  return new DomainException(
    CommonErrorCode.unsupportedMediaType,
    `The file (${mediaType || 'no content type'}) is not an XLSX workbook. Send XLSX here, or CSV to …/dictionary/csv.`,
    `ไฟล์ (${mediaType || 'ไม่ระบุชนิด'}) ไม่ใช่ไฟล์ XLSX โปรดส่ง XLSX มาที่นี่ หรือส่ง CSV ไปที่ …/dictionary/csv`,
  );
}

/**
 * Data dictionaries as XLSX workbooks. The gateway sends the workbook to the catalog service
 * base64-encoded, so one domain parser reads CSV and XLSX dictionaries alike. The size cap keeps
 * the encoded workbook inside one NATS message.
 */
@ApiTags('catalog')
@Controller('v1/catalog')
export class DictionaryXlsxController {
  constructor(private readonly catalog: CatalogClient) {}

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Post('datasets/:id/dictionary/xlsx')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: maxDictionaryXlsxBytes, files: 1 } }))
  @ApiOperation({
    summary: 'นำเข้าพจนานุกรมข้อมูลจาก XLSX / Import the data dictionary from XLSX',
    description:
      `อ่านชีตแรก หัวตารางภาษาไทยหรืออังกฤษ แถวที่ผิดทำให้ไม่บันทึกทั้งไฟล์ ขนาดไม่เกิน ${maxDictionaryXlsxBytes} ไบต์ / ` +
      `Reads the first worksheet with Thai or English headers; any row error rejects the whole file. At most ${maxDictionaryXlsxBytes} bytes.`,
  })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiConsumes(xlsxMediaType, 'multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiOkResponse({ schema: dictionarySchema })
  @ApiProblems(400, 404, 413, 415)
  async importXlsx(
    @Param('id') id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<DictionaryResponse> {
    const upload = await readUpload(req, res, file, { limit: maxDictionaryXlsxBytes, name: { th: 'พจนานุกรมข้อมูล', en: 'data dictionary workbook' } });

    if (tableFileFormat(upload.bytes, upload.mediaType, upload.fileName) !== 'xlsx') {
      throw notXlsx(upload.mediaType);
    }

    return this.catalog.request(CatalogSubjects.dictionaryImportXlsx, { idOrSlug: id, xlsxBase64: upload.bytes.toString('base64') });
  }

  @Access('read')
  @Get('datasets/:id/dictionary.xlsx')
  @ApiOperation({ summary: 'ส่งออกพจนานุกรมข้อมูลเป็น XLSX / Export the data dictionary as XLSX' })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiProduces(xlsxMediaType)
  @ApiOkResponse({ description: 'XLSX หัวตารางภาษาไทย / XLSX with Thai headers', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async exportXlsx(@Param('id') id: string): Promise<StreamableFile> {
    const exported = await this.catalog.request(CatalogSubjects.dictionaryExportXlsx, { idOrSlug: id });

    return new StreamableFile(Buffer.from(exported.xlsxBase64, 'base64'), {
      type: xlsxMediaType,
      disposition: `attachment; filename="${exported.fileName}"`,
    });
  }
}
