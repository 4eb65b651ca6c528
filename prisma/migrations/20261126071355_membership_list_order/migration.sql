-- DropIndex
DROP INDEX "Membership_tenantId_role_status_idx";

-- CreateIndex
CREATE INDEX "Membership_tenantId_status_role_createdAt_idx" ON "Membership"("tenantId", "status", "role", "createdAt");
