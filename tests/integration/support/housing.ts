import type { THousingUnitInput } from "@/lib/housing/schemas";

import { STUDIO } from "./factories/housing";

/** What the staff's unit form sends (a studio for newcomers and locums); `createTestUnit` writes the row. */
export const unitInput: THousingUnitInput = {
  ...STUDIO,
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
