import { describe, expect, it } from "vitest";

describe("instrumentation-client (zod without eval in the browser)", () => {
  it("turns zod's interpreter on through the global zod reads, without importing zod", async () => {
    await import("../../instrumentation-client");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
  });

  it("imports no zod module itself (pages without a form load no zod)", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("../../instrumentation-client.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from\s+["']zod/);
  });
});
