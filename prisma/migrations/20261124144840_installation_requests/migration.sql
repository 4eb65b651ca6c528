-- CreateEnum
CREATE TYPE "RequestStage" AS ENUM ('NEW', 'QUALIFIED', 'IN_PROGRESS', 'INSTALLED', 'MEMBER', 'CLOSED');

-- CreateEnum
CREATE TYPE "ClosingReason" AS ENUM ('WITHDRAWN', 'OUTSIDE_TERRITORY', 'NO_ANSWER', 'OTHER');

-- CreateEnum
CREATE TYPE "Profession" AS ENUM ('MEDECIN_GENERALISTE', 'MEDECIN_SPECIALISTE', 'INFIRMIER', 'MASSEUR_KINESITHERAPEUTE', 'SAGE_FEMME', 'PHARMACIEN', 'CHIRURGIEN_DENTISTE', 'ORTHOPHONISTE', 'PSYCHOLOGUE', 'AUTRE');

-- CreateEnum
CREATE TYPE "PracticeMode" AS ENUM ('LIBERAL', 'COLLABORATION', 'REMPLACEMENT', 'SALARIAT', 'RENFORT_SAISONNIER', 'ETUDIANT_INTERNE');

-- CreateEnum
CREATE TYPE "NeedType" AS ENUM ('SPOUSE_JOB', 'TEMPORARY_HOUSING', 'LONG_TERM_HOUSING', 'VEHICLE', 'SCHOOL', 'CHILDCARE', 'ADMIN_PROCEDURES', 'PRACTICE_PREMISES', 'FINANCIAL_AIDS', 'MENTORING', 'OTHER');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('TODO', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED');

-- CreateEnum
CREATE TYPE "MessageAuthor" AS ENUM ('STAFF', 'NEWCOMER');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "firstResponseDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "referencePrefix" TEXT NOT NULL DEFAULT 'CPTS';

-- CreateTable
CREATE TABLE "InstallationRequest" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "profession" "Profession" NOT NULL,
    "specialty" TEXT,
    "practiceMode" "PracticeMode" NOT NULL,
    "currentCity" TEXT NOT NULL,
    "currentCountry" TEXT NOT NULL,
    "desiredArrivalDate" DATE,
    "practiceArea" TEXT NOT NULL,
    "household" JSONB NOT NULL DEFAULT '{}',
    "message" TEXT NOT NULL DEFAULT '',
    "consentAt" TIMESTAMP(3) NOT NULL,
    "commitmentAcceptedAt" TIMESTAMP(3) NOT NULL,
    "stage" "RequestStage" NOT NULL DEFAULT 'NEW',
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "priority" BOOLEAN NOT NULL DEFAULT false,
    "assigneeId" TEXT,
    "installedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closingReason" "ClosingReason",
    "closingNote" TEXT,
    "firstResponseAt" TIMESTAMP(3),
    "trackingTokenHash" TEXT NOT NULL,
    "trackingRevokedAt" TIMESTAMP(3),
    "idempotencyKey" TEXT NOT NULL,
    "submitterIpHash" TEXT NOT NULL,
    "deletionRequestedAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstallationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestCounter" (
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RequestCounter_pkey" PRIMARY KEY ("tenantId","year")
);

-- CreateTable
CREATE TABLE "RequestNeed" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "type" "NeedType" NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "status" "NeedStatus" NOT NULL DEFAULT 'TODO',
    "assigneeId" TEXT,
    "dueDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequestNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestMessage" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "author" "MessageAuthor" NOT NULL,
    "authorUserId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "public" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InstallationRequest_trackingTokenHash_key" ON "InstallationRequest"("trackingTokenHash");

-- CreateIndex
CREATE INDEX "InstallationRequest_tenantId_stage_createdAt_idx" ON "InstallationRequest"("tenantId", "stage", "createdAt");

-- CreateIndex
CREATE INDEX "InstallationRequest_tenantId_email_createdAt_idx" ON "InstallationRequest"("tenantId", "email", "createdAt");

-- CreateIndex
CREATE INDEX "InstallationRequest_tenantId_submitterIpHash_createdAt_idx" ON "InstallationRequest"("tenantId", "submitterIpHash", "createdAt");

-- CreateIndex
CREATE INDEX "InstallationRequest_tenantId_assigneeId_idx" ON "InstallationRequest"("tenantId", "assigneeId");

-- CreateIndex
CREATE UNIQUE INDEX "InstallationRequest_tenantId_reference_key" ON "InstallationRequest"("tenantId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "InstallationRequest_tenantId_idempotencyKey_key" ON "InstallationRequest"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "RequestNeed_tenantId_requestId_idx" ON "RequestNeed"("tenantId", "requestId");

-- CreateIndex
CREATE INDEX "RequestNeed_tenantId_status_dueDate_idx" ON "RequestNeed"("tenantId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "RequestNeed_tenantId_type_idx" ON "RequestNeed"("tenantId", "type");

-- CreateIndex
CREATE INDEX "RequestMessage_tenantId_requestId_createdAt_idx" ON "RequestMessage"("tenantId", "requestId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestNote_tenantId_requestId_createdAt_idx" ON "RequestNote"("tenantId", "requestId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestEvent_tenantId_requestId_createdAt_idx" ON "RequestEvent"("tenantId", "requestId", "createdAt");

-- AddForeignKey
ALTER TABLE "InstallationRequest" ADD CONSTRAINT "InstallationRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstallationRequest" ADD CONSTRAINT "InstallationRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestCounter" ADD CONSTRAINT "RequestCounter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNeed" ADD CONSTRAINT "RequestNeed_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNeed" ADD CONSTRAINT "RequestNeed_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNeed" ADD CONSTRAINT "RequestNeed_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestMessage" ADD CONSTRAINT "RequestMessage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestMessage" ADD CONSTRAINT "RequestMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
