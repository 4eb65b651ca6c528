-- AlterTable
ALTER TABLE "InstallationRequest" ADD COLUMN     "staffNotifiedAt" TIMESTAMP(3);

-- Requests that existed before grouped notifications were announced one by one already.
UPDATE "InstallationRequest" SET "staffNotifiedAt" = "createdAt";
