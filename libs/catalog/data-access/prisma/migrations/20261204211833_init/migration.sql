-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ArtefactKind" AS ENUM ('appointmentOrder', 'databaseDevelopmentPlan', 'catalogSubmission', 'evidenceOfUse');

-- CreateEnum
CREATE TYPE "UsageScope" AS ENUM ('internal', 'bma', 'public');

-- CreateTable
CREATE TABLE "Dataset" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT,
    "datasetType" TEXT NOT NULL,
    "dataCategory" TEXT NOT NULL,
    "classification" TEXT NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "searchText" TEXT NOT NULL DEFAULT '',
    "lastUpdatedDate" DATE,
    "updateFrequencyUnit" TEXT,
    "updateFrequencyInterval" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "objectSha256" TEXT,
    "format" TEXT NOT NULL,
    "sizeBytes" BIGINT,
    "mediaType" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "position" INTEGER NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DictionaryField" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "resourceId" UUID,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "labelTh" TEXT NOT NULL,
    "labelEn" TEXT,
    "description" TEXT,
    "dataType" TEXT NOT NULL,
    "size" INTEGER,
    "precision" INTEGER,
    "unit" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "primaryKey" BOOLEAN NOT NULL DEFAULT false,
    "allowedValues" JSONB NOT NULL DEFAULT '[]',
    "example" TEXT,
    "personalData" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DictionaryField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceArtefact" (
    "id" UUID NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "kind" "ArtefactKind" NOT NULL,
    "usageScope" "UsageScope",
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "supersedesId" UUID,
    "lockedAt" TIMESTAMPTZ(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GovernanceArtefact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" UUID NOT NULL,
    "artefactId" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetIndicatorLink" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "fieldId" UUID,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetIndicatorLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeLog" (
    "id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "correlationId" TEXT,
    "changes" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox" (
    "id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "correlationId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_slug_key" ON "Dataset"("slug");

-- CreateIndex
CREATE INDEX "Dataset_agencyCode_idx" ON "Dataset"("agencyCode");

-- CreateIndex
CREATE INDEX "Dataset_dataCategory_idx" ON "Dataset"("dataCategory");

-- CreateIndex
CREATE INDEX "Dataset_classification_idx" ON "Dataset"("classification");

-- CreateIndex
CREATE INDEX "Resource_datasetId_idx" ON "Resource"("datasetId");

-- CreateIndex
CREATE INDEX "DictionaryField_resourceId_idx" ON "DictionaryField"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "DictionaryField_datasetId_resourceId_name_key" ON "DictionaryField"("datasetId", "resourceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceArtefact_supersedesId_key" ON "GovernanceArtefact"("supersedesId");

-- CreateIndex
CREATE INDEX "GovernanceArtefact_agencyCode_fiscalYear_idx" ON "GovernanceArtefact"("agencyCode", "fiscalYear");

-- CreateIndex
CREATE INDEX "EvidenceFile_artefactId_idx" ON "EvidenceFile"("artefactId");

-- CreateIndex
CREATE INDEX "DatasetIndicatorLink_indicatorId_idx" ON "DatasetIndicatorLink"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetIndicatorLink_datasetId_indicatorId_fieldId_key" ON "DatasetIndicatorLink"("datasetId", "indicatorId", "fieldId");

-- CreateIndex
CREATE INDEX "ChangeLog_entity_entityId_idx" ON "ChangeLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "outbox_sentAt_sequence_idx" ON "outbox"("sentAt", "sequence");

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DictionaryField" ADD CONSTRAINT "DictionaryField_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DictionaryField" ADD CONSTRAINT "DictionaryField_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceArtefact" ADD CONSTRAINT "GovernanceArtefact_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "GovernanceArtefact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_artefactId_fkey" FOREIGN KEY ("artefactId") REFERENCES "GovernanceArtefact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetIndicatorLink" ADD CONSTRAINT "DatasetIndicatorLink_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetIndicatorLink" ADD CONSTRAINT "DatasetIndicatorLink_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "DictionaryField"("id") ON DELETE CASCADE ON UPDATE CASCADE;
