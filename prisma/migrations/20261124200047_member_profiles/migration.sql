-- CreateEnum
CREATE TYPE "HouseholdRelation" AS ENUM ('PARTNER', 'CHILD');

-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "requestId" TEXT,
ALTER COLUMN "membershipId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "arrivalDate" DATE,
ADD COLUMN     "directoryOptIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "notifyEvents" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notifyOffers" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "phone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "practicePlace" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "profession" "Profession",
ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "specialty" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "HouseholdMember" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "relation" "HouseholdRelation" NOT NULL,
    "firstName" TEXT NOT NULL,
    "birthYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HouseholdMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesPayment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuesPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCompanion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "householdMemberId" TEXT NOT NULL,

    CONSTRAINT "EventCompanion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HouseholdMember_tenantId_membershipId_idx" ON "HouseholdMember"("tenantId", "membershipId");

-- CreateIndex
CREATE INDEX "HouseholdMember_membershipId_idx" ON "HouseholdMember"("membershipId");

-- CreateIndex
CREATE INDEX "DuesPayment_tenantId_year_idx" ON "DuesPayment"("tenantId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DuesPayment_membershipId_year_key" ON "DuesPayment"("membershipId", "year");

-- CreateIndex
CREATE INDEX "EventCompanion_tenantId_registrationId_idx" ON "EventCompanion"("tenantId", "registrationId");

-- CreateIndex
CREATE INDEX "EventCompanion_householdMemberId_idx" ON "EventCompanion"("householdMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "EventCompanion_registrationId_householdMemberId_key" ON "EventCompanion"("registrationId", "householdMemberId");

-- CreateIndex
CREATE INDEX "EventRegistration_requestId_idx" ON "EventRegistration"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_requestId_key" ON "EventRegistration"("eventId", "requestId");

-- CreateIndex
CREATE INDEX "Membership_tenantId_profession_idx" ON "Membership"("tenantId", "profession");

-- CreateIndex
CREATE INDEX "Membership_tenantId_directoryOptIn_idx" ON "Membership"("tenantId", "directoryOptIn");

-- CreateIndex
CREATE INDEX "Membership_requestId_idx" ON "Membership"("requestId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesPayment" ADD CONSTRAINT "DuesPayment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesPayment" ADD CONSTRAINT "DuesPayment_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCompanion" ADD CONSTRAINT "EventCompanion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCompanion" ADD CONSTRAINT "EventCompanion_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCompanion" ADD CONSTRAINT "EventCompanion_householdMemberId_fkey" FOREIGN KEY ("householdMemberId") REFERENCES "HouseholdMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A registration belongs to exactly one member or one newcomer (Prisma cannot express this check).
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_one_registrant_check"
  CHECK (("membershipId" IS NULL) <> ("requestId" IS NULL));
