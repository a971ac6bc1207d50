import type { SchemaObject } from '@nestjs/swagger';

// JSON schema of the catalog import report, for the OpenAPI document; the contracts lib declares
// it as a TypeScript interface, which carries no runtime metadata.

const fieldErrorSchema: SchemaObject = {
  type: 'object',
  properties: {
    field: { type: 'string', example: 'maintainer_email' },
    rule: { type: 'string', example: 'email' },
    messageTh: { type: 'string' },
    messageEn: { type: 'string' },
  },
};

const rowReportSchema: SchemaObject = {
  type: 'object',
  properties: {
    row: { type: 'integer', description: 'แถวในไฟล์ นับแถวหัวตารางเป็นแถว 1 / Row in the file, the header being row 1' },
    action: { type: 'string', enum: ['created', 'updated', 'unchanged', 'rejected'] },
    slug: { type: 'string', nullable: true },
    datasetId: { type: 'string', format: 'uuid', nullable: true },
    errors: { type: 'array', items: fieldErrorSchema },
  },
};

export const catalogImportReportSchema: SchemaObject = {
  type: 'object',
  properties: {
    dryRun: { type: 'boolean' },
    format: { type: 'string', enum: ['csv', 'xlsx'] },
    totalRows: { type: 'integer' },
    created: { type: 'integer' },
    updated: { type: 'integer' },
    unchanged: { type: 'integer' },
    rejected: { type: 'integer' },
    ignoredColumns: { type: 'array', items: { type: 'string' } },
    rows: { type: 'array', items: rowReportSchema },
  },
};
