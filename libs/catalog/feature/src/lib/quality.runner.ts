import { Inject, Injectable, Logger } from '@nestjs/common';

import type { DatasetDetail, QualityAssessmentRecord } from '@bma-kpi/catalog-data-access';
import { DatasetRepository, QualityJobRepository } from '@bma-kpi/catalog-data-access';
import { assessRows, isIsoCalendarDate, readCsvRows, readXlsxRows, type QualityField, type QualityResult, type TimelinessInput } from '@bma-kpi/catalog-domain';
import { OutboxRelay } from '@bma-kpi/messaging';
import { toBangkokIsoDate } from '@bma-kpi/util-thai';

import { CatalogEventFactory } from './catalog-events';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { toQualityField } from './quality.mapper';
import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from './quality.options';
import { QualityReportWriter } from './quality-report.writer';

/** Error that ends a job without a result; its message is stored on the job. */
class QualityJobError extends Error {}

/** Signal that another instance took the job over, so this one stops without writing. */
class LeaseLostError extends Error {}

function timelinessOf(dataset: DatasetDetail, resourceMetadata: Record<string, unknown>): TimelinessInput {
  const resourceDate = resourceMetadata['resource_last_updated_date'];

  return {
    lastUpdated: typeof resourceDate === 'string' && isIsoCalendarDate(resourceDate) ? resourceDate : dataset.lastUpdatedDate,
    unit: dataset.updateFrequencyUnit,
    interval: dataset.updateFrequencyInterval,
    today: toBangkokIsoDate(new Date()),
  };
}

/** Runs one claimed assessment job: streams the file through the engine and stores the outcome. */
@Injectable()
export class QualityRunner {
  private readonly logger = new Logger(QualityRunner.name);
  private readonly settings: QualitySettings;

  constructor(
    private readonly datasets: DatasetRepository,
    private readonly jobs: QualityJobRepository,
    private readonly relay: OutboxRelay,
    @Inject(CATALOG_SERVICE_OPTIONS) private readonly options: CatalogServiceOptions,
  ) {
    this.settings = { ...DEFAULT_QUALITY_SETTINGS, ...options.quality };
  }

  /**
   * Runs the job to its end without throwing. A failure is logged and stored on the job. A lost lease
   * is only logged, because another instance now owns the job.
   */
  async run(job: QualityAssessmentRecord, owner: string): Promise<void> {
    this.logger.log({ assessmentId: job.id, resourceId: job.resourceId, attempt: job.attempts }, 'Quality assessment started');
    try {
      const completed = await this.assess(job, owner);

      this.logger.log({ assessmentId: job.id, overall: completed?.scores.overall ?? null, stored: completed !== null }, 'Quality assessment finished');
      this.relay.kick();
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.logger.warn({ assessmentId: job.id, owner }, 'Quality assessment taken over by another instance; stopped here');

        return;
      }
      const message = error instanceof Error ? error.message : String(error);

      this.logger.error({ assessmentId: job.id, err: error }, 'Quality assessment failed');
      await this.jobs.fail(job.id, owner, message).catch((failError: unknown) => {
        this.logger.error({ assessmentId: job.id, err: failError }, 'Could not mark the quality assessment failed');
      });
    }
  }

  private async assess(job: QualityAssessmentRecord, owner: string) {
    const { dataset, fields, metadata } = await this.loadDictionary(job);
    const store = this.options.objectStore;
    const file = await store?.open(job.objectSha256);

    if (store === undefined || file === null || file === undefined) {
      throw new QualityJobError(`File ${job.objectSha256} is missing from the object store.`);
    }
    const report = new QualityReportWriter(store, this.settings.maxReportBytes);
    const progress = { bytesRead: 0 };
    let result: QualityResult;

    try {
      const rows = job.format === 'XLSX' ? readXlsxRows(file, progress) : readCsvRows(file, progress);

      result = await assessRows(fields, rows, {
        maxFindings: this.settings.maxFindings,
        timeliness: timelinessOf(dataset, metadata),
        onFindings: (findings) => report.write(findings),
        onProgress: (rowsRead) => this.reportProgress(job.id, owner, rowsRead, progress.bytesRead),
      });
    } catch (error) {
      file.destroy();
      report.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    const stored = await report.finish();
    const outcome = { ...result, reportSha256: stored.sha256, rowsProcessed: result.counts.rowsRead, bytesRead: progress.bytesRead };

    return this.jobs.complete(job.id, owner, outcome, (done) => [
      CatalogEventFactory.qualityAssessed(
        {
          assessmentId: done.id, datasetId: dataset.id, slug: dataset.slug, agencyCode: dataset.agencyCode,
          resourceId: done.resourceId, trigger: done.trigger, scores: done.scores, findingsTotal: done.findingsTotal,
        },
        { actor: done.requestedBy, correlationId: done.correlationId },
      ),
    ]);
  }

  // The dictionary is read when the job runs, so a dictionary fixed after the upload applies.
  // A resource's own dictionary wins over the dataset's.
  private async loadDictionary(job: QualityAssessmentRecord): Promise<{ dataset: DatasetDetail; fields: QualityField[]; metadata: Record<string, unknown> }> {
    const dataset = await this.datasets.get(job.datasetId);
    const resource = dataset?.resources.find((candidate) => candidate.id === job.resourceId);

    if (dataset === null || resource === undefined) {
      throw new QualityJobError(`Dataset ${job.datasetId} or its resource ${job.resourceId} no longer exists.`);
    }
    const resourceFields = dataset.fields.filter((field) => field.resourceId === job.resourceId);
    const fields = (resourceFields.length > 0 ? resourceFields : dataset.fields.filter((field) => field.resourceId === null)).map(toQualityField);

    if (fields.length === 0) {
      throw new QualityJobError(`Dataset ${dataset.slug} has no data dictionary; import one and start the assessment again.`);
    }

    return { dataset, fields, metadata: resource.metadata };
  }

  private async reportProgress(id: string, owner: string, rowsRead: number, bytesRead: number): Promise<void> {
    if (!(await this.jobs.reportProgress(id, owner, rowsRead, bytesRead, this.settings.leaseSeconds))) {
      throw new LeaseLostError(`Assessment ${id} is no longer held by ${owner}.`);
    }
  }
}
