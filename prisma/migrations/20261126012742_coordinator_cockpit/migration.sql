-- CreateEnum
CREATE TYPE "LeavingReason" AS ENUM ('LEFT_TERRITORY', 'RETIRED', 'OTHER');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "leavingReason" "LeavingReason",
ADD COLUMN     "leftAt" DATE;

-- CreateTable
CREATE TABLE "ActivityReport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "context" TEXT NOT NULL DEFAULT '',
    "highlights" TEXT NOT NULL DEFAULT '',
    "outlook" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActivityReport_tenantId_year_key" ON "ActivityReport"("tenantId", "year");

-- CreateIndex
CREATE INDEX "Membership_tenantId_leftAt_idx" ON "Membership"("tenantId", "leftAt");

-- AddForeignKey
ALTER TABLE "ActivityReport" ADD CONSTRAINT "ActivityReport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
