-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('readiness', 'security');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('draft', 'submitted', 'returned', 'accepted', 'rejected');

-- AlterTable
ALTER TABLE "DictionaryField" ADD COLUMN     "personalDataLegalBasis" TEXT;

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" UUID NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "datasetId" UUID,
    "datasetCategory" TEXT,
    "datasetClassification" TEXT,
    "questionnaireId" UUID NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'draft',
    "openScopeKey" TEXT,
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "overallScore" DECIMAL(7,2),
    "componentScores" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAnswer" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "questionCode" TEXT NOT NULL,
    "optionValue" TEXT NOT NULL,
    "points" DECIMAL(12,4) NOT NULL,
    "note" TEXT,
    "documents" JSONB NOT NULL DEFAULT '[]',
    "links" JSONB NOT NULL DEFAULT '[]',
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "reviewStatus" TEXT NOT NULL DEFAULT 'pending',
    "reviewReason" TEXT,
    "answeredBy" TEXT NOT NULL,
    "answeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentReview" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "questionCode" TEXT,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "reviewedBy" TEXT NOT NULL,
    "reviewedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_kind_version_key" ON "Questionnaire"("kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_openScopeKey_key" ON "Assessment"("openScopeKey");

-- CreateIndex
CREATE INDEX "Assessment_agencyCode_fiscalYear_idx" ON "Assessment"("agencyCode", "fiscalYear");

-- CreateIndex
CREATE INDEX "Assessment_fiscalYear_kind_status_idx" ON "Assessment"("fiscalYear", "kind", "status");

-- CreateIndex
CREATE INDEX "Assessment_datasetId_idx" ON "Assessment"("datasetId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAnswer_assessmentId_questionCode_key" ON "AssessmentAnswer"("assessmentId", "questionCode");

-- CreateIndex
CREATE INDEX "AssessmentReview_assessmentId_idx" ON "AssessmentReview"("assessmentId");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentReview" ADD CONSTRAINT "AssessmentReview_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
