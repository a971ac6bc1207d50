/** A count out of a total, with the share in percent to one decimal, or null when the total is 0. */
export interface ScorecardMeasure {
  count: number;
  total: number;
  percent: number | null;
}

/** A dataset past its update due date, with dates written `YYYY-MM-DD`. */
export interface StaleDataset {
  id: string;
  slug: string;
  titleTh: string;
  lastUpdatedDate: string | null;
  /** Last day on which the dataset counted as current, or null when it has no last update date. */
  dueDate: string | null;
}

/**
 * Means of the data quality scores of an agency's datasets, each dataset counted by its latest
 * assessment finished in the fiscal year (Bangkok time). Each score is 0–100 with 2 decimals, or
 * null when no assessed dataset has a score for that dimension.
 */
export interface AgencyDataQuality {
  completeness: number | null;
  validity: number | null;
  uniqueness: number | null;
  encoding: number | null;
  timeliness: number | null;
  overall: number | null;
  /** Datasets with a finished assessment in the fiscal year. */
  assessedDatasets: number;
  /** Datasets of the agency in the catalog without a finished assessment in the fiscal year. */
  notAssessedDatasets: number;
}

/**
 * Scores of an agency's assessments of the fiscal year, each 0–100 with 2 decimals: accepted
 * readiness and security assessments, and finished data quality assessments. An agency without
 * one shows null scores and 0 assessed datasets. Null means "not assessed", never a score of 0.
 */
export interface AgencyAssessmentScores {
  /** Overall score of the accepted readiness assessment, or null. */
  readiness: number | null;
  security: {
    /** Mean overall score of the datasets with an accepted security assessment, or null when there is none. */
    averageScore: number | null;
    assessedDatasets: number;
    /** Datasets of the agency in the catalog, assessed or not. */
    datasets: number;
  };
  dataQuality: AgencyDataQuality;
}

/** The governance scorecard of one agency for one fiscal year. */
export interface AgencyScorecard {
  agencyCode: string;
  datasets: number;
  /** Datasets whose stored metadata passes every thai_gdc rule. */
  metadataComplete: ScorecardMeasure;
  withDictionary: ScorecardMeasure;
  /** Datasets with a classification level other than ไม่ระบุ. */
  classified: ScorecardMeasure;
  /** Datasets that name a contact unit and e-mail (CKAN `maintainer`, `maintainer_email`). */
  owned: ScorecardMeasure;
  /** Updated as often as declared, out of the datasets whose frequency names a period. */
  updatedOnTime: ScorecardMeasure;
  /** Required artefacts whose latest version has at least one evidence file, out of all required ones. */
  artefacts: ScorecardMeasure;
  /** Required artefacts still missing: a kind, or `evidenceOfUse:<scope>`. */
  missingArtefacts: string[];
  /** Stale datasets, earliest due date first. Filled only when the request names one agency. */
  staleDatasets: StaleDataset[];
  assessments: AgencyAssessmentScores;
}

/** Reply of `catalog.scorecard.get.v1`. */
export interface GovernanceScorecard {
  /** Buddhist-era fiscal year whose artefacts were counted. */
  fiscalYear: number;
  /** Bangkok date (`YYYY-MM-DD`) that update due dates were compared with. */
  asOf: string;
  agencies: AgencyScorecard[];
}
