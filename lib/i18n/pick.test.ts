import { describe, expect, it } from "vitest";

import { pickMessages } from "./pick";

const catalogue = {
  errors: { required: "Obligatoire" },
  requests: { stages: { NEW: "Nouvelle" }, staff: { save: "Enregistrer" }, intake: { title: "Demande" } },
  login: { title: "Connexion" },
};

describe("pickMessages", () => {
  it("keeps only the namespaces asked for, at their paths", () => {
    expect(pickMessages(catalogue, ["errors", "requests.stages", "requests.staff"])).toEqual({
      errors: { required: "Obligatoire" },
      requests: { stages: { NEW: "Nouvelle" }, staff: { save: "Enregistrer" } },
    });
  });

  it("refuses a namespace that does not exist, so a typo cannot silently empty a form", () => {
    expect(() => pickMessages(catalogue, ["requests.nope"])).toThrow(/requests\.nope/);
  });
});
