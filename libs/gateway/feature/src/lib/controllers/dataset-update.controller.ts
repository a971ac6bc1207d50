import type { Response } from 'express';
import { Body, Controller, Headers, Param, Patch, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags, OmitType } from '@nestjs/swagger';

import type { DatasetDetail } from '@bma-kpi/contracts-catalog';
import { CatalogSubjects, UpdateDatasetRequest } from '@bma-kpi/contracts-catalog';
import { ValidationFailedException } from '@bma-kpi/errors';

import { CatalogClient } from '../clients/catalog.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { datasetDetailSchema } from '../openapi/catalog.schemas';
import { Access, ownerOf } from '../auth/access.decorator';

/** Body of PATCH /catalog/datasets/{id}: the update request without the dataset, which is in the path. */
export class UpdateDatasetBody extends OmitType(UpdateDatasetRequest, ['idOrSlug'] as const) {}

// An entity tag of this API is the dataset's version in quotes; a weak tag names the same version.
const entityTagPattern = /^(?:W\/)?"?([1-9]\d{0,9})"?$/u;

function invalidPrecondition(field: string, messageEn: string, messageTh: string): ValidationFailedException {
  return new ValidationFailedException([{ field, rule: 'ifMatch', messageEn, messageTh }]);
}

/**
 * Returns the version that the request expects: from `If-Match` or from `expectedVersion` in the
 * body. `If-Match: *` expects none. Both may be sent only when they agree.
 */
export function expectedVersionOf(ifMatch: string | undefined, bodyVersion: number | undefined): number | undefined {
  const tag = ifMatch?.trim();

  if (tag === undefined || tag === '' || tag === '*') {
    return bodyVersion;
  }
  const match = entityTagPattern.exec(tag);

  if (match === null) {
    throw invalidPrecondition(
      'If-Match',
      `If-Match ${tag} is not a dataset version; send the ETag of the dataset, such as "3".`,
      `If-Match ${tag} ไม่ใช่ฉบับของชุดข้อมูล โปรดส่งค่า ETag ของชุดข้อมูล เช่น "3"`,
    );
  }
  const version = Number(match[1]);

  if (bodyVersion !== undefined && bodyVersion !== version) {
    throw invalidPrecondition(
      'expectedVersion',
      `expectedVersion ${bodyVersion} differs from If-Match ${tag}; send one of them.`,
      `expectedVersion ${bodyVersion} ไม่ตรงกับ If-Match ${tag} โปรดส่งเพียงอย่างเดียว`,
    );
  }

  return version;
}

/** Changes to the thai_gdc metadata of a dataset, with optimistic concurrency by version. */
@ApiTags('catalog')
@Controller('v1/catalog')
export class DatasetUpdateController {
  constructor(private readonly catalog: CatalogClient) {}

  @Access('agency.write', { agency: ownerOf('dataset') })
  @Patch('datasets/:id')
  @ApiOperation({
    summary: 'แก้ไขเมทาดาตาของชุดข้อมูล / Update the metadata of a dataset',
    description:
      'รวมฟิลด์ใน metadata เข้ากับเมทาดาตาเดิมแล้วตรวจทั้งชุดตามแบบ thai_gdc ค่า null ลบฟิลด์ ฉบับที่ไม่ตรงได้ 409 / ' +
      'Merges the fields of `metadata` into the stored metadata and validates the whole as a create does; null removes a field. ' +
      'A stale expectedVersion or If-Match gets 409 with the current version.',
  })
  @ApiParam({ name: 'id', description: 'รหัส UUID หรือชื่อ URL / UUID or slug' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag ที่อ่านได้ล่าสุด เช่น "3" / ETag last read, such as "3"' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['metadata'],
      properties: {
        expectedVersion: { type: 'integer', minimum: 1, description: 'ฉบับที่อ่านได้ล่าสุด / Version last read' },
        metadata: { type: 'object', additionalProperties: true, example: { data_classification: 'ลับ', notes: 'คำอธิบายใหม่' } },
      },
    },
  })
  @ApiOkResponse({ schema: datasetDetailSchema, headers: { ETag: { description: 'ฉบับใหม่ / New version', schema: { type: 'string' } } } })
  @ApiProblems(400, 404, 409)
  async update(
    @Param('id') id: string,
    @Body() body: UpdateDatasetBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DatasetDetail> {
    const expectedVersion = expectedVersionOf(ifMatch, body.expectedVersion);
    const updated = await this.catalog.request(CatalogSubjects.datasetUpdate, {
      idOrSlug: id,
      metadata: body.metadata,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
    });

    res.setHeader('ETag', `"${updated.version}"`);

    return updated;
  }
}
