import type { useTranslations } from "next-intl";
import { expect, it } from "vitest";

// The app's translators are typed by the catalogue (lib/i18n/global.d.ts): an unknown key fails
// `npm run typecheck`. If the @ts-expect-error below stops being needed, keys are no longer typed.
type NavTranslator = ReturnType<typeof useTranslations<"nav">>;

function usesKeys(t: NavTranslator) {
  // @ts-expect-error: "nav.nope" is not in the catalogue.
  t("nope");
  return t("login");
}

it("message keys are typed against the catalogue", () => {
  expect(usesKeys).toBeTypeOf("function");
});
