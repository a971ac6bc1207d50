import { IsOptional } from 'class-validator';

import { IsBuddhistYearNumber, IsCatalogText } from './catalog.validators';

/** Request for the governance scorecard of one agency, or of every agency that has datasets or artefacts. */
export class GetScorecardRequest {
  /** Agency code (CKAN `owner_org`). */
  @IsOptional()
  @IsCatalogText(100)
  agency?: string;

  /** Buddhist-era fiscal year; the current fiscal year in Bangkok when absent. */
  @IsOptional()
  @IsBuddhistYearNumber({ fromQuery: true })
  fiscalYear?: number;
}
