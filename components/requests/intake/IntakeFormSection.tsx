import { getLocale, getTimeZone } from "next-intl/server";

import { clientMessages } from "@/lib/i18n/client-messages";

import { IntakeFormLoader } from "./IntakeFormLoader";

type Props = {
  tenantSlug: string;
  tenantName: string;
  commitmentText: string;
  /** As <ClientMessages namespaces omit>: the namespaces the form shows, and keys under them it never shows. */
  namespaces: readonly string[];
  omit: readonly string[];
};

/**
 * The intake form with its messages, locale and time zone, which it gives to its own provider inside the
 * lazily loaded module (IntakeFormWithMessages): next-intl's client code is not in the page's first load.
 */
export async function IntakeFormSection({ namespaces, omit, ...form }: Props) {
  return (
    <IntakeFormLoader
      {...form}
      messages={await clientMessages(namespaces, omit)}
      locale={await getLocale()}
      timeZone={await getTimeZone()}
    />
  );
}
