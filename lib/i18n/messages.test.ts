import { describe, expect, it } from "vitest";

import enEmailChange from "./messages/en.emailchange.json";
import enEvents from "./messages/en.events.json";
import enFollowUp from "./messages/en.followup.json";
import enHousing from "./messages/en.housing.json";
import enIndicators from "./messages/en.indicators.json";
import enCore from "./messages/en.json";
import enMail from "./messages/en.mail.json";
import enMembers from "./messages/en.members.json";
import enNetwork from "./messages/en.network.json";
import enOffers from "./messages/en.offers.json";
import enRequests from "./messages/en.requests.json";
import enSecurity from "./messages/en.security.json";
import enWorkspace from "./messages/en.workspace.json";
import frEmailChange from "./messages/fr.emailchange.json";
import frEvents from "./messages/fr.events.json";
import frFollowUp from "./messages/fr.followup.json";
import frHousing from "./messages/fr.housing.json";
import frIndicators from "./messages/fr.indicators.json";
import frCore from "./messages/fr.json";
import frMail from "./messages/fr.mail.json";
import frMembers from "./messages/fr.members.json";
import frNetwork from "./messages/fr.network.json";
import frOffers from "./messages/fr.offers.json";
import frRequests from "./messages/fr.requests.json";
import frSecurity from "./messages/fr.security.json";
import frWorkspace from "./messages/fr.workspace.json";

const fr = {
  ...frCore,
  ...frRequests,
  ...frEvents,
  ...frOffers,
  ...frMembers,
  ...frMail,
  ...frWorkspace,
  ...frFollowUp,
  ...frIndicators,
  ...frNetwork,
  ...frHousing,
  ...frSecurity,
  ...frEmailChange,
};
const en = {
  ...enCore,
  ...enRequests,
  ...enEvents,
  ...enOffers,
  ...enMembers,
  ...enMail,
  ...enWorkspace,
  ...enFollowUp,
  ...enIndicators,
  ...enNetwork,
  ...enHousing,
  ...enSecurity,
  ...enEmailChange,
};

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("message catalogs", () => {
  it("have the same keys in French and English", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it("have no empty message", () => {
    const values = (obj: object): string[] =>
      Object.values(obj).flatMap((v) => (v && typeof v === "object" ? values(v) : [String(v)]));
    for (const catalog of [fr, en]) expect(values(catalog).filter((v) => v.trim() === "")).toEqual([]);
  });
});

it("feature catalogs do not redefine core namespaces", () => {
  for (const key of [
    ...Object.keys(frRequests),
    ...Object.keys(frEvents),
    ...Object.keys(frOffers),
    ...Object.keys(frSecurity),
    ...Object.keys(frWorkspace),
    ...Object.keys(frIndicators),
    ...Object.keys(frFollowUp),
    ...Object.keys(frNetwork),
    ...Object.keys(frHousing),
  ])
    expect(Object.keys(frCore)).not.toContain(key);
});
