import "server-only";

import { getLocale } from "next-intl/server";

/** The BCP 47 tag for a page's dates and amounts: the reader's chosen language, French by default. */
export async function readerDateLocale(): Promise<string> {
  return (await getLocale()) === "en" ? "en-GB" : "fr-FR";
}
