-- CreateTable
CREATE TABLE "DistrictItemList" (
    "fiscalYear" INTEGER NOT NULL,
    "dueDay" INTEGER NOT NULL DEFAULT 15,
    "dueMonthOffset" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistrictItemList_pkey" PRIMARY KEY ("fiscalYear")
);

-- CreateTable
CREATE TABLE "DistrictItem" (
    "id" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT,
    "datasetId" UUID NOT NULL,
    "geometryExpected" BOOLEAN NOT NULL,
    "dueDay" INTEGER,
    "dueMonthOffset" INTEGER,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "DistrictItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictSubmission" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "district" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL,
    "firstSubmittedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DistrictSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictSubmissionVersion" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "records" JSONB NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,

    CONSTRAINT "DistrictSubmissionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictMissingReport" (
    "itemId" UUID NOT NULL,
    "district" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "detectedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DistrictMissingReport_pkey" PRIMARY KEY ("itemId","district","month")
);

-- CreateIndex
CREATE INDEX "DistrictItem_datasetId_idx" ON "DistrictItem"("datasetId");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictItem_fiscalYear_code_key" ON "DistrictItem"("fiscalYear", "code");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictSubmission_itemId_district_month_key" ON "DistrictSubmission"("itemId", "district", "month");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictSubmissionVersion_submissionId_version_key" ON "DistrictSubmissionVersion"("submissionId", "version");

-- AddForeignKey
ALTER TABLE "DistrictItem" ADD CONSTRAINT "DistrictItem_fiscalYear_fkey" FOREIGN KEY ("fiscalYear") REFERENCES "DistrictItemList"("fiscalYear") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictItem" ADD CONSTRAINT "DistrictItem_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictSubmission" ADD CONSTRAINT "DistrictSubmission_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "DistrictItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictSubmissionVersion" ADD CONSTRAINT "DistrictSubmissionVersion_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "DistrictSubmission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictMissingReport" ADD CONSTRAINT "DistrictMissingReport_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "DistrictItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
