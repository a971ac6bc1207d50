import type {
  CatalogHealthResponse,
  CatalogPage,
  CkanPackageResponse,
  DatasetDetail,
  ResourceResponse,
  DatasetSummary,
  DictionaryCsvResponse,
  DictionaryResponse,
  DcatCatalogPage,
} from './catalog.responses';
import { CatalogSubjects } from './catalog.subjects';
import type { AddResourceRequest, ResourceReferenceRequest, UpdateResourceRequest } from './resource.request';
import type { GetScorecardRequest } from './scorecard.request';
import type { GovernanceScorecard } from './scorecard.responses';
import type {
  AddEvidenceRequest,
  ArtefactReferenceRequest,
  CreateArtefactRequest,
  ListArtefactsRequest,
  LockArtefactRequest,
  RemoveEvidenceRequest,
  SupersedeArtefactRequest,
} from './artefact.request';
import type { ArtefactListResponse, ArtefactResponse } from './artefact.responses';
import type {
  AssessmentReferenceRequest,
  ListAssessmentsRequest,
  ReviewAssessmentRequest,
  SaveAnswersRequest,
  StartAssessmentRequest,
} from './assessment.request';
import type { AssessmentDetail, AssessmentListResponse, QuestionnaireListResponse, QuestionnaireResponse } from './assessment.responses';
import type {
  CreateQuestionnaireRequest,
  ListQuestionnairesRequest,
  LoadDefaultQuestionnaireRequest,
  QuestionnaireReferenceRequest,
} from './questionnaire.request';
import type {
  CatalogHealthRequest,
  DatasetReferenceRequest,
  DictionaryReferenceRequest,
  ExportCatalogRequest,
  GetDatasetRequest,
  ImportDictionaryCsvRequest,
  ListDatasetsRequest,
} from './dataset-query.request';
import type { CreateDatasetRequest } from './dataset.request';
import type {
  DistrictItemListReferenceRequest,
  DistrictMatrixRequest,
  DistrictSubmissionReferenceRequest,
  DistrictSweepRequest,
  PutDistrictItemListRequest,
  SubmitDistrictReportRequest,
} from './district-catalog.request';
import type {
  DistrictItemListResponse,
  DistrictMatrixResponse,
  DistrictSubmissionResponse,
  DistrictSweepResponse,
} from './district-catalog.responses';
import type { ReplaceDictionaryRequest } from './dictionary-field.request';
import type { CatalogTablePageRequest, ImportCatalogRowsRequest, ImportDictionaryXlsxRequest } from './catalog-transfer.request';
import type { CatalogImportRowsResponse, CatalogTablePage, DictionaryXlsxResponse } from './catalog-transfer.responses';
import type { UpdateDatasetRequest } from './dataset-update.request';
import type { LinkIndicatorRequest, ListIndicatorDatasetsRequest, UnlinkIndicatorRequest } from './link.request';
import type {
  DatasetIndicatorLink,
  DatasetIndicatorsResponse,
  IndicatorDatasetsResponse,
  IndicatorLinkResponse,
} from './link.responses';

import type {
  AgencyQualityRequest,
  LatestQualityRequest,
  QualityAssessmentReferenceRequest,
  QualityFindingsRequest,
  QualityHistoryRequest,
  StartQualityAssessmentRequest,
} from './quality.request';
import type {
  AgencyQualityRollupResponse,
  QualityAssessmentResponse,
  QualityFindingsResponse,
  QualityHistoryResponse,
  QualityReportResponse,
} from './quality.responses';

