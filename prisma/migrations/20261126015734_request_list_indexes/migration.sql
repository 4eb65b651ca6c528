-- CreateIndex
CREATE INDEX "InstallationRequest_tenantId_createdAt_idx" ON "InstallationRequest"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "InstallationRequest_tenantId_stage_stageChangedAt_idx" ON "InstallationRequest"("tenantId", "stage", "stageChangedAt");
