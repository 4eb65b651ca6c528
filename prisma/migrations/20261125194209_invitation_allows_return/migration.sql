-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "allowsReturn" BOOLEAN NOT NULL DEFAULT false;
