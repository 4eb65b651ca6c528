import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { diffMigrationsAgainstSchema, MIGRATIONS_DIR, PRISMA_DIR } from "@/lib/db/migrations";

describe("migrations reproduce schema.prisma", () => {
  it("leave no difference between an empty database with every migration applied and the schema", async () => {
    expect(await diffMigrationsAgainstSchema()).toBe("");
  });

  it("report a schema change that no migration carries", async () => {
    const copy = await mkdtemp(path.join(tmpdir(), "schema-drift-"));
    try {
      await cp(PRISMA_DIR, copy, { recursive: true });
      const schemaPath = path.join(copy, "schema.prisma");
      const drifted = (await readFile(schemaPath, "utf8")).replace(
        "model Tenant {",
        "model Tenant {\n  driftProbe String?",
      );
      await writeFile(schemaPath, drifted);
      expect(await diffMigrationsAgainstSchema({ prismaDir: copy })).toContain("driftProbe");
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it("are all applied and recorded in _prisma_migrations on the real PostgreSQL", async () => {
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
