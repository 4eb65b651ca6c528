import { describe, expect, it } from "vitest";

import { normaliseIdentifier } from "./identifier";

describe("normaliseIdentifier", () => {
  it("lower-cases and trims a valid address", () => {
    expect(normaliseIdentifier("  Camille.Martin@Exemple.TEST ")).toBe("camille.martin@exemple.test");
  });

  it.each([
    "a@x.test,b@y.test",
    "a@x.test;b@y.test",
    '"a@x.test"@y.test',
    "Camille <a@x.test>",
    "a@x.test b@y.test",
    "a＠x.test,b＠y.test",
    "pas-une-adresse",
    "",
    undefined,
    42,
  ])("refuses %j", (value) => {
    expect(() => normaliseIdentifier(value)).toThrow();
  });
});
