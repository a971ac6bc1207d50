import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { AssessmentDetail, AssessmentListResponse, QuestionnaireListResponse, QuestionnaireResponse } from '@bma-kpi/contracts-catalog';
import {
  AssessmentReferenceRequest,
  CatalogSubjects,
  CreateQuestionnaireRequest,
  ListAssessmentsRequest,
  ListQuestionnairesRequest,
  LoadDefaultQuestionnaireRequest,
  QuestionnaireReferenceRequest,
  ReviewAssessmentRequest,
  SaveAnswersRequest,
  StartAssessmentRequest,
} from '@bma-kpi/contracts-catalog';

import { AssessmentService } from './assessment.service';
import { QuestionnaireService } from './questionnaire.service';
import { requestMetaOf } from './request-meta';

/** NATS request/reply handlers of questionnaires and governance assessments. Validation runs in the global pipe. */
@Controller()
export class AssessmentController {
  constructor(
    private readonly questionnaires: QuestionnaireService,
    private readonly assessments: AssessmentService,
  ) {}

  @MessagePattern(CatalogSubjects.questionnaireCreate)
  createQuestionnaire(@Payload() request: CreateQuestionnaireRequest, @Ctx() context: unknown): Promise<QuestionnaireResponse> {
    return this.questionnaires.create(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.questionnaireLoadDefault)
  loadDefaultQuestionnaire(@Payload() request: LoadDefaultQuestionnaireRequest, @Ctx() context: unknown): Promise<QuestionnaireResponse> {
    return this.questionnaires.loadDefault(request.kind, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.questionnaireGet)
  getQuestionnaire(@Payload() request: QuestionnaireReferenceRequest): Promise<QuestionnaireResponse> {
    return this.questionnaires.get(request.questionnaireId);
  }

  @MessagePattern(CatalogSubjects.questionnaireList)
  listQuestionnaires(@Payload() request: ListQuestionnairesRequest): Promise<QuestionnaireListResponse> {
    return this.questionnaires.list(request);
  }

  @MessagePattern(CatalogSubjects.assessmentStart)
  start(@Payload() request: StartAssessmentRequest, @Ctx() context: unknown): Promise<AssessmentDetail> {
    return this.assessments.start(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.assessmentGet)
  get(@Payload() request: AssessmentReferenceRequest): Promise<AssessmentDetail> {
    return this.assessments.get(request.assessmentId);
  }

  @MessagePattern(CatalogSubjects.assessmentList)
  list(@Payload() request: ListAssessmentsRequest): Promise<AssessmentListResponse> {
    return this.assessments.list(request);
  }

  @MessagePattern(CatalogSubjects.assessmentSaveAnswers)
  saveAnswers(@Payload() request: SaveAnswersRequest, @Ctx() context: unknown): Promise<AssessmentDetail> {
    return this.assessments.saveAnswers(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.assessmentSubmit)
  submit(@Payload() request: AssessmentReferenceRequest, @Ctx() context: unknown): Promise<AssessmentDetail> {
    return this.assessments.submit(request.assessmentId, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.assessmentReview)
  review(@Payload() request: ReviewAssessmentRequest, @Ctx() context: unknown): Promise<AssessmentDetail> {
    return this.assessments.review(request, requestMetaOf(context));
  }
}
