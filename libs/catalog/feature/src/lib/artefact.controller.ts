import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { ArtefactListResponse, ArtefactResponse } from '@bma-kpi/contracts-catalog';
import {
  AddEvidenceRequest,
  ArtefactReferenceRequest,
  CatalogSubjects,
  CreateArtefactRequest,
  ListArtefactsRequest,
  LockArtefactRequest,
  RemoveEvidenceRequest,
  SupersedeArtefactRequest,
} from '@bma-kpi/contracts-catalog';

import { ArtefactService } from './artefact.service';
import { requestMetaOf } from './request-meta';

/** NATS request/reply handlers of data governance artefacts and their evidence. Validation runs in the global pipe. */
@Controller()
export class ArtefactController {
  constructor(private readonly artefacts: ArtefactService) {}

  @MessagePattern(CatalogSubjects.artefactCreate)
  create(@Payload() request: CreateArtefactRequest, @Ctx() context: unknown): Promise<ArtefactResponse> {
    return this.artefacts.create(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.artefactGet)
  get(@Payload() request: ArtefactReferenceRequest): Promise<ArtefactResponse> {
    return this.artefacts.get(request.artefactId);
  }

  @MessagePattern(CatalogSubjects.artefactList)
  list(@Payload() request: ListArtefactsRequest): Promise<ArtefactListResponse> {
    return this.artefacts.list(request);
  }

  @MessagePattern(CatalogSubjects.artefactSupersede)
  supersede(@Payload() request: SupersedeArtefactRequest, @Ctx() context: unknown): Promise<ArtefactResponse> {
    return this.artefacts.supersede(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.artefactLock)
  lock(@Payload() request: LockArtefactRequest, @Ctx() context: unknown): Promise<ArtefactResponse> {
    return this.artefacts.lock(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.evidenceAdd)
  addEvidence(@Payload() request: AddEvidenceRequest, @Ctx() context: unknown): Promise<ArtefactResponse> {
    return this.artefacts.addEvidence(request, requestMetaOf(context));
  }

  @MessagePattern(CatalogSubjects.evidenceRemove)
  removeEvidence(@Payload() request: RemoveEvidenceRequest, @Ctx() context: unknown): Promise<ArtefactResponse> {
    return this.artefacts.removeEvidence(request, requestMetaOf(context));
  }
}
