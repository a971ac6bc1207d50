import { Injectable, Logger } from '@nestjs/common';

import type {
  CatalogImportRow,
  CatalogImportRowReport,
  CatalogImportRowsResponse,
  CatalogTablePage,
  CatalogTablePageRequest,
  CreateDatasetRequest,
  ImportCatalogRowsRequest,
} from '@bma-kpi/contracts-catalog';
import { datasetSlugPattern } from '@bma-kpi/contracts-catalog';
import type { DatasetDetail as DatasetDetailRecord } from '@bma-kpi/catalog-data-access';
import { DatasetRepository } from '@bma-kpi/catalog-data-access';
import type { CatalogTableHeader } from '@bma-kpi/catalog-domain';
import { catalogTableCells, catalogTableHeader, readCatalogTableHeader, readCatalogTableRow } from '@bma-kpi/catalog-domain';
import { DomainException } from '@bma-kpi/errors';

import { agencyMismatch, internalRowError, isCatalogHeader, rejectedRow, withAgency } from './catalog-import.rows';
import { CatalogTransferExceptions } from './catalog-transfer.exceptions';
import { canonicalMetadata, datasetMetadataErrors, mergeMetadata } from './dataset-metadata.check';
import { toDatasetMetadata } from './dataset.mapper';
import { DatasetService } from './dataset.service';
import { DatasetUpdateService } from './dataset-update.service';
import type { RequestMeta } from './request-meta';

const defaultTablePageSize = 100;

/**
 * Bytes of row cells (as JSON) after which a table page stops, so the reply stays well under the
 * 1 MB that NATS carries per message. One dataset's row stays below this limit because the create
 * contract caps `notes` at 20,000 characters and every other text at 5,000 or fewer.
 */
const maxTablePageBytes = 512 * 1024;

/** Exports the agency data catalog (บัญชีรายการข้อมูล) page by page and imports it row by row. */
@Injectable()
export class CatalogTransferService {
  private readonly logger = new Logger(CatalogTransferService.name);

  constructor(
    private readonly datasets: DatasetRepository,
    private readonly datasetService: DatasetService,
    private readonly updates: DatasetUpdateService,
  ) {}

  /** Returns the datasets after `afterSlug` as table rows, stopping early when the page grows too large. */
  async tablePage(request: CatalogTablePageRequest): Promise<CatalogTablePage> {
    const pageSize = request.pageSize ?? defaultTablePageSize;
    const records = await this.datasets.listAfterSlug({ agencyCode: request.agency }, request.afterSlug, pageSize + 1);
    const rows: string[][] = [];
    let bytes = 0;

    for (const record of records.slice(0, pageSize)) {
      const cells = catalogTableCells(toDatasetMetadata(record));

      bytes += Buffer.byteLength(JSON.stringify(cells));
      if (rows.length > 0 && bytes > maxTablePageBytes) {
        break;
      }
      rows.push(cells);
    }
    const hasMore = rows.length < records.length;

    return {
      header: catalogTableHeader(request.headerLanguage ?? 'th'),
      rows,
      nextAfterSlug: hasMore ? (records[rows.length - 1]?.slug ?? null) : null,
    };
  }

  /**
   * Validates each row on its own and, unless `dryRun` is set, creates or updates its dataset.
   * A row whose `name` is a stored slug updates that dataset; other rows create one. Throws
   * CATALOG_IMPORT_HEADER_NOT_FOUND when the header names neither the title nor the slug column.
   */
  async importRows(request: ImportCatalogRowsRequest, meta: RequestMeta): Promise<CatalogImportRowsResponse> {
    const header = readCatalogTableHeader(request.header);

    if (!isCatalogHeader(header)) {
      throw CatalogTransferExceptions.headerNotFound(request.header);
    }
    const rows: CatalogImportRowReport[] = [];

    for (const row of request.rows) {
      rows.push(await this.importRow(header, row, request, meta));
    }

    return { rows, ignoredColumns: [...header.ignored] };
  }

