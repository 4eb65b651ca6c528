import { describe, expect, it } from "vitest";

import {
  calendarDayField,
  emailField,
  enumFilter,
  isCalendarDay,
  localDateTimeField,
  monthFilter,
  optionalPhoneField,
  pageNumber,
  phoneField,
} from "./fields";

describe("shared fields", () => {
  it("accept only days of the calendar, never rolling over", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    for (const bad of ["2026-02-31", "2026-13-01", "2026-00-10", "2027-02-29", "26-01-01", "2026-1-1", ""])
      expect(isCalendarDay(bad), bad).toBe(false);
    expect(calendarDayField.safeParse("2026-02-31").error?.issues[0].message).toBe("errors.date");
    expect(localDateTimeField.safeParse("2026-03-14T19:30").success).toBe(true);
    expect(localDateTimeField.safeParse("2026-03-14T24:30").success).toBe(false);
    expect(localDateTimeField.safeParse("2026-02-30T10:00").success).toBe(false);
  });

  it("have one phone rule for every form", () => {
    for (const good of ["06 94 12 34 56", "+594 694 12 34 56", "0298123456", "(0)2.98.12.34.56"])
      expect(phoneField.safeParse(good).success, good).toBe(true);
    for (const bad of ["abc", "12", "06 94 12 34 56 78 90 12 34 56 78", "+", "=1+2"])
      expect(phoneField.safeParse(bad).success, bad).toBe(false);
    expect(optionalPhoneField.safeParse("").success).toBe(true);
    expect(optionalPhoneField.safeParse("abc").error?.issues[0].message).toBe("errors.phone");
  });

  it("normalise emails and refuse lists of addresses", () => {
    expect(emailField.parse("  Anne@Exemple.TEST ")).toBe("anne@exemple.test");
    expect(emailField.safeParse("a@x.fr,b@y.fr").success).toBe(false);
  });

  it("turn bad query string values into no filter", () => {
    expect(monthFilter.parse("2026-13")).toBeUndefined();
    expect(monthFilter.parse("2026-02")).toBe("2026-02");
    expect(pageNumber.parse("-4")).toBe(1);
    expect(pageNumber.parse("abc")).toBe(1);
    const stage = enumFilter({ NEW: "NEW", CLOSED: "CLOSED" } as const);
    expect(stage.parse("CLOSED")).toBe("CLOSED");
    expect(stage.parse("DROP TABLE")).toBeUndefined();
  });
});
