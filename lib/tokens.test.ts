import { describe, expect, it } from "vitest";

import { newLinkToken, withoutLinkTokens } from "./tokens";

describe("withoutLinkTokens", () => {
  it("removes the secret of tracking, invitation and calendar links, and nothing else", () => {
    const [a, b, c] = [newLinkToken(), newLinkToken(), newLinkToken()];
    const body = `Suivi : https://x.fr/cpts/track/${a}\n<a href="https://x.fr/cpts/invitation/${b}">ici</a> /cpts/calendar/${c}.ics /cpts/admin/requests/abc`;
    const cleaned = withoutLinkTokens(body);
    for (const token of [a, b, c]) expect(cleaned).not.toContain(token);
    expect(cleaned).toContain("/cpts/track/[lien-retiré]");
    expect(cleaned).toContain("/cpts/admin/requests/abc");
  });
});

describe("withoutLinkTokens and the network", () => {
  it("removes the secret of an actor's orientation link (issue 12)", () => {
    const token = newLinkToken();
    const cleaned = withoutLinkTokens(`Répondre : https://x.fr/cpts/orientation/${token}`);
    expect(cleaned).not.toContain(token);
    expect(cleaned).toContain("/cpts/orientation/[lien-retiré]");
  });
});

describe("withoutLinkTokens and email changes", () => {
  it("removes the secret of an email change's confirmation link (issue 10, §4)", () => {
    const token = newLinkToken();
    const cleaned = withoutLinkTokens(`Confirmer : https://x.fr/cpts/email-change/${token}`);
    expect(cleaned).not.toContain(token);
    expect(cleaned).toContain("/cpts/email-change/[lien-retiré]");
  });
});
