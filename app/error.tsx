"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("pages");
  return (
    <section className="card mx-auto max-w-xl" aria-labelledby="error-title">
      <h1 id="error-title" className="page-title">
        {t("errorTitle")}
      </h1>
      <p className="mt-3">{t("error")}</p>
      <button type="button" className="btn-primary mt-4" onClick={() => reset()}>
        {t("retry")}
      </button>
    </section>
  );
}