  private async importRow(
    header: CatalogTableHeader,
    row: CatalogImportRow,
    options: ImportCatalogRowsRequest,
    meta: RequestMeta,
  ): Promise<CatalogImportRowReport> {
    const { values, blankFields } = readCatalogTableRow(header, row.cells);
    const slug = typeof values['name'] === 'string' ? values['name'] : null;

    try {
      const existing = slug !== null && datasetSlugPattern.test(slug) ? await this.datasets.getBySlug(slug) : null;

      return existing === null
        ? await this.createRow(row.row, values, options, meta)
        : await this.updateRow(row.row, existing, { values, blankFields }, options, meta);
    } catch (error) {
      if (error instanceof DomainException) {
        const errors = error.extra.errors ?? [{ field: '', rule: error.code, messageEn: error.messageEn, messageTh: error.messageTh }];

        return rejectedRow(row.row, slug, errors);
      }
      this.logger.error({ err: error, row: row.row, slug, correlationId: meta.correlationId }, 'Catalog import row failed');

      return rejectedRow(row.row, slug, [internalRowError()]);
    }
  }

  private async createRow(
    row: number,
    values: Record<string, unknown>,
    options: ImportCatalogRowsRequest,
    meta: RequestMeta,
  ): Promise<CatalogImportRowReport> {
    const metadata = withAgency(values, options.agency);
    const slug = typeof metadata['name'] === 'string' ? metadata['name'] : null;

    if (options.agency !== undefined && metadata['owner_org'] !== options.agency) {
      return rejectedRow(row, slug, [agencyMismatch(options.agency, metadata['owner_org'])]);
    }
    const errors = await datasetMetadataErrors(metadata);

    if (errors.length > 0) {
      return rejectedRow(row, slug, errors);
    }
    if (options.dryRun === true) {
      return { row, action: 'created', slug, datasetId: null, errors: [] };
    }
    // NOTE: a row without `name` always creates a dataset, so importing the same file twice without slugs stores duplicates.
    const created = await this.datasetService.create(metadata as unknown as CreateDatasetRequest, meta);

    return { row, action: 'created', slug: created.slug, datasetId: created.id, errors: [] };
  }

  private async updateRow(
    row: number,
    existing: DatasetDetailRecord,
    cells: { values: Record<string, unknown>; blankFields: readonly string[] },
    options: ImportCatalogRowsRequest,
    meta: RequestMeta,
  ): Promise<CatalogImportRowReport> {
    if (options.agency !== undefined && existing.agencyCode !== options.agency) {
      return rejectedRow(row, existing.slug, [agencyMismatch(options.agency, existing.agencyCode)]);
    }
    // A blank cell clears its field; a column missing from the file keeps the stored value.
    const cleared = Object.fromEntries(cells.blankFields.map((field) => [field, null]));
    const stored = toDatasetMetadata(existing) as unknown as Record<string, unknown>;
    const metadata = withAgency(mergeMetadata(stored, { ...cleared, ...cells.values }), options.agency);

    if (options.agency !== undefined && metadata['owner_org'] !== options.agency) {
      return rejectedRow(row, existing.slug, [agencyMismatch(options.agency, metadata['owner_org'])]);
    }
    const errors = await datasetMetadataErrors(metadata);

    if (errors.length > 0) {
      return rejectedRow(row, existing.slug, errors);
    }
    const unchanged = canonicalMetadata(metadata) === canonicalMetadata(stored);

    if (unchanged || options.dryRun === true) {
      return { row, action: unchanged ? 'unchanged' : 'updated', slug: existing.slug, datasetId: existing.id, errors: [] };
    }
    const result = await this.updates.store(existing, metadata, meta);

    return { row, action: result.changedFields.length > 0 ? 'updated' : 'unchanged', slug: result.dataset.slug, datasetId: existing.id, errors: [] };
  }
}
