import { getTranslations } from "next-intl/server";

import { Link } from "@/components/ui/Link";
import { spaceHref } from "@/lib/auth/landing";
import type { Space } from "@/lib/auth/spaces";

/** For people in several CPTS: the others, one click away (each page still runs its own guard). */
export async function SpaceSwitcher({ current, spaces }: { current: string; spaces: Space[] }) {
  const others = spaces.filter((s) => s.tenantSlug !== current);
  if (!others.length) return null;
  const t = await getTranslations("workspace.switcher");
  const tRoles = await getTranslations("roles");
  const here = spaces.find((s) => s.tenantSlug === current);
  return (
    <details className="rounded-md border border-slate-300 bg-white p-2 text-sm">
      <summary className="cursor-pointer font-semibold">
        {t("label")}
        {here ? (
          <span className="block font-normal text-slate-700">{t("current", { tenant: here.tenantName })}</span>
        ) : null}
      </summary>
      <ul className="mt-2 space-y-1">
        {others.map((space) => (
          <li key={space.tenantSlug}>
            <Link className="link" href={spaceHref(space)}>
              {space.tenantName}
            </Link>{" "}
            <span className="text-slate-700">({tRoles(space.role)})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
