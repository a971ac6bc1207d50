-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('administration', 'department', 'office', 'districtOffice', 'unit');

-- CreateEnum
CREATE TYPE "PlanLevel" AS ENUM ('dimension', 'subDimension', 'goal', 'planIndicator');

-- CreateEnum
CREATE TYPE "KpiType" AS ENUM ('routine', 'strategic', 'goalLevel');

-- CreateEnum
CREATE TYPE "ResultLevel" AS ENUM ('output', 'outcome');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('increase', 'decrease');

-- CreateEnum
CREATE TYPE "ProgressSource" AS ENUM ('import', 'api');

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "code" TEXT,
    "kind" "AgencyKind" NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT,
    "geocode" TEXT,
    "parentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyAlias" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "AgencyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanEdition" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanNode" (
    "id" UUID NOT NULL,
    "editionId" UUID NOT NULL,
    "parentId" UUID,
    "level" "PlanLevel" NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL DEFAULT 'seed',

    CONSTRAINT "PlanNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "code" TEXT,
    "codeNormalized" TEXT,
    "title" TEXT,
    "familyNumber" TEXT,
    "kpiType" "KpiType",
    "typeRaw" TEXT,
    "resultLevel" "ResultLevel",
    "unit" TEXT,
    "decimals" INTEGER NOT NULL DEFAULT 2,
    "direction" "Direction" NOT NULL DEFAULT 'increase',
    "fiscalYear" INTEGER NOT NULL,
    "agencyId" UUID,
    "planNodeId" UUID,
    "targetValue" DECIMAL(20,4),
    "actualValue" DECIMAL(20,4),
    "assessment" JSONB,
    "definitions" JSONB NOT NULL DEFAULT '[]',
    "calculation" JSONB,
    "verification" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuarterTarget" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "quarter" INTEGER NOT NULL,
    "plannedValue" DECIMAL(20,4),
    "assessmentScore" DECIMAL(20,4),
    "pairRaw" TEXT,

    CONSTRAINT "QuarterTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "reportDate" DATE,
    "fiscalYear" INTEGER,
    "quarter" INTEGER,
    "rawDate" TEXT,
    "dateAmbiguous" BOOLEAN NOT NULL DEFAULT false,
    "sectionQuarter" INTEGER,
    "value" DECIMAL(20,4),
    "text" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "source" "ProgressSource" NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiImport" (
    "id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "layout" TEXT NOT NULL,
    "indicatorId" UUID,
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "fileName" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiImport_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_geocode_key" ON "Agency"("geocode");

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyAlias_alias_key" ON "AgencyAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "PlanEdition_code_key" ON "PlanEdition"("code");

-- CreateIndex
CREATE INDEX "PlanNode_parentId_idx" ON "PlanNode"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanNode_editionId_code_key" ON "PlanNode"("editionId", "code");

-- CreateIndex
CREATE INDEX "Indicator_fiscalYear_idx" ON "Indicator"("fiscalYear");

-- CreateIndex
CREATE INDEX "Indicator_agencyId_idx" ON "Indicator"("agencyId");

-- CreateIndex
CREATE INDEX "Indicator_planNodeId_idx" ON "Indicator"("planNodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_codeNormalized_fiscalYear_key" ON "Indicator"("codeNormalized", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "QuarterTarget_indicatorId_quarter_key" ON "QuarterTarget"("indicatorId", "quarter");

-- CreateIndex
CREATE INDEX "ProgressReport_indicatorId_reportDate_idx" ON "ProgressReport"("indicatorId", "reportDate");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_indicatorId_fingerprint_key" ON "ProgressReport"("indicatorId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "KpiImport_sha256_key" ON "KpiImport"("sha256");

-- CreateIndex
CREATE INDEX "ChangeLog_entity_entityId_idx" ON "ChangeLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "outbox_sentAt_sequence_idx" ON "outbox"("sentAt", "sequence");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyAlias" ADD CONSTRAINT "AgencyAlias_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanNode" ADD CONSTRAINT "PlanNode_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "PlanEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanNode" ADD CONSTRAINT "PlanNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PlanNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_planNodeId_fkey" FOREIGN KEY ("planNodeId") REFERENCES "PlanNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterTarget" ADD CONSTRAINT "QuarterTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiImport" ADD CONSTRAINT "KpiImport_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;
