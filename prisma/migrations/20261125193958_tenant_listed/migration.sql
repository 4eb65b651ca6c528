-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "listed" BOOLEAN NOT NULL DEFAULT true;
