import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { resetEnvCache } from "@/lib/env";

import { actAs } from "./support/act-as";
import { createTestTenant, type TestTenant } from "./support/factories";

// As route-role-matrix.int.test.ts: forbidden() needs the build's flag, the pages' words are their keys.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
vi.mock("next-intl/server", async (original) => ({
  ...(await original<typeof import("next-intl/server")>()),
  getTranslations: async () => (key: string) => key,
}));

// After act-as (its mocks registered): the pages read the caller actAs() chose.
const { default: PublicShell } = await import("@/app/bench-shell/page");
const { default: StaffShell } = await import("@/app/[tenant]/admin/bench-shell/page");

let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  a = await createTestTenant("shell-a");
  b = await createTestTenant("shell-b");
});

afterEach(() => {
  delete process.env.BENCH_SHELL;
  resetEnvCache();
});

function benchShell(value: "on" | "off" | undefined) {
  if (value) process.env.BENCH_SHELL = value;
  else delete process.env.BENCH_SHELL;
  resetEnvCache();
}

/** What a page answered: Next's navigation errors carry a digest. */
async function answer(render: () => Promise<unknown>) {
  try {
    await render();
    return "ok";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.endsWith(";404")) return "notFound";
    if (digest.endsWith(";403")) return "forbidden";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    throw error;
  }
}

const staffShell = (slug: string) => answer(() => StaffShell({ params: Promise.resolve({ tenant: slug }) }));

describe("the benchmark's shell pages (issue 11)", () => {
  it("do not exist unless the benchmark turns them on", async () => {
    for (const value of [undefined, "off"] as const) {
      benchShell(value);
      actAs(a.staff);
      expect(await answer(() => PublicShell())).toBe("notFound");
      expect(await staffShell(a.tenant.slug)).toBe("notFound");
    }
  });

  it("once on, the staff shell answers only the tenant's staff, as any staff page", async () => {
    benchShell("on");
    actAs(null);
    expect(await answer(() => PublicShell())).toBe("ok");
    expect(await staffShell(a.tenant.slug)).toBe("redirect");
    actAs(a.staff);
    expect(await staffShell(a.tenant.slug)).toBe("ok");
    actAs(a.coordinator);
    expect(await staffShell(a.tenant.slug)).toBe("ok");
    actAs(a.member);
    expect(await staffShell(a.tenant.slug)).toBe("forbidden");
    // Another tenant's staff: refused, as on every staff page (the matrix's "staff" profile).
    actAs(b.staff);
    expect(await staffShell(a.tenant.slug)).toBe("forbidden");
    expect(await staffShell(b.tenant.slug)).toBe("ok");
  });
});
