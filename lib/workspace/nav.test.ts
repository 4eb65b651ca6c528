import { describe, expect, it } from "vitest";

import { activeSection, STAFF_NAV } from "./nav";

describe("the staff navigation", () => {
  const base = "/cpts-a/admin";

  it("marks the section of the page, the dashboard only on its own path", () => {
    expect(activeSection("/cpts-a/admin", base)).toBe("dashboard");
    expect(activeSection("/cpts-a/admin/requests/abc", base)).toBe("requests");
    expect(activeSection("/cpts-a/admin/members/import", base)).toBe("members");
    expect(activeSection("/cpts-a/admin/tasks", base)).toBe("tasks");
    expect(activeSection("/cpts-a/admin/search", base)).toBeNull();
    expect(activeSection("/cpts-a/admin/requestsx", base)).toBeNull();
  });

  it("lists each section once, with the indicators and the activity report", () => {
    const ids = STAFF_NAV.flatMap((g) => g.sections.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["indicators", "report", "tasks"]));
  });
});
