import { readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return ts.sys
    .readDirectory(path.join(root, dir), [".ts", ".tsx"], ["**/generated/**", "**/*.test.ts"])
    .filter((file) => !file.endsWith(".d.ts"));
}

/** The lines of functions with more than three parameters: they take one object instead. */
function longSignatures(name: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && node.parameters.length > 3) {
      found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("house rules (CONTRIBUTING.md)", () => {
  it("no function of lib/ takes more than three parameters", () => {
    const found = sourceFiles("lib").flatMap((file) =>
      longSignatures(path.relative(root, file), readFileSync(file, "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("the check sees every kind of function", () => {
    const sample = `function a(p, q, r, s) {}\nconst b = (p, q, r, s) => p;\nclass C { m(p, q, r, s) {} }\nconst ok = (p, q, r) => p;`;
    expect(longSignatures("x.ts", sample)).toEqual(["x.ts:1", "x.ts:2", "x.ts:3"]);
  });
});
