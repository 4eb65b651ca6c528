import { describe, expect, it } from "vitest";
import { z } from "zod";

import { fieldErrorsFromZod, toMessageKey } from "./result";

describe("fieldErrorsFromZod", () => {
  const schema = z.object({
    email: z.string().email({ message: "errors.email.invalid" }),
    age: z.number(),
    nested: z.object({ city: z.string().min(2, { message: "errors.required" }) }),
  });

  it("keeps catalog keys and puts errors on their fields", () => {
    const result = schema.safeParse({ email: "pas-un-email", age: "x", nested: { city: "" } });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromZod(result.error!)).toEqual({
      email: ["errors.email.invalid"],
      age: ["errors.invalid"],
      "nested.city": ["errors.required"],
    });
  });
});

describe("toMessageKey", () => {
  it("keeps catalog keys of any namespace and hides zod's English", () => {
    expect(toMessageKey("settings.errors.days")).toBe("settings.errors.days");
    expect(toMessageKey("Invalid input: expected string")).toBe("errors.invalid");
  });
});
