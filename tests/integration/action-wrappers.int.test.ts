import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { actionKindOf } from "@/lib/actions/kinds";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((file) => !file.includes("generated"));
}

/** Every module whose exports are server actions: each export is a public HTTP endpoint. */
const actionModules = ["lib", "app", "components"]
  .flatMap(sourceFiles)
  .filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8")));

describe("every server action is built with a wrapper (CONTRIBUTING.md)", () => {
  it("finds the action modules", () => {
    expect(actionModules.length).toBeGreaterThan(10);
  });

  it("marks no inline 'use server' function in a page or component", () => {
    const inline = ["app", "components", "lib"]
      .flatMap(sourceFiles)
      .filter((file) => !actionModules.includes(file))
      .filter((file) => /["']use server["']/.test(readFileSync(path.join(root, file), "utf8")));
    expect(inline).toEqual([]);
  });

  it.each(actionModules)("%s: each export comes from a wrapper and its name ends in Action", async (file) => {
    const exports: Record<string, unknown> = await import(path.join(root, file));
    const unwrapped = Object.entries(exports)
      .filter(([name, value]) => !name.endsWith("Action") || actionKindOf(value) === null)
      .map(([name]) => name);
    expect(unwrapped).toEqual([]);
  });
});
