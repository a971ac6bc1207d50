-- AlterTable
ALTER TABLE "DatasetIndicatorLink" ADD COLUMN     "note" TEXT;
