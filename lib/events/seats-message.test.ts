import { createTranslator } from "next-intl";
import { expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.events.json";
import fr from "@/lib/i18n/messages/fr.events.json";

it("an event's seats tell registrations waiting apart from the seats they ask for", () => {
  const frT = createTranslator({ locale: "fr", messages: fr, namespace: "events" });
  const enT = createTranslator({ locale: "en", messages: en, namespace: "events" });
  const full = { confirmed: 5, capacity: 5, waitingRegistrations: 37, waitingSeats: 74 };
  expect(frT("seats", full)).toBe("5 / 5 places occupées · liste d'attente : 37 inscriptions (74 places)");
  expect(enT("seats", full)).toBe("5 / 5 seats taken · waiting list: 37 registrations (74 seats)");
  expect(frT("seats", { confirmed: 2, capacity: 5, waitingRegistrations: 0, waitingSeats: 0 })).toBe(
    "2 / 5 places occupées · liste d'attente : personne",
  );
});
