-- CreateTable
CREATE TABLE "RequestStageCount" (
    "tenantId" TEXT NOT NULL,
    "stage" "RequestStage" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RequestStageCount_pkey" PRIMARY KEY ("tenantId","stage")
);

-- AddForeignKey
ALTER TABLE "RequestStageCount" ADD CONSTRAINT "RequestStageCount_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The counts per stage of each tenant's requests (anonymised ones left out), kept exact by PostgreSQL: the
-- staff list reads them instead of counting the tenant's rows (issue 11, growth budget). The app never
-- writes this table.
--
-- Statement-level triggers with transition tables: one grouped upsert per statement, so a bulk insert of
-- 50,000 requests (scale seed, bench, restore) costs one upsert per (tenant, stage), not one per row.
-- The upsert takes the counter rows in (tenant, stage) order: two transactions moving requests between the
-- same two stages in opposite directions wait for each other instead of deadlocking.
-- A decrement for a tenant being deleted is skipped: its counters go with it (cascade).
-- The migration runner splits scripts on every semicolon, even inside a function body: the bodies are
-- escaped strings where \073 stands for each semicolon.
CREATE FUNCTION "RequestStageCount_apply"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' THEN
    INSERT INTO "RequestStageCount" AS c ("tenantId", "stage", "count")
    SELECT n."tenantId", n."stage", count(*)::int FROM new_rows n
    WHERE n."anonymisedAt" IS NULL
    GROUP BY n."tenantId", n."stage"
    ORDER BY n."tenantId", n."stage"
    ON CONFLICT ("tenantId", "stage") DO UPDATE SET "count" = c."count" + EXCLUDED."count"\073
  ELSIF TG_OP = \'DELETE\' THEN
    INSERT INTO "RequestStageCount" AS c ("tenantId", "stage", "count")
    SELECT o."tenantId", o."stage", -count(*)::int FROM old_rows o
    WHERE o."anonymisedAt" IS NULL AND EXISTS (SELECT 1 FROM "Tenant" t WHERE t."id" = o."tenantId")
    GROUP BY o."tenantId", o."stage"
    ORDER BY o."tenantId", o."stage"
    ON CONFLICT ("tenantId", "stage") DO UPDATE SET "count" = c."count" + EXCLUDED."count"\073
  ELSE
    INSERT INTO "RequestStageCount" AS c ("tenantId", "stage", "count")
    SELECT d."tenantId", d."stage", sum(d."delta")::int FROM (
      SELECT n."tenantId", n."stage", 1 AS "delta" FROM new_rows n WHERE n."anonymisedAt" IS NULL
      UNION ALL
      SELECT o."tenantId", o."stage", -1 AS "delta" FROM old_rows o WHERE o."anonymisedAt" IS NULL
    ) d
    WHERE EXISTS (SELECT 1 FROM "Tenant" t WHERE t."id" = d."tenantId")
    GROUP BY d."tenantId", d."stage"
    HAVING sum(d."delta") <> 0
    ORDER BY d."tenantId", d."stage"
    ON CONFLICT ("tenantId", "stage") DO UPDATE SET "count" = c."count" + EXCLUDED."count"\073
  END IF\073
  RETURN NULL\073
END
';

-- TRUNCATE fires no row or DELETE trigger: emptying the requests empties the counters.
CREATE FUNCTION "RequestStageCount_reset"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "RequestStageCount"\073
  RETURN NULL\073
END
';

-- Triggers and backfill in one statement (one transaction), with the requests locked against writes: no
-- request written by a running app while this migration runs is counted twice or missed.
DO E'
BEGIN
  LOCK TABLE "InstallationRequest" IN SHARE ROW EXCLUSIVE MODE\073
  CREATE TRIGGER "RequestStageCount_insert" AFTER INSERT ON "InstallationRequest"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "RequestStageCount_apply"()\073
  CREATE TRIGGER "RequestStageCount_update" AFTER UPDATE ON "InstallationRequest"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "RequestStageCount_apply"()\073
  CREATE TRIGGER "RequestStageCount_delete" AFTER DELETE ON "InstallationRequest"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "RequestStageCount_apply"()\073
  CREATE TRIGGER "RequestStageCount_truncate" AFTER TRUNCATE ON "InstallationRequest"
    FOR EACH STATEMENT EXECUTE FUNCTION "RequestStageCount_reset"()\073
  INSERT INTO "RequestStageCount" ("tenantId", "stage", "count")
  SELECT r."tenantId", r."stage", count(*)::int FROM "InstallationRequest" r
  WHERE r."anonymisedAt" IS NULL GROUP BY r."tenantId", r."stage"\073
END
';
