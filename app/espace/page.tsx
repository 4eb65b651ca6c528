import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { Link } from "@/components/ui/Link";
import { LANDING_PATH, landingPath, spaceHref } from "@/lib/auth/landing";
import { requireSignedInPage } from "@/lib/auth/page-guards";
import { listSpaces } from "@/lib/auth/spaces";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("spaces");

/** Where sign-in lands without a destination: the person's own space, or a chooser. */
export default async function SpacesPage() {
  const user = await requireSignedInPage(LANDING_PATH);
  const spaces = await listSpaces(user.id);
  const destination = landingPath({ isPlatformAdmin: user.isPlatformAdmin, spaces });
  if (destination) redirect(destination);
  const t = await getTranslations("spaces");
  const tRoles = await getTranslations("roles");
  return (
    <section className="card mx-auto max-w-xl space-y-4" aria-labelledby="spaces-title">
      <h1 id="spaces-title" className="page-title">
        {t("title")}
      </h1>
      {spaces.length ? (
        <>
          <p>{t("intro")}</p>
          <ul className="space-y-2">
            {spaces.map((space) => (
              <li key={space.tenantSlug}>
                <Link className="btn-secondary flex justify-between gap-3" href={spaceHref(space)}>
                  <span>{space.tenantName}</span>
                  <span className="text-slate-700">{tRoles(space.role)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t("none")}</p>
          <p className="flex flex-wrap gap-3">
            <Link className="btn-primary" href="/mes-demandes">
              {t("myRequests")}
            </Link>
            <Link className="btn-secondary" href="/">
              {t("home")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
