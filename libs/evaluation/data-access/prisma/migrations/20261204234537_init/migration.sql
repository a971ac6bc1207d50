-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('open', 'signedOff');

-- CreateTable
CREATE TABLE "EvaluationRound" (
    "id" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "entryDeadline" TIMESTAMPTZ(3),
    "reviewUntil" TIMESTAMPTZ(3),
    "status" "RoundStatus" NOT NULL DEFAULT 'open',
    "signedOffAt" TIMESTAMPTZ(3),
    "signedOffBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EvaluationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringModelAssignment" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "model" JSONB NOT NULL,
    "modelVersion" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "supersededAt" TIMESTAMPTZ(3),
    "assignedBy" TEXT NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringModelAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "score" JSONB,
    "flags" JSONB NOT NULL DEFAULT '[]',
    "reopenedValue" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationTransition" (
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "reason" TEXT,
    "comment" TEXT,
    "partComments" JSONB NOT NULL DEFAULT '{}',
    "correlationId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxEvent" (
    "eventId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "handledAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboxEvent_pkey" PRIMARY KEY ("eventId")
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
CREATE UNIQUE INDEX "EvaluationRound_fiscalYear_quarter_key" ON "EvaluationRound"("fiscalYear", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringModelAssignment_indicatorId_fiscalYear_version_key" ON "ScoringModelAssignment"("indicatorId", "fiscalYear", "version");

-- CreateIndex
CREATE INDEX "Evaluation_agencyCode_idx" ON "Evaluation"("agencyCode");

-- CreateIndex
CREATE INDEX "Evaluation_indicatorId_idx" ON "Evaluation"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_roundId_indicatorId_key" ON "Evaluation"("roundId", "indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationTransition_evaluationId_version_key" ON "EvaluationTransition"("evaluationId", "version");

-- CreateIndex
CREATE INDEX "ChangeLog_entity_entityId_idx" ON "ChangeLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "outbox_sentAt_sequence_idx" ON "outbox"("sentAt", "sequence");

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTransition" ADD CONSTRAINT "EvaluationTransition_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
