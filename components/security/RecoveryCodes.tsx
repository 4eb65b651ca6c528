"use client";

import { useTranslations } from "next-intl";

/** Shown once, right after they are made: only their hashes are kept. */
export function RecoveryCodes({ codes, continueHref }: { codes: string[]; continueHref?: string }) {
  const t = useTranslations("security.enrol");
  return (
    <div className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
      <p>{t("codesIntro")}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono" aria-label={t("codesIntro")}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      {continueHref ? (
        <a className="btn-primary inline-block" href={continueHref}>
          {t("continue")}
        </a>
      ) : null}
    </div>
  );
}
