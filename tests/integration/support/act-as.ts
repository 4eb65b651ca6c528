import { vi } from "vitest";

import type { CurrentUser } from "@/lib/auth/session";

import type { Person } from "./factories";

// Imported first by a test file: server actions and routes then read the caller chosen with actAs(),
// as the cookie would tell them. Everything else (the guard, the database) is real.
let current: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

/** Acts as a person (a role of a tenant from createTestTenant, or any user), or anonymously with null. */
/** By default the caller's session has passed the second factor; `secondFactorPassed: false` tests refusals. */
export function actAs(
  person:
    | (Pick<Person, "id" | "email"> & {
        name?: string | null;
        isPlatformAdmin?: boolean;
        sessionId?: string | null;
        secondFactorEnrolled?: boolean;
        secondFactorPassed?: boolean;
      })
    | null,
) {
  current = person
    ? {
        id: person.id,
        email: person.email,
        name: person.name ?? null,
        isPlatformAdmin: person.isPlatformAdmin ?? false,
        sessionId: person.sessionId ?? null,
        secondFactorEnrolled: person.secondFactorEnrolled ?? person.secondFactorPassed ?? true,
        secondFactorPassed: person.secondFactorPassed ?? true,
      }
    : null;
}
