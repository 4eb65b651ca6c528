import { NextIntlClientProvider } from "next-intl";

import { clientMessages } from "./client-messages";

/**
 * Client components read their messages from the nearest provider: each page wraps its interactive part
 * with the namespaces those components use, so the browser never receives the whole catalogue.
 */
export async function ClientMessages({
  namespaces,
  omit = [],
  children,
}: {
  namespaces: readonly string[];
  /** Keys under those namespaces that the client never shows (a light page's HTML, issue 11). */
  omit?: readonly string[];
  children: React.ReactNode;
}) {
  return <NextIntlClientProvider messages={await clientMessages(namespaces, omit)}>{children}</NextIntlClientProvider>;
}
