-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "inputChangedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AgencyArtefact" (
    "artefactId" UUID NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "evidenceCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgencyArtefact_pkey" PRIMARY KEY ("artefactId")
);

-- CreateTable
CREATE TABLE "DeadLetterEvent" (
    "id" UUID NOT NULL,
    "eventId" UUID,
    "subject" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "deliveries" INTEGER NOT NULL,
    "streamSequence" BIGINT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadLetterEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyArtefact_agencyCode_fiscalYear_idx" ON "AgencyArtefact"("agencyCode", "fiscalYear");

-- CreateIndex
CREATE INDEX "DeadLetterEvent_createdAt_idx" ON "DeadLetterEvent"("createdAt");
