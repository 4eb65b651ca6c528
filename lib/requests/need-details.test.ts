import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.requests.json";
import fr from "@/lib/i18n/messages/fr.requests.json";

import { describeNeedDetails, formatCalendarDay } from "./need-details";

const translator = (messages: typeof fr, locale: string) => {
  const t = createTranslator({ locale, messages, namespace: "requests" });
  return (key: string) => t(key as Parameters<typeof t>[0]);
};

describe("need details for staff", () => {
  const housing = { to: "2027-05-31", notes: "Proche de l'hôpital", from: "2027-03-01", budget: 700 };

  it("are labelled in French, with French dates and amounts, arrival before departure", () => {
    const lines = describeNeedDetails(housing, { t: translator(fr, "fr"), locale: "fr-FR" });
    expect(lines.map((l) => [l.label, l.value.replace(/\s/g, " ")])).toEqual([
      ["Du", "1 mars 2027"],
      ["Au", "31 mai 2027"],
      ["Budget mensuel", "700 €"],
      ["Précisions", "Proche de l'hôpital"],
    ]);
  });

  it("are labelled in English too", () => {
    const lines = describeNeedDetails(housing, { t: translator(en, "en"), locale: "en-GB" });
    expect(lines.map((l) => [l.label, l.value])).toEqual([
      ["From", "1 March 2027"],
      ["To", "31 May 2027"],
      ["Monthly budget", "€700"],
      ["Details", "Proche de l'hôpital"],
    ]);
  });

  it("translate codes: rent or buy, procedures, yes and no; empty details are left out", () => {
    const t = translator(fr, "fr");
    const buy = describeNeedDetails({ mode: "BUY", budget: 250000, rooms: 4, notes: "" }, { t, locale: "fr-FR" });
    expect(buy.map((l) => [l.label, l.value.replace(/\s/g, " ")])).toEqual([
      ["Projet", "Achat"],
      ["Pièces", "4"],
      ["Budget d'achat", "250 000 €"],
    ]);
    const admin = describeNeedDetails({ procedures: ["CPAM", "ORDRE"] }, { t, locale: "fr-FR" });
    expect(admin[0].value).toBe("CPAM, Ordre professionnel");
    const childcare = describeNeedDetails({ ages: "2 et 4 ans", atypicalHours: true }, { t, locale: "fr-FR" });
    expect(childcare.map((l) => l.value)).toEqual(["2 et 4 ans", "Oui"]);
  });

  it("show a calendar day as typed, without a time-zone shift", () => {
    expect(formatCalendarDay("2027-01-01", "fr-FR")).toBe("1 janvier 2027");
    expect(formatCalendarDay("not a day", "fr-FR")).toBe("not a day");
  });
});
