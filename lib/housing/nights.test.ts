import { describe, expect, it } from "vitest";

import { addDays, freeStretches, monthWeeks, nightsBetween, shiftMonth, stayOnNight, staysOverlap } from "./nights";

describe("housing nights", () => {
  it("count nights, departure day excluded, across months and a leap day", () => {
    expect(nightsBetween("2027-02-27", "2027-03-02")).toBe(3);
    expect(nightsBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
  });

  it("let a stay start on the day another leaves", () => {
    const a = { arrival: "2027-03-01", departure: "2027-03-05" };
    expect(staysOverlap(a, { arrival: "2027-03-05", departure: "2027-03-07" })).toBe(false);
    expect(staysOverlap(a, { arrival: "2027-03-04", departure: "2027-03-07" })).toBe(true);
    expect(staysOverlap(a, { arrival: "2027-02-01", departure: "2027-04-01" })).toBe(true);
    expect(stayOnNight([a], "2027-03-04")).toBe(a);
    expect(stayOnNight([a], "2027-03-05")).toBeUndefined();
  });

  it("lay a month out in weeks starting on Monday", () => {
    const weeks = monthWeeks("2027-03");
    expect(weeks[0]).toEqual(["2027-03-01", ...["02", "03", "04", "05", "06", "07"].map((d) => `2027-03-${d}`)]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(monthWeeks("2027-04")[0].slice(0, 4)).toEqual([null, null, null, "2027-04-01"]);
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(shiftMonth("2027-12", 1)).toBe("2028-01");
  });

  it("find the free stretches around held stays", () => {
    const held = [
      { arrival: "2027-03-05", departure: "2027-03-10" },
      { arrival: "2027-03-10", departure: "2027-03-12" },
      { arrival: "2027-03-20", departure: "2027-04-10" },
    ];
    expect(freeStretches(held, "2027-03-01", "2027-04-01")).toEqual([
      { arrival: "2027-03-01", departure: "2027-03-05" },
      { arrival: "2027-03-12", departure: "2027-03-20" },
    ]);
  });
});

describe("housing schemas", () => {
  it("accept their own output again (the form sends the resolver's output to the action)", async () => {
    const { ZHousingUnitInput, ZOfferHousing } = await import("./schemas");
    const unit = ZHousingUnitInput.parse({
      name: "Studio",
      kind: "STUDIO",
      ownerName: "",
      ownerContact: "",
      commune: "Mana",
      area: "",
      address: "",
      description: "",
      rooms: "1",
      beds: "2",
      furnished: true,
      accessible: false,
      accessibilityNotes: "",
      rentMonth: "",
      priceNight: "20",
      deposit: "",
      audiences: ["NEWCOMERS"],
      openToMembers: false,
      minNights: "",
      maxNights: "",
      houseRules: "",
      status: "AVAILABLE",
    });
    expect(unit).toMatchObject({ rentMonth: null, priceNight: 20, minNights: null, maxNights: null, beds: 2 });
    expect(ZHousingUnitInput.parse(unit)).toEqual(unit);
    const offer = ZOfferHousing.parse({
      requestId: "r",
      unitId: "u",
      arrival: "2027-01-10",
      departure: "2027-02-28",
      price: "",
      optionDays: "5",
      notes: "",
    });
    expect(ZOfferHousing.parse(offer)).toEqual(offer);
    expect(ZOfferHousing.safeParse({ ...offer, departure: "2027-01-10" }).success).toBe(false);
  });
});
