import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

import type { Page, ProgressExportItem } from '@bma-kpi/contracts-indicators';
import { ExportProgressRequest, IndicatorsSubjects } from '@bma-kpi/contracts-indicators';

import { ProgressExportService } from './progress-export.service';

/** NATS handler of the progress export that other systems read; validation runs in the global pipe. */
@Controller()
export class ProgressExportController {
  constructor(private readonly exports: ProgressExportService) {}

  @MessagePattern(IndicatorsSubjects.progressExport)
  page(@Payload() request: ExportProgressRequest): Promise<Page<ProgressExportItem>> {
    return this.exports.page(request);
  }
}
