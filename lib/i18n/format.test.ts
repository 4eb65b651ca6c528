import { describe, expect, it } from "vitest";

import {
  dateTimeFormat,
  formatCurrency,
  formatDateTime,
  formatTime,
  instantToLocalDateTime,
  isValidTimeZone,
  localDateTimeToInstant,
  numberFormat,
  yearInTimeZone,
} from "./format";

// U+202F / U+00A0 are the narrow and plain no-break spaces Intl uses in fr-FR.
const normalise = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("fr-FR formatting in the tenant's time zone", () => {
  const instant = new Date("2026-03-14T18:30:00Z");

  it("shows Cayenne time three hours behind UTC", () => {
    expect(formatTime(instant, "America/Cayenne")).toBe("15:30");
  });

  it("shows Paris time one hour ahead of UTC in winter", () => {
    expect(formatTime(instant, "Europe/Paris")).toBe("19:30");
  });

  it("writes the date in French", () => {
    expect(formatDateTime(instant, "Europe/Paris")).toBe("14 mars 2026 à 19:30");
  });

  it("formats euros the French way", () => {
    expect(normalise(formatCurrency(123456))).toBe("1 234,56 €");
  });

  it("recognises IANA time zones", () => {
    expect(isValidTimeZone("America/Cayenne")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("local times typed in the tenant's time zone", () => {
  it("reads 19:30 in Cayenne as 22:30 UTC and back", () => {
    const instant = localDateTimeToInstant("2026-03-14T19:30", "America/Cayenne");
    expect(instant.toISOString()).toBe("2026-03-14T22:30:00.000Z");
    expect(instantToLocalDateTime(instant, "America/Cayenne")).toBe("2026-03-14T19:30");
  });

  it("follows summer time in Paris", () => {
    expect(localDateTimeToInstant("2026-01-10T20:00", "Europe/Paris").toISOString()).toBe("2026-01-10T19:00:00.000Z");
    expect(localDateTimeToInstant("2026-07-10T20:00", "Europe/Paris").toISOString()).toBe("2026-07-10T18:00:00.000Z");
  });
});

describe("the year in the tenant's time zone", () => {
  it("is still the old year in Cayenne when Paris has rung in the new one", () => {
    const newYearInParis = new Date("2026-12-31T23:30:00Z");
    expect(yearInTimeZone(newYearInParis, "Europe/Paris")).toBe(2027);
    expect(yearInTimeZone(newYearInParis, "America/Cayenne")).toBe(2026);
  });
});

describe("formatters kept per locale, time zone and shape", () => {
  it("reuses one formatter for the same shape and never mixes zones, locales or shapes", () => {
    const paris = dateTimeFormat("fr-FR", { timeStyle: "short", timeZone: "Europe/Paris" });
    expect(dateTimeFormat("fr-FR", { timeStyle: "short", timeZone: "Europe/Paris" })).toBe(paris);
    expect(dateTimeFormat("fr-FR", { timeStyle: "short", timeZone: "America/Cayenne" })).not.toBe(paris);
    const instant = new Date("2026-03-14T18:30:00Z");
    // Alternating zones and languages through the cache still gives each its own answer.
    expect(formatTime(instant, "Europe/Paris")).toBe("19:30");
    expect(formatTime(instant, "America/Cayenne")).toBe("15:30");
    expect(formatTime(instant, "Europe/Paris", "en-GB")).toBe("19:30");
    expect(normalise(formatCurrency(123456, "en-GB"))).toBe("€1,234.56");
    expect(normalise(formatCurrency(123456))).toBe("1 234,56 €");
    expect(numberFormat("fr-FR")).toBe(numberFormat("fr-FR"));
    expect(numberFormat("fr-FR")).not.toBe(numberFormat("fr-FR", { style: "percent" }));
  });
});
