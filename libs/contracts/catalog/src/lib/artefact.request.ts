import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsBuddhistYearNumber, IsCatalogText, IsQueryBoolean } from './catalog.validators';

/** Kinds of data governance artefact an agency submits for a fiscal year. */
export const ARTEFACT_KINDS = [
  /** Appointment order of the agency data governance working group (คำสั่งแต่งตั้งคณะทำงาน). */
  'appointmentOrder',
  /** Database development plan (แผนพัฒนาฐานข้อมูล). */
  'databaseDevelopmentPlan',
  /** Data catalog submission (บัญชีรายการข้อมูล). */
  'catalogSubmission',
  /** Evidence that a new or improved database is used. */
  'evidenceOfUse',
] as const;

export type ArtefactKindName = (typeof ARTEFACT_KINDS)[number];

/** Users of the database that an evidenceOfUse artefact documents: the agency, all of BMA, or the public. */
export const USAGE_SCOPES = ['internal', 'bma', 'public'] as const;

export type UsageScopeName = (typeof USAGE_SCOPES)[number];

/** Most evidence files one artefact version may list in a request. */
export const maxEvidencePerArtefact = 50;

/** A SHA-256 written as 64 lower-case hex digits, the key of a file in the object store. */
export const sha256Pattern = /^[0-9a-f]{64}$/;

/** A file name without folders or control characters; Thai letters are allowed. */
export const evidenceFileNamePattern = /^[^/\\\p{Cc}]+$/u;

/** A media type such as `application/pdf`, without parameters. */
export const mediaTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** An evidence file whose bytes are already in the object store under `sha256`. */
export class EvidenceFileRequest {
  @Matches(sha256Pattern, { message: '$property must be a SHA-256 written as 64 lower-case hex digits' })
  @IsString()
  sha256: string;

  @Matches(evidenceFileNamePattern, { message: '$property must be a file name without folders or control characters' })
  @IsCatalogText(255)
  fileName: string;

  @Matches(mediaTypePattern, { message: '$property must be a media type such as application/pdf' })
  @MaxLength(255)
  @IsString()
  contentType: string;

  @Max(Number.MAX_SAFE_INTEGER)
  @Min(0)
  @IsInt()
  sizeBytes: number;
}

/** Request to store version 1 of a governance artefact of an agency and fiscal year. */
export class CreateArtefactRequest {
  /** BMA agency code of the submitting agency. */
  @IsCatalogText(100)
  agencyCode: string;

  /** Buddhist-era fiscal year, such as 2567. */
  @IsBuddhistYearNumber()
  fiscalYear: number;

  @IsIn(ARTEFACT_KINDS)
  @IsString()
  kind: ArtefactKindName;

  /** Required for evidenceOfUse and rejected for the other kinds. */
  @IsOptional()
  @IsIn(USAGE_SCOPES)
  @IsString()
  usageScope?: UsageScopeName;

  @IsCatalogText(500)
  title: string;

  @IsOptional()
  @ArrayMaxSize(maxEvidencePerArtefact)
  @ValidateNested({ each: true })
  @Type(() => EvidenceFileRequest)
  @IsArray()
  evidence?: EvidenceFileRequest[];
}

/** Request that names one artefact version by id. */
export class ArtefactReferenceRequest {
  @IsUUID()
  artefactId: string;
}

/** Filters of the artefact list of one agency and fiscal year. */
export class ListArtefactsRequest {
  @IsCatalogText(100)
  agency: string;

  /** Buddhist-era fiscal year, such as 2567. */
  @IsBuddhistYearNumber({ fromQuery: true })
  fiscalYear: number;

  @IsOptional()
  @IsIn(ARTEFACT_KINDS)
  @IsString()
  kind?: ArtefactKindName;

  /** Only versions that no newer version supersedes. */
  @IsOptional()
  @IsQueryBoolean()
  latestOnly?: boolean;
}

/** Request to attach a file from the object store to an artefact that is not locked. */
export class AddEvidenceRequest extends EvidenceFileRequest {
  @IsUUID()
  artefactId: string;
}

/** Request to detach one evidence file from an artefact that is not locked. */
export class RemoveEvidenceRequest {
  @IsUUID()
  artefactId: string;

  @IsUUID()
  evidenceId: string;
}

/** Request to store a new version of an artefact; agency, fiscal year and kind stay those of the old version. */
export class SupersedeArtefactRequest {
  /** The latest version, which the new one replaces. */
  @IsUUID()
  artefactId: string;

  @IsCatalogText(500)
  title: string;

  @IsOptional()
  @IsIn(USAGE_SCOPES)
  @IsString()
  usageScope?: UsageScopeName;

  /** Copies the old version's evidence files (the same stored bytes) into the new version first. */
  @IsOptional()
  @IsBoolean()
  keepEvidence?: boolean;

  @IsOptional()
  @ArrayMaxSize(maxEvidencePerArtefact)
  @ValidateNested({ each: true })
  @Type(() => EvidenceFileRequest)
  @IsArray()
  evidence?: EvidenceFileRequest[];
}

/** Request to lock an artefact because a signed-off evaluation references it; the actor header says who. */
export class LockArtefactRequest {
  @IsUUID()
  artefactId: string;

  /** Reason for the lock, such as the evaluation round that signed off. */
  @IsCatalogText(1000)
  reason: string;

  /** Id of the signed-off evaluation, when the evaluation service locks it. */
  @IsOptional()
  @MaxLength(100)
  @IsString()
  evaluationId?: string;
}
