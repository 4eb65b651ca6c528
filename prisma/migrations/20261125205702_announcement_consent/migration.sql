-- AlterTable
ALTER TABLE "Membership" ALTER COLUMN "notifyOffers" SET DEFAULT false;

-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "unsubscribeUrl" TEXT;

-- Offer announcements were on by default, so a "true" was never a consent: everyone starts opted out and
-- turns them on in "Mon profil".
UPDATE "Membership" SET "notifyOffers" = false;
