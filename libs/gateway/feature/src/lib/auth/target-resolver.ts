import { Injectable } from '@nestjs/common';
import type { Request } from 'express';

import { CatalogSubjects } from '@bma-kpi/contracts-catalog';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { CatalogClient } from '../clients/catalog.client';
import { IndicatorsClient } from '../clients/indicators.client';
import type { AccessTarget } from './access-policy';
import type { AccessRule, TargetSource } from './access.decorator';

/**
 * Marks a target that the services do not know. The route then returns its own 404 or 400, so a
 * caller learns nothing more than it would without access checks.
 */
const unknownTarget = undefined;

type OwnedEntity = 'indicator' | 'dataset' | 'artefact' | 'assessment';

/** Error codes that mean the service failed, not that the target is wrong. */
const serverSideCodes = new Set<string>([CommonErrorCode.serviceUnavailable, CommonErrorCode.serviceTimeout, CommonErrorCode.internal]);

function fieldValue(request: Request, source: Extract<TargetSource, { field: string }>): string | null {
  const containers: Record<string, unknown> = { query: request.query, param: request.params };
  const container = containers[source.from] ?? (request.body as unknown);
  const value = typeof container === 'object' && container !== null ? (container as Record<string, unknown>)[source.field] : undefined;

  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Finds the agency that owns a request's target, asking the owning service when the path names an entity. */
@Injectable()
export class TargetResolver {
  constructor(
    private readonly indicators: IndicatorsClient,
    private readonly catalog: CatalogClient,
  ) {}

  async targetOf(rule: AccessRule, request: Request): Promise<AccessTarget> {
    const target: AccessTarget = {};

    for (const source of rule.agency === undefined ? [] : [rule.agency].flat()) {
      target.agency = await this.agencyOf(source, request);
      if (target.agency !== null) {
        break;
      }
    }
    if (rule.recipient !== undefined && 'field' in rule.recipient) {
      target.recipient = fieldValue(request, rule.recipient);
    }

    return target;
  }

  private async agencyOf(source: TargetSource, request: Request): Promise<string | null | undefined> {
    if (source.from === 'indicatorReference') {
      return this.referencedIndicatorAgency(request, source);
    }
    if (source.from === 'district') {
      return this.districtAgency(fieldValue(request, source));
    }
    if (source.from === 'datasetField') {
      const reference = fieldValue(request, source);

      return reference === null ? null : this.ownerOrUnknown('dataset', reference);
    }
    if ('field' in source) {
      return fieldValue(request, source);
    }
    const id = request.params[source.param];

    return typeof id !== 'string' || id === '' ? unknownTarget : this.ownerOrUnknown(source.from, id);
  }

  /** The owner of the indicator a body names by id, or else by KPI code and fiscal year. */
  private async referencedIndicatorAgency(
    request: Request,
    source: Extract<TargetSource, { from: 'indicatorReference' }>,
  ): Promise<string | null | undefined> {
    const id = fieldValue(request, { from: 'body', field: source.idField });

    if (id !== null) {
      return this.ownerOrUnknown('indicator', id);
    }
    const code = fieldValue(request, { from: 'body', field: source.codeField });
    const body: unknown = request.body;
    const fiscalYear = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[source.yearField] : undefined;

    if (code === null || typeof fiscalYear !== 'number') {
      return unknownTarget;
    }

    return this.unknownOnRequestError(async () => {
      const page = await this.indicators.request(IndicatorsSubjects.progressExport, { fiscalYear, code, pageSize: 1 });
      const indicator = page.items[0];

      return indicator === undefined ? unknownTarget : (indicator.agency?.code ?? null);
    });
  }

  private ownerOrUnknown(kind: OwnedEntity, id: string): Promise<string | null | undefined> {
    return this.unknownOnRequestError(() => this.ownerOf(kind, id));
  }

  private async unknownOnRequestError(lookUp: () => Promise<string | null | undefined>): Promise<string | null | undefined> {
    try {
      return await lookUp();
    } catch (error) {
      // The route itself reports a 4xx (not found, malformed id), while a 5xx stops the request here.
      if (error instanceof DomainException && !serverSideCodes.has(error.code)) {
        return unknownTarget;
      }
      throw error;
    }
  }

  /** Returns the BMA code of the district office with this geocode, or the geocode when it has no code. */
  private async districtAgency(geocode: string | null): Promise<string | null | undefined> {
    if (geocode === null) {
      return null;
    }
    const offices = await this.indicators.request(IndicatorsSubjects.agencyList, { kind: 'districtOffice', pageSize: 200 });
    const office = offices.items.find((agency) => agency.geocode === geocode);

    return office === undefined ? unknownTarget : (office.code ?? geocode);
  }

  private async ownerOf(kind: OwnedEntity, id: string): Promise<string | null> {
    switch (kind) {
      case 'indicator':
        return (await this.indicators.request(IndicatorsSubjects.indicatorGet, { id })).agency?.code ?? null;
      case 'dataset':
        return (await this.catalog.request(CatalogSubjects.datasetGet, { idOrSlug: id })).agencyCode;
      case 'artefact':
        return (await this.catalog.request(CatalogSubjects.artefactGet, { artefactId: id })).agencyCode;
      case 'assessment':
        return (await this.catalog.request(CatalogSubjects.assessmentGet, { assessmentId: id })).agencyCode;
    }
  }
}
