-- Accent- and case-insensitive search of the network directory ("helene" finds "Hélène"):
-- unaccent is only STABLE, so an IMMUTABLE wrapper with an explicit dictionary makes it indexable.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE OR REPLACE FUNCTION network_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS 'SELECT lower(public.unaccent(''public.unaccent''::regdictionary, $1))';

-- CreateEnum
CREATE TYPE "NetworkCategory" AS ENUM ('ESTATE_AGENCY', 'HOUSING_LANDLORD', 'EMPLOYER', 'EMPLOYMENT_SERVICE', 'CHILDCARE', 'SCHOOL', 'ADMINISTRATION', 'BANK_INSURER', 'ASSOCIATION', 'HEALTH_STRUCTURE', 'TRANSPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('PROPOSED', 'CONTACTED', 'ANSWERED', 'HELPED', 'COULD_NOT_HELP', 'NO_ANSWER');

-- CreateEnum
CREATE TYPE "ReferralConsent" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ConsentChannel" AS ENUM ('TRACKING_PAGE', 'PHONE');

-- CreateEnum
CREATE TYPE "ActorAnswer" AS ENUM ('CAN_HELP', 'CANNOT_HELP', 'MESSAGE');

-- CreateEnum
CREATE TYPE "AidFunder" AS ENUM ('COMMUNE', 'INTERCOMMUNALITY', 'DEPARTEMENT', 'REGION', 'ARS', 'ASSURANCE_MALADIE', 'STATE', 'OTHER');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "referralReminderDays" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "NetworkActor" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "NetworkCategory" NOT NULL,
    "needTypes" "NeedType"[],
    "communes" TEXT[],
    "tags" TEXT[],
    "website" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "lastContactedAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NetworkActor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkContact" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "reachHint" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "contactId" TEXT,
    "staffId" TEXT,
    "status" "ReferralStatus" NOT NULL DEFAULT 'PROPOSED',
    "consent" "ReferralConsent" NOT NULL DEFAULT 'PENDING',
    "consentChannel" "ConsentChannel",
    "consentAt" TIMESTAMP(3),
    "note" TEXT NOT NULL DEFAULT '',
    "sharedDetails" JSONB NOT NULL DEFAULT '{}',
    "actorTokenHash" TEXT,
    "actorTokenExpiresAt" TIMESTAMP(3),
    "actorTokenRevokedAt" TIMESTAMP(3),
    "contactedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "actorAnswer" "ActorAnswer",
    "actorMessage" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstallationAid" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "funder" "AidFunder" NOT NULL,
    "amount" TEXT NOT NULL DEFAULT '',
    "professions" "Profession"[],
    "practiceModes" "PracticeMode"[],
    "zones" TEXT NOT NULL DEFAULT '',
    "conditions" TEXT NOT NULL DEFAULT '',
    "howToApply" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL DEFAULT '',
    "validFrom" DATE,
    "validUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstallationAid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestAidSent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "aidId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestAidSent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NetworkActor_tenantId_category_idx" ON "NetworkActor"("tenantId", "category");

-- CreateIndex
CREATE INDEX "NetworkActor_needTypes_idx" ON "NetworkActor" USING GIN ("needTypes");

-- CreateIndex
CREATE INDEX "NetworkActor_communes_idx" ON "NetworkActor" USING GIN ("communes");

-- CreateIndex
CREATE INDEX "NetworkActor_tags_idx" ON "NetworkActor" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkActor_tenantId_name_key" ON "NetworkActor"("tenantId", "name");

-- CreateIndex
CREATE INDEX "NetworkContact_tenantId_actorId_idx" ON "NetworkContact"("tenantId", "actorId");

-- CreateIndex
CREATE INDEX "NetworkContact_actorId_idx" ON "NetworkContact"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_actorTokenHash_key" ON "Referral"("actorTokenHash");

-- CreateIndex
CREATE INDEX "Referral_tenantId_requestId_idx" ON "Referral"("tenantId", "requestId");

-- CreateIndex
CREATE INDEX "Referral_tenantId_actorId_status_idx" ON "Referral"("tenantId", "actorId", "status");

-- CreateIndex
CREATE INDEX "Referral_tenantId_status_contactedAt_idx" ON "Referral"("tenantId", "status", "contactedAt");

-- CreateIndex
CREATE INDEX "Referral_needId_idx" ON "Referral"("needId");

-- CreateIndex
CREATE INDEX "Referral_actorId_idx" ON "Referral"("actorId");

-- CreateIndex
CREATE INDEX "Referral_contactId_idx" ON "Referral"("contactId");

-- CreateIndex
CREATE INDEX "Referral_staffId_idx" ON "Referral"("staffId");

-- CreateIndex
CREATE INDEX "InstallationAid_tenantId_name_idx" ON "InstallationAid"("tenantId", "name");

-- CreateIndex
CREATE INDEX "InstallationAid_professions_idx" ON "InstallationAid" USING GIN ("professions");

-- CreateIndex
CREATE INDEX "RequestAidSent_tenantId_requestId_idx" ON "RequestAidSent"("tenantId", "requestId");

-- CreateIndex
CREATE INDEX "RequestAidSent_aidId_idx" ON "RequestAidSent"("aidId");

-- CreateIndex
CREATE UNIQUE INDEX "RequestAidSent_requestId_aidId_key" ON "RequestAidSent"("requestId", "aidId");

-- AddForeignKey
ALTER TABLE "NetworkActor" ADD CONSTRAINT "NetworkActor_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkContact" ADD CONSTRAINT "NetworkContact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkContact" ADD CONSTRAINT "NetworkContact_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "NetworkActor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_needId_fkey" FOREIGN KEY ("needId") REFERENCES "RequestNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "NetworkActor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "NetworkContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstallationAid" ADD CONSTRAINT "InstallationAid_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestAidSent" ADD CONSTRAINT "RequestAidSent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestAidSent" ADD CONSTRAINT "RequestAidSent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestAidSent" ADD CONSTRAINT "RequestAidSent_aidId_fkey" FOREIGN KEY ("aidId") REFERENCES "InstallationAid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Trigram index for LIKE '%…%' on the folded search text.
CREATE INDEX "NetworkActor_searchText_trgm_idx" ON "NetworkActor" USING GIN (network_unaccent("searchText") gin_trgm_ops);
