import { describe, expect, it } from "vitest";

import { Prisma } from "@/lib/generated/prisma/client";

import { describeUnexpected } from "./log-unexpected";

describe("describeUnexpected", () => {
  it("keeps no value from a Prisma validation error (its message quotes the whole record)", () => {
    const error = new Prisma.PrismaClientValidationError(
      'Invalid `tx.installationRequest.create()` invocation:\n{ data: { firstName: "Camille", email: "camille@exemple.fr", phone: "+33 6 12 34 56 78" } }',
      { clientVersion: "7.10.0" },
    );
    const logged = JSON.stringify(describeUnexpected(error));
    expect(logged).toContain("PrismaClientValidationError");
    for (const personal of ["Camille", "camille@exemple.fr", "12 34 56"]) expect(logged).not.toContain(personal);
  });

  it("keeps the code and model of a known database error, not its message", () => {
    const error = new Prisma.PrismaClientKnownRequestError("Unique constraint failed on (email)=(camille@exemple.fr)", {
      code: "P2002",
      clientVersion: "7.10.0",
      meta: { modelName: "User" },
    });
    expect(describeUnexpected(error)).toMatchObject({ code: "P2002", model: "User" });
    expect(JSON.stringify(describeUnexpected(error))).not.toContain("camille");
  });
});
