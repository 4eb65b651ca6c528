import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";

/**
 * A page's <title> in the reader's language (`titles.<key>` of the catalogue). Private pages are kept out
 * of search engines unless `index` is set (public pages such as the intake form).
 */
type TitleKey = keyof Messages["titles"];

export function pageMetadata(key: TitleKey, { index = false }: { index?: boolean } = {}) {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations("titles");
    return { title: t(key), ...(index ? {} : { robots: { index: false, follow: false } }) };
  };
}
