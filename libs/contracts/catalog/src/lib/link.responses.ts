/**
 * Outcome of asking the indicators service for a linked indicator. `available` comes with its
 * details, `notFound` means that service has no such indicator, and `unavailable` means it did not
 * reply in time or is not running.
 */
export type LinkedIndicatorStatus = 'available' | 'notFound' | 'unavailable';

/** The part of an indicator (KPI) that a link shows, as the indicators service returns it. */
export interface LinkedIndicator {
  id: string;
  code: string | null;
  /** Thai name of the indicator. */
  titleTh: string | null;
  /** Buddhist-era fiscal year, such as 2564. */
  fiscalYear: number;
  agencyCode: string | null;
}

/** A dictionary field as a link names it. */
export interface LinkedField {
  id: string;
  name: string;
  labelTh: string;
}

/** A stored link between a dataset, or one of its dictionary fields, and an indicator. */
export interface IndicatorLinkResponse {
  id: string;
  datasetId: string;
  indicatorId: string;
  /** Null when the link is to the whole dataset. */
  field: LinkedField | null;
  /** Why the indicator depends on the data, or null. */
  note: string | null;
  createdBy: string;
  /** ISO 8601 instant. */
  createdAt: string;
}

/** A link of a dataset with the indicator's details, or null with the reason in `indicatorStatus`. */
export interface DatasetIndicatorLink extends IndicatorLinkResponse {
  indicator: LinkedIndicator | null;
  indicatorStatus: LinkedIndicatorStatus;
}

/** The indicators (KPIs) that depend on a dataset, oldest link first. */
export interface DatasetIndicatorsResponse {
  datasetId: string;
  slug: string;
  items: DatasetIndicatorLink[];
}

/** The dataset of a link, with what a caller needs to hide datasets that are not public data. */
export interface LinkedDataset {
  id: string;
  slug: string;
  titleTh: string;
  titleEn: string | null;
  agencyCode: string;
  dataCategory: string;
  /** Thai `data_classification` value, or null when the metadata does not set it. */
  classification: string | null;
  /** True for category ข้อมูลสาธารณะ with classification เปิดเผย or none. */
  isPublic: boolean;
}

/** A link of an indicator with its dataset. */
export interface IndicatorDatasetLink extends IndicatorLinkResponse {
  dataset: LinkedDataset;
}

/** The datasets behind an indicator (KPI), oldest link first. */
export interface IndicatorDatasetsResponse {
  indicatorId: string;
  indicator: LinkedIndicator | null;
  indicatorStatus: LinkedIndicatorStatus;
  items: IndicatorDatasetLink[];
}
