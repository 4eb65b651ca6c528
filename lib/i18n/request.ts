import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";

import { LOCALE_COOKIE, toLocale } from "./config";

// No locale in the URL: paths are per tenant; the language is a per-browser preference (French by default).
export default getRequestConfig(async () => {
  const store = await cookies();
  const locale = toLocale(store.get(LOCALE_COOKIE)?.value);
  // One catalog file per feature and language, merged by namespace.
  const [
    core,
    requests,
    events,
    offers,
    members,
    workspace,
    followUp,
    indicators,
    network,
    housing,
    security,
    emailChange,
  ] = await Promise.all([
    import(`./messages/${locale}.json`),
    import(`./messages/${locale}.requests.json`),
    import(`./messages/${locale}.events.json`),
    import(`./messages/${locale}.offers.json`),
    import(`./messages/${locale}.members.json`),
    import(`./messages/${locale}.workspace.json`),
    import(`./messages/${locale}.followup.json`),
    import(`./messages/${locale}.indicators.json`),
    import(`./messages/${locale}.network.json`),
    import(`./messages/${locale}.housing.json`),
    import(`./messages/${locale}.security.json`),
    import(`./messages/${locale}.emailchange.json`),
  ]);
  const messages = {
    ...core.default,
    ...requests.default,
    ...events.default,
    ...offers.default,
    ...members.default,
    ...workspace.default,
    ...followUp.default,
    ...indicators.default,
    ...network.default,
    ...housing.default,
    ...security.default,
    ...emailChange.default,
  };
  return { locale, messages, timeZone: "Europe/Paris" };
});
