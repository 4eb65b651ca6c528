-- CreateTable
CREATE TABLE "RequestEmailChange" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "newEmail" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEmailChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RequestEmailChange_requestId_key" ON "RequestEmailChange"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "RequestEmailChange_tokenHash_key" ON "RequestEmailChange"("tokenHash");

-- CreateIndex
CREATE INDEX "RequestEmailChange_tenantId_expiresAt_idx" ON "RequestEmailChange"("tenantId", "expiresAt");

-- AddForeignKey
ALTER TABLE "RequestEmailChange" ADD CONSTRAINT "RequestEmailChange_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEmailChange" ADD CONSTRAINT "RequestEmailChange_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InstallationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
