import { expect, test } from "./fixtures";
import { E2E_APP_URL } from "./helpers/ports";
import { serverActionId } from "./helpers/stack";

// Server actions are public HTTP endpoints: a malformed body, a foreign Origin or an unknown action id is
// the caller's mistake (or an attack), answered 4xx, never a 500 (issue 10, §5).

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${E2E_APP_URL}/login`, {
    method: "POST",
    headers: {
      "Next-Action": serverActionId("lib/auth/actions.ts", "requestSignInLinkAction"),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: E2E_APP_URL,
      ...headers,
    },
    body,
  });
}

test("a well-formed action call from the app's own origin is answered", async () => {
  const response = await post(JSON.stringify([{ email: "", callbackUrl: "/" }]));
  expect(response.status).toBe(200);
});

test("a foreign Origin is refused with 403", async () => {
  const response = await post(JSON.stringify([{ email: "x@exemple.test", callbackUrl: "/" }]), {
    Origin: "https://evil.example",
  });
  expect(response.status).toBe(403);
});

for (const [label, body, headers] of [
  ["a body that is not JSON", "{not json", {}],
  ["a JSON body that is not a list of arguments", JSON.stringify({ email: "x" }), {}],
  ["a truncated body", '[{"email":"x@', {}],
  ["a multipart body without its parts", "garbage", { "Content-Type": "multipart/form-data; boundary=xyz" }],
  ["an unknown action id", "[]", { "Next-Action": "0".repeat(42) }],
] as const) {
  test(`${label} is refused with a 4xx`, async () => {
    const response = await post(body, headers);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
}