/** Request and response type of every catalog subject, for a type-checked client. */
export interface CatalogMessages {
  [CatalogSubjects.datasetCreate]: { request: CreateDatasetRequest; response: DatasetDetail };
  [CatalogSubjects.datasetGet]: { request: GetDatasetRequest; response: DatasetDetail };
  [CatalogSubjects.datasetList]: { request: ListDatasetsRequest; response: CatalogPage<DatasetSummary> };
  [CatalogSubjects.datasetExportCkan]: { request: DatasetReferenceRequest; response: CkanPackageResponse };
  [CatalogSubjects.dictionaryReplace]: { request: ReplaceDictionaryRequest; response: DictionaryResponse };
  [CatalogSubjects.dictionaryGet]: { request: DictionaryReferenceRequest; response: DictionaryResponse };
  [CatalogSubjects.dictionaryImportCsv]: { request: ImportDictionaryCsvRequest; response: DictionaryResponse };
  [CatalogSubjects.dictionaryExportCsv]: { request: DictionaryReferenceRequest; response: DictionaryCsvResponse };
  [CatalogSubjects.catalogExportDcat]: { request: ExportCatalogRequest; response: DcatCatalogPage };
  [CatalogSubjects.healthCheck]: { request: CatalogHealthRequest; response: CatalogHealthResponse };
  [CatalogSubjects.scorecardGet]: { request: GetScorecardRequest; response: GovernanceScorecard };
  [CatalogSubjects.resourceAdd]: { request: AddResourceRequest; response: DatasetDetail };
  [CatalogSubjects.resourceUpdate]: { request: UpdateResourceRequest; response: DatasetDetail };
  [CatalogSubjects.resourceRemove]: { request: ResourceReferenceRequest; response: DatasetDetail };
  [CatalogSubjects.resourceGet]: { request: ResourceReferenceRequest; response: ResourceResponse };
  [CatalogSubjects.artefactCreate]: { request: CreateArtefactRequest; response: ArtefactResponse };
  [CatalogSubjects.artefactGet]: { request: ArtefactReferenceRequest; response: ArtefactResponse };
  [CatalogSubjects.artefactList]: { request: ListArtefactsRequest; response: ArtefactListResponse };
  [CatalogSubjects.artefactSupersede]: { request: SupersedeArtefactRequest; response: ArtefactResponse };
  [CatalogSubjects.artefactLock]: { request: LockArtefactRequest; response: ArtefactResponse };
  [CatalogSubjects.evidenceAdd]: { request: AddEvidenceRequest; response: ArtefactResponse };
  [CatalogSubjects.evidenceRemove]: { request: RemoveEvidenceRequest; response: ArtefactResponse };
  [CatalogSubjects.datasetUpdate]: { request: UpdateDatasetRequest; response: DatasetDetail };
  [CatalogSubjects.catalogTablePage]: { request: CatalogTablePageRequest; response: CatalogTablePage };
  [CatalogSubjects.catalogImportRows]: { request: ImportCatalogRowsRequest; response: CatalogImportRowsResponse };
  [CatalogSubjects.dictionaryImportXlsx]: { request: ImportDictionaryXlsxRequest; response: DictionaryResponse };
  [CatalogSubjects.dictionaryExportXlsx]: { request: DictionaryReferenceRequest; response: DictionaryXlsxResponse };
  [CatalogSubjects.linkCreate]: { request: LinkIndicatorRequest; response: DatasetIndicatorLink };
  [CatalogSubjects.linkDelete]: { request: UnlinkIndicatorRequest; response: IndicatorLinkResponse };
  [CatalogSubjects.linkListByDataset]: { request: DatasetReferenceRequest; response: DatasetIndicatorsResponse };
  [CatalogSubjects.linkListByIndicator]: { request: ListIndicatorDatasetsRequest; response: IndicatorDatasetsResponse };
  [CatalogSubjects.districtItemListPut]: { request: PutDistrictItemListRequest; response: DistrictItemListResponse };
  [CatalogSubjects.districtItemListGet]: { request: DistrictItemListReferenceRequest; response: DistrictItemListResponse };
  [CatalogSubjects.districtSubmissionSubmit]: { request: SubmitDistrictReportRequest; response: DistrictSubmissionResponse };
  [CatalogSubjects.districtSubmissionGet]: { request: DistrictSubmissionReferenceRequest; response: DistrictSubmissionResponse };
  [CatalogSubjects.districtMatrixGet]: { request: DistrictMatrixRequest; response: DistrictMatrixResponse };
  [CatalogSubjects.districtSweepRun]: { request: DistrictSweepRequest; response: DistrictSweepResponse };
  [CatalogSubjects.questionnaireCreate]: { request: CreateQuestionnaireRequest; response: QuestionnaireResponse };
  [CatalogSubjects.questionnaireLoadDefault]: { request: LoadDefaultQuestionnaireRequest; response: QuestionnaireResponse };
  [CatalogSubjects.questionnaireGet]: { request: QuestionnaireReferenceRequest; response: QuestionnaireResponse };
  [CatalogSubjects.questionnaireList]: { request: ListQuestionnairesRequest; response: QuestionnaireListResponse };
  [CatalogSubjects.assessmentStart]: { request: StartAssessmentRequest; response: AssessmentDetail };
  [CatalogSubjects.assessmentGet]: { request: AssessmentReferenceRequest; response: AssessmentDetail };
  [CatalogSubjects.assessmentList]: { request: ListAssessmentsRequest; response: AssessmentListResponse };
  [CatalogSubjects.assessmentSaveAnswers]: { request: SaveAnswersRequest; response: AssessmentDetail };
  [CatalogSubjects.assessmentSubmit]: { request: AssessmentReferenceRequest; response: AssessmentDetail };
  [CatalogSubjects.assessmentReview]: { request: ReviewAssessmentRequest; response: AssessmentDetail };
  [CatalogSubjects.qualityStart]: { request: StartQualityAssessmentRequest; response: QualityAssessmentResponse };
  [CatalogSubjects.qualityGet]: { request: QualityAssessmentReferenceRequest; response: QualityAssessmentResponse };
  [CatalogSubjects.qualityLatest]: { request: LatestQualityRequest; response: QualityAssessmentResponse };
  [CatalogSubjects.qualityHistory]: { request: QualityHistoryRequest; response: QualityHistoryResponse };
  [CatalogSubjects.qualityFindings]: { request: QualityFindingsRequest; response: QualityFindingsResponse };
  [CatalogSubjects.qualityReport]: { request: QualityAssessmentReferenceRequest; response: QualityReportResponse };
  [CatalogSubjects.qualityAgencies]: { request: AgencyQualityRequest; response: AgencyQualityRollupResponse };
}
