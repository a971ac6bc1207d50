import { createHash } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import type { ImportOutcome, ImportRecordRequest, ImportRecordResponse } from '@bma-kpi/contracts-indicators';
import { maxMeasuredValue } from '@bma-kpi/contracts-indicators';
import type { ImportChange, ImportRecordParams, PlanPathNodeInput } from '@bma-kpi/indicators-data-access';
import { AgencyRepository, ImportRepository, PlanRepository } from '@bma-kpi/indicators-data-access';
import type { ParsedKpiRecord, ParseMessage } from '@bma-kpi/indicators-domain';
import { parseKpiRecord } from '@bma-kpi/indicators-domain';
import type { OutboxMessage } from '@bma-kpi/messaging';
import { OutboxRelay } from '@bma-kpi/messaging';

import { IndicatorEventFactory } from './indicator-events';
import { maxReplyBytes } from './reply-budget';
import { IndicatorsExceptions } from './indicators.exceptions';
import { canonicalRecordText, identityKeyOf, toImportParams } from './record-import.params';
import type { RequestMeta } from './request-meta';

function warning(code: string, messageEn: string, messageTh: string): ParseMessage {
  return { code, line: null, messageEn, messageTh };
}

// The import's reply repeats the parsed record, so a record whose reply would not fit in one NATS
// message is rejected before anything is stored.
const placeholderId = '00000000-0000-0000-0000-000000000000';

function assertReplyFits(reply: ImportRecordResponse): void {
  const bytes = Buffer.byteLength(JSON.stringify(reply), 'utf8');

  if (bytes > maxReplyBytes) {
    throw IndicatorsExceptions.recordTooLarge(bytes, maxReplyBytes);
  }
}

/** Rejects numbers the DECIMAL(20, 4) columns cannot hold, before anything is stored. */
function assertValuesInRange(record: ParsedKpiRecord): void {
  const values = [
    { field: 'target', value: record.target?.value ?? null },
    { field: 'actual', value: record.actual?.value ?? null },
    ...record.quarters.map((quarter) => ({ field: `quarter${quarter.quarter}.planned`, value: quarter.planned })),
  ];
  const tooLarge = values.find((item) => item.value !== null && !(Math.abs(item.value) <= maxMeasuredValue));

  if (tooLarge) {
    throw IndicatorsExceptions.valueOutOfRange(tooLarge.field, null, maxMeasuredValue);
  }
}

/** Parses a record and checks what storing it needs: a fiscal year and values the columns hold. */
function parseStorableRecord(text: string): ParsedKpiRecord {
  const parsed = parseKpiRecord(text);

  if (!parsed.ok) {
    throw IndicatorsExceptions.notAKpiRecord(parsed.errors);
  }
  if (parsed.record.fiscalYear === null) {
    throw IndicatorsExceptions.fiscalYearMissing();
  }
  assertValuesInRange(parsed.record);

  return parsed.record;
}

function outcomeOf(result: { created: boolean; unchanged: boolean }): ImportOutcome {
  if (result.created) {
    return 'created';
  }

  return result.unchanged ? 'unchanged' : 'updated';
}

/** Parses KPI record exports and stores them; the same text imported twice changes nothing. */
@Injectable()
export class RecordImportService {
  private readonly logger = new Logger(RecordImportService.name);

  constructor(
    private readonly imports: ImportRepository,
    private readonly agencies: AgencyRepository,
    private readonly plans: PlanRepository,
    private readonly relay: OutboxRelay,
  ) {}

  async importRecord(request: ImportRecordRequest, meta: RequestMeta): Promise<ImportRecordResponse> {
    const text = canonicalRecordText(request.text);
    const record = parseStorableRecord(text);
    const warnings = [...record.warnings];
    // An unknown agency code is an error even for a dry run or a record imported before.
    const agency = await this.resolveAgency(request.agencyCode, record, warnings);
    const respond = (
      outcome: ImportOutcome,
      ids: { indicatorId: string | null; importId: string | null },
      newProgressCount = 0,
    ): ImportRecordResponse => ({ outcome, ...ids, newProgressCount, layout: record.layout, warnings, record });

    assertReplyFits(respond('created', { indicatorId: placeholderId, importId: placeholderId }, record.progress.length));
    if (request.dryRun) {
      return respond('parsed', { indicatorId: null, importId: null });
    }
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const previous = await this.imports.findBySha(sha256);

    if (previous) {
      // NOTE: an agency code sent with a record imported before is not applied; change it with PATCH.
      return respond('unchanged', { indicatorId: previous.indicatorId, importId: previous.id });
    }
    const params: ImportRecordParams = {
      ...toImportParams(record, { text, sha256, fileName: request.fileName ?? null }),
      agencyId: agency?.id ?? null,
      identityKey: this.identityKey(record, agency?.id ?? null, warnings),
      ...(await this.resolvePlanPath(record, warnings)),
      warnings,
    };

    await this.checkRestriction(request.restrictToAgency, agency, params);
    const result = await this.imports.importRecord(params, meta.actor, meta.correlationId, (change) =>
      this.eventsOf(change, { ...record, agencyCode: agency?.code ?? null }, meta),
    );

    this.relay.kick();
    this.logger.log({ importId: result.importId, indicatorId: result.indicatorId }, 'KPI record imported');

    return respond(outcomeOf(result), { indicatorId: result.indicatorId, importId: result.importId }, result.newProgressCount);
  }

