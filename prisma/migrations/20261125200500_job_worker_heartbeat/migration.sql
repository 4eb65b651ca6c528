-- CreateTable
CREATE TABLE "JobWorkerHeartbeat" (
    "workerId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobWorkerHeartbeat_pkey" PRIMARY KEY ("workerId")
);

-- CreateIndex
CREATE INDEX "JobWorkerHeartbeat_lastSeenAt_idx" ON "JobWorkerHeartbeat"("lastSeenAt");
