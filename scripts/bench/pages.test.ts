import { describe, expect, it } from "vitest";

import { scriptSources } from "./pages";

describe("scriptSources", () => {
  it("lists each script file once, decoded, without the noModule polyfills modern browsers never load", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async="" nonce="n"></script>',
      '<script src="/_next/static/chunks/b.js?x=1&amp;y=2" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>',
      '<script nonce="n">self.__next_f.push([1,""])</script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join("");
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?x=1&y=2"]);
  });
});
