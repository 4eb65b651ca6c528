import { cookies } from "next/headers";

import { LOCALE_COOKIE, toLocale, type Locale } from "./config";

/** The language of the person making the current request (their cookie), French outside a request. */
export async function requestLocale(): Promise<Locale> {
  try {
    return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    return toLocale(null);
  }
}