  /** Rejects an import by agency staff whose record, or the indicator it updates, belongs to another agency. */
  private async checkRestriction(allowed: string | undefined, agency: { id: string; code: string | null } | null, params: ImportRecordParams): Promise<void> {
    if (allowed === undefined) {
      return;
    }
    if (agency?.code !== allowed) {
      throw IndicatorsExceptions.importAgencyForbidden(allowed, agency?.code ?? null);
    }
    const targetAgencyId = await this.imports.ownerOfImportTarget(params);

    if (targetAgencyId !== undefined && targetAgencyId !== agency.id) {
      throw IndicatorsExceptions.importTargetOfOtherAgency(allowed);
    }
  }

  private identityKey(record: ParsedKpiRecord, agencyId: string | null, warnings: ParseMessage[]): string | null {
    const key = identityKeyOf(record, agencyId);

    if (key === null && record.pid === null) {
      warnings.push(
        warning(
          'KPI_IDENTITY_UNKNOWN',
          'The record has no KPI code and no definitions or criteria, so a later export of it will be stored as another indicator.',
          'บันทึกไม่มีรหัสตัวชี้วัด นิยาม หรือเกณฑ์การประเมิน การนำเข้าครั้งต่อไปของตัวชี้วัดนี้จึงจะถูกบันทึกเป็นตัวชี้วัดใหม่',
        ),
      );
    }

    return key;
  }

  private eventsOf(change: ImportChange, record: ParsedKpiRecord, meta: RequestMeta): OutboxMessage[] {
    const { indicatorId, version, changedFields } = change;
    const fiscalYear = record.fiscalYear ?? 0;
    const events: OutboxMessage[] = [];

    if (change.created) {
      events.push(IndicatorEventFactory.created({ indicatorId, code: record.pid, fiscalYear, agencyCode: record.agencyCode, title: record.title }, meta));
    } else if (changedFields.length > 0) {
      events.push(IndicatorEventFactory.updated({ indicatorId, fiscalYear, version, changedFields }, meta));
    }
    for (const note of change.newProgress) {
      const data = { indicatorId, progressId: note.id, fiscalYear: note.fiscalYear, quarter: note.quarter, date: note.reportDate, value: null };

      events.push(IndicatorEventFactory.progressReported(data, meta));
    }

    return events;
  }

  /** The owner agency: the one asked for, else the one the KPI code names; a warning when neither is known. */
  private async resolveAgency(
    requested: string | undefined,
    record: ParsedKpiRecord,
    warnings: ParseMessage[],
  ): Promise<{ id: string; code: string | null } | null> {
    if (requested) {
      const agency = await this.agencies.findByCode(requested);

      if (!agency) {
        throw IndicatorsExceptions.agencyNotFound(requested, 'agency');
      }

      return agency;
    }
    const code = record.agencyCode;
    const agency = code ? await this.agencies.findByCode(code) : null;

    if (agency) {
      return agency;
    }
    warnings.push(
      code
        ? warning('AGENCY_UNKNOWN', `Agency code ${code} is not in the agency list, so the indicator has no owner yet.`, `ไม่พบรหัสหน่วยงาน ${code} ในรายชื่อหน่วยงาน ตัวชี้วัดจึงยังไม่มีหน่วยงานเจ้าของ`)
        : warning('AGENCY_MISSING', 'The record names no agency. Import it with ?agency=CODE to set the owner.', 'บันทึกไม่ระบุหน่วยงาน โปรดนำเข้าพร้อม ?agency=รหัสหน่วยงาน เพื่อกำหนดหน่วยงานเจ้าของ'),
    );

    return null;
  }

  /** Links the record to the plan edition that covers its fiscal year, never to a guessed one. */
  private async resolvePlanPath(record: ParsedKpiRecord, warnings: ParseMessage[]): Promise<{ planEditionCode: string | null; planPath: PlanPathNodeInput[] }> {
    if (record.planPath.length === 0 || record.fiscalYear === null) {
      return { planEditionCode: null, planPath: [] };
    }
    const fiscalYear = record.fiscalYear;
    const edition = (await this.plans.listEditions()).find((candidate) => candidate.startYear <= fiscalYear && fiscalYear <= candidate.endYear);

    if (!edition) {
      warnings.push(warning('PLAN_EDITION_UNKNOWN', `No plan edition covers fiscal year ${fiscalYear}, so the plan path was not linked.`, `ไม่มีแผนฉบับที่ครอบคลุมปีงบประมาณ ${fiscalYear} จึงไม่ได้เชื่อมโยงกับแผน`));

      return { planEditionCode: null, planPath: [] };
    }

    return {
      planEditionCode: edition.code,
      planPath: record.planPath.map((node) => ({ level: node.level, code: node.code, nameTh: node.nameTh, nameEn: node.nameEn })),
    };
  }
}

