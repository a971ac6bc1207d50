-- AlterTable
ALTER TABLE "GovernanceArtefact" ADD COLUMN     "lockEvaluationId" TEXT,
ADD COLUMN     "lockReason" TEXT,
ADD COLUMN     "lockedBy" TEXT;
