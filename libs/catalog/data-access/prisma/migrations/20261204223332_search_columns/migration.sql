-- AlterTable
-- sortKey holds thaiSortKey values, whose code-point order is Thai dictionary order, so it is
-- compared byte by byte whatever the database's default collation is. Existing rows get their
-- values when the service starts (searchVersion 0 is older than every real version).
ALTER TABLE "Dataset" ADD COLUMN     "searchTrigrams" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sortKey" TEXT COLLATE "C" NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Dataset_sortKey_slug_idx" ON "Dataset"("sortKey", "slug");

-- CreateIndex
CREATE INDEX "Dataset_searchTrigrams_idx" ON "Dataset" USING GIN ("searchTrigrams");
