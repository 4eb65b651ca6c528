import type { THousingUnitInput } from "@/lib/housing/schemas";

/** What the staff's unit form sends (a studio for newcomers and locums); `createTestUnit` writes the row. */
export const unitInput: THousingUnitInput = {
  name: "Studio du fleuve",
  kind: "STUDIO",
  ownerName: "Mairie de Saint-Laurent",
  ownerContact: "logement@mairie.exemple.test",
  commune: "Saint-Laurent-du-Maroni",
  area: "Ouest guyanais",
  address: "12 rue du Port",
  description: "",
  rooms: 1,
  beds: 2,
  furnished: true,
  accessible: false,
  accessibilityNotes: "",
  rentMonth: "650",
  priceNight: "35",
  deposit: "",
  audiences: ["NEWCOMERS", "LOCUMS"],
  openToMembers: true,
  minNights: "",
  maxNights: "",
  houseRules: "",
  status: "AVAILABLE",
};
