-- CreateEnum
CREATE TYPE "FollowUpTheme" AS ENUM ('PRACTICE', 'HOUSING', 'SPOUSE_JOB', 'CHILDREN', 'ISOLATION');

-- AlterTable
ALTER TABLE "InstallationRequest" ADD COLUMN     "checkInsStoppedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FollowUpCheckIn" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "milestone" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "settledScore" INTEGER,
    "difficulties" "FollowUpTheme"[],
    "wantsToTalk" BOOLEAN NOT NULL DEFAULT false,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpTask" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpCheckIn_tokenHash_key" ON "FollowUpCheckIn"("tokenHash");

-- CreateIndex
CREATE INDEX "FollowUpCheckIn_tenantId_answeredAt_idx" ON "FollowUpCheckIn"("tenantId", "answeredAt");

-- CreateIndex
CREATE INDEX "FollowUpCheckIn_tenantId_requestId_idx" ON "FollowUpCheckIn"("tenantId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpCheckIn_requestId_milestone_key" ON "FollowUpCheckIn"("requestId", "milestone");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpTask_checkInId_key" ON "FollowUpTask"("checkInId");

-- CreateIndex
CREATE INDEX "FollowUpTask_tenantId_doneAt_dueDate_idx" ON "FollowUpTask"("tenantId", "doneAt", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUpTask_requestId_idx" ON "FollowUpTask"("requestId");

-- AddForeignKey
ALTER TABLE "FollowUpCheckIn" ADD CONSTRAINT "FollowUpCheckIn_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpCheckIn" ADD CONSTRAINT "FollowUpCheckIn_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "FollowUpCheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;
