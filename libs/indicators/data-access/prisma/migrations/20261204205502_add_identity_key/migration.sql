-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "identityKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_identityKey_key" ON "Indicator"("identityKey");
