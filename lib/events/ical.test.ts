import { describe, expect, it } from "vitest";

import { buildCalendar, icsText } from "./ical";

describe("iCalendar", () => {
  it("escapes text as RFC 5545 requires", () => {
    expect(icsText("Salle 2; entrée, côté port\nparking")).toBe("Salle 2\\; entrée\\, côté port\\nparking");
    // A lone carriage return would end the content line: escaped like any line break.
    expect(icsText("a\rDTSTART:19700101T000000Z")).toBe("a\\nDTSTART:19700101T000000Z");
    expect(icsText("a\r\nb\u0007")).toBe("a\\nb");
  });

  it("writes UTC times, CRLF line ends and folded long lines", () => {
    const ics = buildCalendar(
      "CPTS",
      [
        {
          id: "e1",
          title: "Soirée des soignants",
          description: "x".repeat(200),
          place: "Mana",
          startsAt: new Date("2027-05-20T22:00:00Z"),
          endsAt: new Date("2027-05-21T02:00:00Z"),
        },
      ],
      new Date("2026-11-24T10:00:00Z"),
    );
    expect(ics).toContain("DTSTART:20270520T220000Z\r\n");
    expect(ics).toContain("UID:e1@conciergerie-cpts\r\n");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
