-- CreateEnum
CREATE TYPE "QualityJobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "DictionaryField" ADD COLUMN     "maxValue" TEXT,
ADD COLUMN     "minValue" TEXT;

-- CreateTable
CREATE TABLE "QualityAssessment" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "objectSha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" "QualityJobStatus" NOT NULL DEFAULT 'queued',
    "trigger" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "correlationId" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "rowsProcessed" INTEGER NOT NULL DEFAULT 0,
    "bytesRead" BIGINT NOT NULL DEFAULT 0,
    "bytesTotal" BIGINT NOT NULL,
    "completeness" DECIMAL(5,2),
    "validity" DECIMAL(5,2),
    "uniqueness" DECIMAL(5,2),
    "encoding" DECIMAL(5,2),
    "timeliness" DECIMAL(5,2),
    "overall" DECIMAL(5,2),
    "counts" JSONB,
    "findingsTotal" INTEGER NOT NULL DEFAULT 0,
    "reportSha256" TEXT,
    "errorMessage" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "QualityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityFinding" (
    "assessmentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "row" INTEGER,
    "column" TEXT,
    "rule" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "messageTh" TEXT NOT NULL,
    "messageEn" TEXT NOT NULL,
    "value" TEXT,

    CONSTRAINT "QualityFinding_pkey" PRIMARY KEY ("assessmentId","position")
);

-- CreateIndex
CREATE INDEX "QualityAssessment_status_createdAt_idx" ON "QualityAssessment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "QualityAssessment_datasetId_createdAt_idx" ON "QualityAssessment"("datasetId", "createdAt");

-- CreateIndex
CREATE INDEX "QualityAssessment_resourceId_createdAt_idx" ON "QualityAssessment"("resourceId", "createdAt");

-- AddForeignKey
ALTER TABLE "QualityAssessment" ADD CONSTRAINT "QualityAssessment_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAssessment" ADD CONSTRAINT "QualityAssessment_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityFinding" ADD CONSTRAINT "QualityFinding_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "QualityAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
