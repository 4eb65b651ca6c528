import { describe, expect, it } from "vitest";

import { csvCell } from "./csv-cell";

describe("csvCell", () => {
  it.each(["=1+1", "+33", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd"])("neutralises %j", (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });

  it("quotes and doubles quotes", () => {
    expect(csvCell('Dr "Jo"')).toBe('"Dr ""Jo"""');
    expect(csvCell(3)).toBe('"3"');
  });
});
