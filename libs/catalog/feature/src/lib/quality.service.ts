import { Inject, Injectable, Logger } from '@nestjs/common';

import type {
  AgencyQualityRequest,
  AgencyQualityRollupResponse,
  LatestQualityRequest,
  QualityAssessmentReferenceRequest,
  QualityAssessmentResponse,
  QualityFindingsRequest,
  QualityFindingsResponse,
  QualityHistoryRequest,
  QualityHistoryResponse,
  QualityReportResponse,
  StartQualityAssessmentRequest,
} from '@bma-kpi/contracts-catalog';
import type { DatasetDetail, QualityAssessmentRecord } from '@bma-kpi/catalog-data-access';
import { QualityJobRepository, QualityRepository } from '@bma-kpi/catalog-data-access';
import { DomainException } from '@bma-kpi/errors';

import { CatalogExceptions } from './catalog.exceptions';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import { DatasetService } from './dataset.service';
import { fiscalYearInstants } from './fiscal-year-instants.util';
import { assessableFormat, scoreNumbers, toQualityAssessmentResponse, toQualityFindingResponse } from './quality.mapper';
import { QualityExceptions } from './quality.exceptions';
import { QualityWorker } from './quality.worker';
import type { RequestMeta } from './request-meta';

const defaultPageSize = 50;

/** Starts data quality assessments and reads their status, scores, findings and reports. */
@Injectable()
export class QualityService {
  private readonly logger = new Logger(QualityService.name);

  constructor(
    private readonly datasets: DatasetService,
    private readonly jobs: QualityJobRepository,
    private readonly assessments: QualityRepository,
    private readonly worker: QualityWorker,
    @Inject(CATALOG_SERVICE_OPTIONS) private readonly options: CatalogServiceOptions,
  ) {}

  /** Queues an assessment of one resource file, or returns the one already queued or running for it. */
  async start(request: StartQualityAssessmentRequest, meta: RequestMeta): Promise<QualityAssessmentResponse> {
    const dataset = await this.datasets.find(request.idOrSlug);

    return toQualityAssessmentResponse(await this.enqueue(dataset, request.resourceId, 'request', meta));
  }

  /**
   * Queues an assessment of a freshly uploaded file. A file that cannot be assessed (not CSV or
   * XLSX, or a dataset without dictionary) is logged and skipped. A failure to queue is logged but
   * not thrown either, because the upload itself is stored and the client can start the assessment later.
   */
  async startForUpload(dataset: DatasetDetail, resourceId: string, meta: RequestMeta): Promise<void> {
    try {
      await this.enqueue(dataset, resourceId, 'upload', meta);
    } catch (error) {
      if (error instanceof DomainException) {
        this.logger.log({ datasetId: dataset.id, resourceId, code: error.code }, 'Uploaded file not queued for a quality assessment');
      } else {
        this.logger.error({ datasetId: dataset.id, resourceId, err: error }, 'Queueing the quality assessment of an upload failed');
      }
    }
  }

  async get(request: QualityAssessmentReferenceRequest): Promise<QualityAssessmentResponse> {
    return toQualityAssessmentResponse(await this.findAssessment(request));
  }

  async latest(request: LatestQualityRequest): Promise<QualityAssessmentResponse> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const latest = await this.assessments.latestDone(dataset.id, request.resourceId);

    if (latest === null) {
      throw QualityExceptions.noAssessment(dataset.slug);
    }

    return toQualityAssessmentResponse(latest);
  }

  async history(request: QualityHistoryRequest): Promise<QualityHistoryResponse> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const page = { page: request.page ?? 1, pageSize: request.pageSize ?? defaultPageSize };
    const found = await this.assessments.history(dataset.id, page, request.resourceId);

    return { items: found.items.map(toQualityAssessmentResponse), total: found.total, ...page };
  }

  async findings(request: QualityFindingsRequest): Promise<QualityFindingsResponse> {
    const assessment = await this.findAssessment(request);
    const page = { page: request.page ?? 1, pageSize: request.pageSize ?? defaultPageSize };
    const filter = { ...(request.rule === undefined ? {} : { rule: request.rule }), ...(request.row === undefined ? {} : { row: request.row }) };
    const found = await this.assessments.findings(assessment.id, page, filter);

    return { assessmentId: assessment.id, items: found.items.map(toQualityFindingResponse), total: found.total, ...page };
  }

  async report(request: QualityAssessmentReferenceRequest): Promise<QualityReportResponse> {
    const assessment = await this.findAssessment(request);

    const stored = assessment.reportSha256 === null ? null : await this.options.objectStore?.stat(assessment.reportSha256);

    if (stored === null || stored === undefined) {
      throw QualityExceptions.reportNotReady(assessment.id, assessment.status);
    }

    return { sha256: stored.sha256, sizeBytes: stored.sizeBytes, fileName: `quality-report-${assessment.id}.csv` };
  }

  /** Averages each agency's latest scores; with a fiscal year, only of assessments finished in it (Bangkok time). */
  async agencies(request: AgencyQualityRequest): Promise<AgencyQualityRollupResponse> {
    const range = request.fiscalYear === undefined ? undefined : fiscalYearInstants(request.fiscalYear);
    const rows = range === null ? [] : await this.assessments.agencyMeans(range, request.agency);

    return { fiscalYear: request.fiscalYear ?? null, agencies: rows.map((row) => ({ ...row, scores: scoreNumbers(row.scores) })) };
  }

  private async enqueue(dataset: DatasetDetail, resourceId: string, trigger: 'upload' | 'request', meta: RequestMeta): Promise<QualityAssessmentRecord> {
    const resource = dataset.resources.find((candidate) => candidate.id === resourceId);

    if (resource === undefined) {
      throw CatalogExceptions.resourceNotFound(dataset.slug, resourceId);
    }
    const format = assessableFormat(resource.format, resource.mediaType);

    if (format === null || resource.objectSha256 === null || resource.sizeBytes === null) {
      throw QualityExceptions.unsupportedFile(resourceId, resource.format);
    }
    const hasDictionary = dataset.fields.some((field) => field.resourceId === null || field.resourceId === resourceId);

    if (!hasDictionary) {
      throw QualityExceptions.dictionaryMissing(dataset.slug);
    }
    const { job, created } = await this.jobs.enqueue({
      datasetId: dataset.id,
      resourceId,
      objectSha256: resource.objectSha256,
      format,
      bytesTotal: resource.sizeBytes,
      trigger,
      requestedBy: meta.actor,
      correlationId: meta.correlationId,
    });

    if (created) {
      this.worker.kick();
    }

    return job;
  }

  private async findAssessment(request: QualityAssessmentReferenceRequest): Promise<QualityAssessmentRecord> {
    const dataset = await this.datasets.find(request.idOrSlug);
    const assessment = await this.assessments.get(request.assessmentId);

    if (assessment === null || assessment.datasetId !== dataset.id) {
      throw QualityExceptions.assessmentNotFound(dataset.slug, request.assessmentId);
    }

    return assessment;
  }
}
