import { Injectable } from '@nestjs/common';

import type { AgencyResponse } from '@bma-kpi/contracts-indicators';
import { maxPageSize } from '@bma-kpi/contracts-indicators';

import { IndicatorsClient } from '../indicators.client';
import type { RequestMeta } from '../request-meta';

/** How long the agency list read from the indicators service is reused. */
export const AGENCY_DIRECTORY_TTL_MS = 5 * 60_000;

/** The agency that a notice about a district is addressed to. */
export interface DistrictAgency {
  /** Agency code of the district office: its BMA code, or its geocode when it has none. */
  agencyCode: string;
  nameTh: string;
}

/**
 * The agency list of the indicators service, read in pages of 200 and kept for a few minutes,
 * because a District Catalog sweep raises one event per district and item and each needs it.
 * A district office without a BMA code is addressed by its geocode, as the gateway does when it
 * authorises district requests, so its staff read `agency:<geocode>`.
 */
@Injectable()
export class AgencyDirectory {
  private cached: { agencies: AgencyResponse[]; expiresAt: number } | null = null;

  constructor(private readonly indicators: IndicatorsClient) {}

  /** Returns the district office with this Ministry of Interior geocode, or null when none has it. */
  async districtOffice(geocode: string, meta: RequestMeta): Promise<DistrictAgency | null> {
    const office = (await this.agencies(meta)).find((agency) => agency.kind === 'districtOffice' && agency.geocode === geocode);

    return office === undefined ? null : { agencyCode: office.code ?? geocode, nameTh: office.nameTh };
  }

  /** Returns the Thai name of the agency with this code, or null when none has it. */
  async agencyName(agencyCode: string, meta: RequestMeta): Promise<string | null> {
    const agencies = await this.agencies(meta);
    const agency = agencies.find((candidate) => candidate.code === agencyCode) ?? agencies.find((candidate) => candidate.geocode === agencyCode);

    return agency?.nameTh ?? null;
  }

  private async agencies(meta: RequestMeta, now = Date.now()): Promise<AgencyResponse[]> {
    if (this.cached !== null && this.cached.expiresAt > now) {
      return this.cached.agencies;
    }
    const agencies: AgencyResponse[] = [];

    for (let page = 1; ; page += 1) {
      const reply = await this.indicators.listAgencies(page, maxPageSize, meta);

      agencies.push(...reply.items);
      if (reply.items.length === 0 || page * maxPageSize >= reply.total) {
        break;
      }
    }
    this.cached = { agencies, expiresAt: now + AGENCY_DIRECTORY_TTL_MS };

    return agencies;
  }
}
