-- btree_gist lets one GiST index compare the unit (=) and the nights (&&): it ships with PostgreSQL, the
-- embedded server included.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- CreateEnum
CREATE TYPE "HousingKind" AS ENUM ('STUDIO', 'FLAT', 'HOUSE', 'ROOM', 'BOARDING_ROOM', 'CAMPSITE', 'YOUNG_WORKERS_HOME', 'OTHER');

-- CreateEnum
CREATE TYPE "HousingAudience" AS ENUM ('NEWCOMERS', 'LOCUMS', 'INTERNS', 'SEASONAL');

-- CreateEnum
CREATE TYPE "HousingUnitStatus" AS ENUM ('AVAILABLE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "HousingBookingStatus" AS ENUM ('REQUESTED', 'OPTION', 'CONFIRMED', 'DECLINED', 'EXPIRED', 'CANCELLED');

-- CreateTable
CREATE TABLE "HousingUnit" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "ownerContact" TEXT NOT NULL DEFAULT '',
    "commune" TEXT NOT NULL,
    "area" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "kind" "HousingKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "rooms" INTEGER NOT NULL DEFAULT 1,
    "beds" INTEGER NOT NULL DEFAULT 1,
    "furnished" BOOLEAN NOT NULL DEFAULT false,
    "accessible" BOOLEAN NOT NULL DEFAULT false,
    "accessibilityNotes" TEXT NOT NULL DEFAULT '',
    "rentMonthCents" INTEGER,
    "priceNightCents" INTEGER,
    "depositCents" INTEGER,
    "audiences" "HousingAudience"[],
    "openToMembers" BOOLEAN NOT NULL DEFAULT false,
    "minNights" INTEGER,
    "maxNights" INTEGER,
    "houseRules" TEXT NOT NULL DEFAULT '',
    "status" "HousingUnitStatus" NOT NULL DEFAULT 'AVAILABLE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HousingUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HousingBooking" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "arrival" DATE NOT NULL,
    "departure" DATE NOT NULL,
    "requestId" TEXT,
    "membershipId" TEXT,
    "guestName" TEXT NOT NULL DEFAULT '',
    "guestContact" TEXT NOT NULL DEFAULT '',
    "audience" "HousingAudience" NOT NULL,
    "status" "HousingBookingStatus" NOT NULL,
    "optionExpiresAt" TIMESTAMP(3),
    "priceCents" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HousingBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HousingPhoto" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fileKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HousingPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HousingUnit_tenantId_status_commune_idx" ON "HousingUnit"("tenantId", "status", "commune");

-- CreateIndex
CREATE INDEX "HousingUnit_tenantId_area_idx" ON "HousingUnit"("tenantId", "area");

-- CreateIndex
CREATE INDEX "HousingBooking_tenantId_unitId_arrival_idx" ON "HousingBooking"("tenantId", "unitId", "arrival");

-- CreateIndex
CREATE INDEX "HousingBooking_tenantId_status_optionExpiresAt_idx" ON "HousingBooking"("tenantId", "status", "optionExpiresAt");

-- CreateIndex
CREATE INDEX "HousingBooking_unitId_arrival_idx" ON "HousingBooking"("unitId", "arrival");

-- CreateIndex
CREATE INDEX "HousingBooking_requestId_idx" ON "HousingBooking"("requestId");

-- CreateIndex
CREATE INDEX "HousingBooking_membershipId_idx" ON "HousingBooking"("membershipId");

-- CreateIndex
CREATE INDEX "HousingPhoto_tenantId_unitId_position_idx" ON "HousingPhoto"("tenantId", "unitId", "position");

-- CreateIndex
CREATE INDEX "HousingPhoto_unitId_idx" ON "HousingPhoto"("unitId");

-- CreateIndex
CREATE INDEX "StoredFile_tenantId_createdAt_idx" ON "StoredFile"("tenantId", "createdAt");

-- AddForeignKey
ALTER TABLE "HousingUnit" ADD CONSTRAINT "HousingUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingBooking" ADD CONSTRAINT "HousingBooking_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingBooking" ADD CONSTRAINT "HousingBooking_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HousingUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingBooking" ADD CONSTRAINT "HousingBooking_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingBooking" ADD CONSTRAINT "HousingBooking_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingPhoto" ADD CONSTRAINT "HousingPhoto_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingPhoto" ADD CONSTRAINT "HousingPhoto_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HousingUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Nights from arrival (included) to departure (excluded): at least one.
ALTER TABLE "HousingBooking" ADD CONSTRAINT "HousingBooking_nights_check" CHECK ("departure" > "arrival");

-- Who: a request, a member, or a named outside person, one of them only.
ALTER TABLE "HousingBooking" ADD CONSTRAINT "HousingBooking_one_guest_check"
  CHECK (num_nonnulls("requestId", "membershipId") + (CASE WHEN "guestName" <> '' THEN 1 ELSE 0 END) = 1);

-- Options and confirmed bookings of one unit never share a night, whoever writes them and however many at once.
ALTER TABLE "HousingBooking" ADD CONSTRAINT "HousingBooking_no_overlap"
  EXCLUDE USING gist ("unitId" WITH =, daterange("arrival", "departure", '[)') WITH &&)
  WHERE ("status" IN ('OPTION', 'CONFIRMED'));

ALTER TABLE "HousingUnit" ADD CONSTRAINT "HousingUnit_sizes_check"
  CHECK ("rooms" >= 0 AND "beds" >= 1 AND ("minNights" IS NULL OR "minNights" >= 1)
    AND ("maxNights" IS NULL OR "maxNights" >= COALESCE("minNights", 1)));
