"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";

import { IntakeForm } from "./IntakeForm";

export type IntakeFormProps = React.ComponentProps<typeof IntakeForm> & {
  /** What <ClientMessages> would provide (lib/i18n/ClientMessages.tsx, `clientMessages`). */
  messages: AbstractIntlMessages;
  locale: string;
  timeZone: string;
};

/** The intake form under its own messages provider, loaded with it after the page (IntakeFormLoader). */
export function IntakeFormWithMessages({ messages, locale, timeZone, ...form }: IntakeFormProps) {
  return (
    <NextIntlClientProvider messages={messages} locale={locale} timeZone={timeZone}>
      <IntakeForm {...form} />
    </NextIntlClientProvider>
  );
}
