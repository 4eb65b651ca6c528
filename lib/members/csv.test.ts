import { describe, expect, it } from "vitest";

import { normalise, parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads semicolon files from spreadsheets, with a BOM, quotes and CRLF", () => {
    expect(parseCsv('\uFEFFemail;nom\r\n"a@b.fr";"Le Goff; Anne"\r\nc@d.fr;"Dit ""Yann"""\r\n')).toEqual([
      ["email", "nom"],
      ["a@b.fr", "Le Goff; Anne"],
      ["c@d.fr", 'Dit "Yann"'],
    ]);
  });
  it("guesses the comma when the header uses it, and keeps empty lines so numbers match the file", () => {
    expect(parseCsv("email,nom\n\nx@y.fr,Léa")).toEqual([["email", "nom"], [""], ["x@y.fr", "Léa"]]);
  });
  it("keeps line breaks inside quoted cells", () => {
    expect(parseCsv('email;notes\na@b.fr;"ligne 1\nligne 2"\n')).toEqual([
      ["email", "notes"],
      ["a@b.fr", "ligne 1\nligne 2"],
    ]);
  });
});

describe("normalise", () => {
  it("ignores case, accents and separators", () => {
    expect(normalise("Lieu d'exercice")).toBe("lieudexercice");
    expect(normalise("Date_Arrivée")).toBe("datearrivee");
    expect(normalise("Infirmier")).toBe(normalise("INFIRMIER"));
  });
});
