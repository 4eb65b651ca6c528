import { describe, expect, it } from "vitest";

import { checkImport } from "./import-rules";

const header = "email;prénom;nom;profession;lieu d'exercice;téléphone;date d'arrivée;cotisations;annuaire";

describe("checkImport", () => {
  it("accepts a spreadsheet export with French titles and values", () => {
    const { report, members } = checkImport(
      `${header}\nlea@exemple.fr;Léa;Morvan;Infirmier·e;Morlaix;06 12 34 56 78;01/09/2024;2025 2026;oui\n`,
      new Set(),
    );
    expect(report).toMatchObject({ valid: 1, invalid: 0, fileErrors: [] });
    expect(members[0]).toMatchObject({
      email: "lea@exemple.fr",
      name: "Léa Morvan",
      profession: "INFIRMIER",
      practicePlace: "Morlaix",
      duesYears: [2025, 2026],
      arrivalDate: new Date("2024-09-01T00:00:00Z"),
    });
  });

  it("ignores the directory column: only the member opts in", () => {
    const { members } = checkImport(`${header}\nlea@exemple.fr;Léa;Morvan;;;;;;oui\n`, new Set());
    expect(members[0]).not.toHaveProperty("directoryOptIn");
  });

  it("reports every problem with its line number and column", () => {
    const text = [
      header,
      "pas-une-adresse;Yann;Le Goff;Plombier;Brest;abc;31/02/2024;deux mille;peut-être",
      "ok@exemple.fr;;Kerhervé;;;;;;",
      "OK@exemple.fr;;Doublon;;;;;;",
      "",
      ";;X;;;;;;",
    ].join("\n");
    const { report, members } = checkImport(text, new Set());
    expect(report.lines).toEqual([
      {
        line: 2,
        email: "pas-une-adresse",
        status: "invalid",
        errors: [
          { field: "email", key: "memberImport.errors.email" },
          { field: "profession", key: "memberImport.errors.profession" },
          { field: "phone", key: "memberImport.errors.phone" },
          { field: "arrivalDate", key: "memberImport.errors.date" },
          { field: "dues", key: "memberImport.errors.dues" },
        ],
      },
      { line: 3, email: "ok@exemple.fr", status: "valid", errors: [] },
      {
        line: 4,
        email: "ok@exemple.fr",
        status: "invalid",
        errors: [{ field: "email", key: "memberImport.errors.duplicate" }],
      },
      {
        line: 6,
        email: "",
        status: "invalid",
        errors: [
          { field: "email", key: "memberImport.errors.emailMissing" },
          { field: "name", key: "memberImport.errors.name" },
        ],
      },
    ]);
    expect(members.map((m) => m.email)).toEqual(["ok@exemple.fr"]);
  });

  it("skips people who are already members instead of failing", () => {
    const { report } = checkImport("email;nom\nanne@exemple.fr;Anne Le Goff\n", new Set(["anne@exemple.fr"]));
    expect(report).toMatchObject({ valid: 0, existing: 1, invalid: 0 });
  });

  it("refuses files without the required columns or with unknown ones", () => {
    expect(checkImport("courriel;age\na@b.fr;3\n", new Set()).report.fileErrors).toEqual([
      { key: "memberImport.errors.unknownColumn", column: "age" },
      { key: "memberImport.errors.missingColumns" },
    ]);
    expect(checkImport("email;nom\n", new Set()).report.fileErrors).toEqual([{ key: "memberImport.errors.noLines" }]);
  });
});
