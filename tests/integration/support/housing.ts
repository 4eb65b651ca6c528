import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type { THousingUnitInput } from "@/lib/housing/schemas";
import { submitIntake } from "@/lib/requests/intake";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import type { TestTenant } from "./factories";
import { intakeInput } from "./intake";

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

/** A newcomer's request with a tracking token we know (only its hash is stored). */
export async function createTrackedRequest(t: TestTenant) {
  const input = intakeInput();
  await submitIntake({ ...t.tenant, referencePrefix: "HSG", firstResponseDays: 2 }, input, { ip: randomUUID() });
  const token = newLinkToken();
  const request = await db.installationRequest.update({
    where: { tenantId_idempotencyKey: { tenantId: t.tenant.id, idempotencyKey: input.idempotencyKey } },
    data: { trackingTokenHash: hashLinkToken(token) },
    select: { id: true, email: true },
  });
  return { ...request, token };
}
