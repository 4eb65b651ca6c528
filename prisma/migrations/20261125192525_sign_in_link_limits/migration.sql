-- CreateTable
CREATE TABLE "SignInLinkRequest" (
    "id" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInLinkRequest_emailHash_createdAt_idx" ON "SignInLinkRequest"("emailHash", "createdAt");

-- CreateIndex
CREATE INDEX "SignInLinkRequest_clientHash_createdAt_idx" ON "SignInLinkRequest"("clientHash", "createdAt");

-- CreateIndex
CREATE INDEX "SignInLinkRequest_createdAt_idx" ON "SignInLinkRequest"("createdAt");
