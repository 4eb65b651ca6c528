import { getLocale, getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";
import { signOutAction } from "@/lib/auth/actions";
import { spaceHref } from "@/lib/auth/landing";
import { getCurrentSpaces, getCurrentUser } from "@/lib/auth/session";
import { switchLocaleAction } from "@/lib/i18n/actions";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tRoles = await getTranslations("roles");
  const locale = await getLocale();
  const user = await getCurrentUser();
  const spaces = user ? await getCurrentSpaces() : [];

  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand">
          Conciergerie CPTS
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {spaces.map((space) => (
              <li key={space.tenantSlug}>
                <Link className="link" href={spaceHref(space)}>
                  {space.tenantName} <span className="text-slate-600">({tRoles(space.role)})</span>
                </Link>
              </li>
            ))}
            {user ? (
              <li>
                <Link className="link" href="/mes-demandes">
                  {t("myRequests")}
                </Link>
              </li>
            ) : null}
            {user ? (
              <li>
                <Link className="link" href="/espace/securite">
                  {t("security")}
                </Link>
              </li>
            ) : null}
            {user?.isPlatformAdmin ? (
              <li>
                <Link className="link" href="/platform">
                  {t("platform")}
                </Link>
              </li>
            ) : null}
            {!user ? (
              <li>
                <Link className="link" href="/login">
                  {t("login")}
                </Link>
              </li>
            ) : null}
          </ul>
          {user ? (
            <form action={signOutAction} className="flex items-center gap-2">
              <span className="hidden text-slate-600 sm:inline">{t("signedInAs", { email: user.email })}</span>
              <button type="submit" className="btn-secondary px-3 py-1 text-sm">
                {t("logout")}
              </button>
            </form>
          ) : null}
          <form action={switchLocaleAction}>
            <input type="hidden" name="locale" value={locale === "fr" ? "en" : "fr"} />
            <button type="submit" className="link" lang={locale === "fr" ? "en" : "fr"}>
              <span className="sr-only">{t("language")} : </span>
              {t("switchTo")}
            </button>
          </form>
        </nav>
      </div>
    </header>
  );
}
