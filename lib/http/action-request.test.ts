import { describe, expect, it } from "vitest";

import { refusedActionStatus } from "./action-request";

const APP = "https://conciergerie.example";
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${APP}/login`, {
    method: "POST",
    headers: { "next-action": "abc", "content-type": "text/plain;charset=UTF-8", origin: APP, ...headers },
    body,
  });

describe("server-action requests", () => {
  it("let through what the browser sends: a JSON list of arguments, or form data", async () => {
    expect(await refusedActionStatus(post(JSON.stringify([{ email: "a@b.fr" }])), APP)).toBeNull();
    const form = new FormData();
    form.set("1_$ACTION_ID_abc", "");
    expect(await refusedActionStatus(new Request(`${APP}/x`, { method: "POST", body: form }), APP)).toBeNull();
  });

  it("refuse another site's Origin with 403", async () => {
    expect(await refusedActionStatus(post("[]", { origin: "https://evil.example" }), APP)).toBe(403);
    expect(await refusedActionStatus(post("[]", { origin: "http://conciergerie.example" }), APP)).toBe(403);
    expect(await refusedActionStatus(post("[]", { "sec-fetch-site": "cross-site" }), APP)).toBe(403);
    expect(await refusedActionStatus(post("[]", { "sec-fetch-site": "same-site" }), APP)).toBe(403);
    // The browser's word wins over an APP_URL spelled differently (localhost / 127.0.0.1 in development).
    const sameOrigin = { "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" };
    expect(await refusedActionStatus(post("[]", sameOrigin), APP)).toBeNull();
  });

  it("refuse bodies Next.js could not decode with 400", async () => {
    for (const body of ["{not json", '{"email":"x"}', '[{"email":"x@', ""])
      expect(await refusedActionStatus(post(body), APP), body).toBe(400);
    expect(
      await refusedActionStatus(post("garbage", { "content-type": "multipart/form-data; boundary=xyz" }), APP),
    ).toBe(400);
  });
});
