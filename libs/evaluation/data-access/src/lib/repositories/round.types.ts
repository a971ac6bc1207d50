import type { Page, PageRequest } from '@bma-kpi/database';

import type { RoundStatus } from '../../generated/prisma/client';

/** Input of RoundRepository.create. Instants are ISO 8601 with a zone. */
export interface CreateRoundInput {
  /** Buddhist-era fiscal year, e.g. 2564. */
  fiscalYear: number;
  /** 1 to 4; quarter 1 is October to December. */
  quarter: number;
  /** Overrides the calendar rule for the last instant of agency data entry. */
  entryDeadline?: string | null;
  /** Overrides the calendar rule for the end of the review period; not before entryDeadline. */
  reviewUntil?: string | null;
}

/** New window overrides of a round: undefined keeps a value, null removes the override. */
export interface RoundWindowsPatch {
  entryDeadline?: string | null;
  reviewUntil?: string | null;
}

/** A stored evaluation round; instants are ISO 8601 in UTC. */
export interface RoundRecord {
  id: string;
  fiscalYear: number;
  quarter: number;
  entryDeadline: string | null;
  reviewUntil: string | null;
  status: RoundStatus;
  signedOffAt: string | null;
  signedOffBy: string | null;
  version: number;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Filters and page of RoundRepository.list. */
export interface RoundListQuery extends PageRequest {
  fiscalYear?: number;
  status?: RoundStatus;
}

export type RoundPage = Page<RoundRecord>;
