import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

import { pickMessages } from "./pick";

/** Every form may show a generic error or field message: these namespaces go with every client tree. */
export const CLIENT_BASE_NAMESPACES = ["errors", "forms"] as const;

/**
 * Client components read their messages from the nearest provider: each page wraps its interactive part
 * with the namespaces those components use, so the browser never receives the whole catalogue.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: React.ReactNode;
}) {
  const messages = (await getMessages()) as Parameters<typeof pickMessages>[0];
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...CLIENT_BASE_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
